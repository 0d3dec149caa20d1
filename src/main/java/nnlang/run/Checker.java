package nnlang.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nnlang.lang.Diagnostic;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.lang.Word;

/**
 * Resolves whole scripts before any of them runs (jlox's resolver pass): every statement is
 * executed in check mode on a copy of the session, which resolves names, sizes, options and
 * files but trains nothing and writes nothing, so that a typo on the last line is found before
 * the first training starts. It reports every error of every script, one per root cause: a
 * statement that uses a name whose definition failed is not checked against a guess, and after a
 * failed load (whose names are unknown) uses of unknown names are passed over.
 */
public final class Checker {
    private final Interpreter check;
    private final Set<String> failedNames = new HashSet<>();
    private boolean namesLost;

    /** A checker that starts from the host's session, file fence and the loads in progress. */
    public Checker(Interpreter host) {
        check = new Interpreter(host.session().copy(), Output.NONE, Interpreter.Mode.CHECK);
        check.setFileAccess(host.fileAccess());
        check.loading.addAll(host.loading);
        check.savedInCheck.addAll(host.savedInCheck);
    }

    /** The fence for the scripts checked next (each script file has its own). */
    public void setFileAccess(FileAccess files) { check.setFileAccess(files); }

    /** Checks one script's statements after those checked before; returns its errors (empty: it resolves). */
    public List<Diagnostic> check(Source source, List<Statement> statements) {
        List<Diagnostic> errors = new ArrayList<>();
        for (Statement s : statements) {
            Word defined = StatementNames.defines(s);
            if (dependsOnAFailure(s)) {
                if (defined != null) failedNames.add(defined.text());
                continue;
            }
            try {
                check.execute(s, source);
            } catch (NnError e) {
                errors.addAll(e.diagnostics());
                if (defined != null) failedNames.add(defined.text());
                if (s instanceof Statement.Load) namesLost = true;
            }
        }
        return errors;
    }

    private boolean dependsOnAFailure(Statement s) {
        for (Word w : StatementNames.uses(s)) {
            if (failedNames.contains(w.text())) return true;
            if (namesLost && check.session().table(w.text()) == null && check.session().net(w.text()) == null) return true;
        }
        return false;
    }

    /**
     * The one run loop: checks the statements whole, then runs them in the interpreter; an error
     * found by the check stops everything before anything runs (all or nothing per entry or file,
     * but for what only running can meet: divergence, a timeout, Ctrl-C, a file that vanished).
     */
    public static void checkThenRun(Interpreter in, Source source, List<Statement> statements) throws NnError {
        List<Diagnostic> errors = new Checker(in).check(source, statements);
        if (!errors.isEmpty()) throw new NnError(errors);
        for (Statement s : statements) in.execute(s, source);
    }
}
