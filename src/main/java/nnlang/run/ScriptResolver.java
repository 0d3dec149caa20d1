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
 * Resolves whole scripts into plans before any of them runs (jlox's resolver pass), one script
 * after another against one scope, so that a typo on the last line is found before the first
 * training starts. It reports every error of every script, one per root cause: a statement that
 * uses a name whose definition failed is not checked against a guess. After a load whose names
 * are not known yet (it failed, or its file is written by a save before it and is read only when
 * it runs), a statement that uses an unknown name is resolved when it runs.
 */
public final class ScriptResolver {
    /** The plans of a script, in order, and its errors; the plans run only when there are no errors. */
    public record Resolved(List<Plan.Step> steps, List<Diagnostic> errors) {
        public boolean ok() { return errors.isEmpty(); }
    }

    private final Scope scope;
    private FileAccess files;
    private final Loads loads;
    private final Set<String> failedNames = new HashSet<>();
    private boolean namesLost;

    /** A resolver that starts from what the interpreter's session holds, behind its fence. */
    public ScriptResolver(Interpreter host) {
        this(Scope.of(host.session()), host.fileAccess(), host.loads);
        host.loads.statements = 0; // each text the host resolves has the whole budget
    }

    ScriptResolver(Scope scope, FileAccess files, Loads loads) {
        this.scope = scope;
        this.files = files;
        this.loads = loads;
    }

    /** After a script that did not parse: its names are unknown, so unknown names are no root cause. */
    public void namesUnknown() { namesLost = true; }

    /** The fence for the scripts resolved next (each script file has its own). */
    public void setFileAccess(FileAccess files) { this.files = files; }

    /** Resolves one script's statements after those resolved before. */
    public Resolved resolve(Source source, List<Statement> statements) {
        Resolver resolver = new Resolver(scope, files, loads, source);
        List<Plan.Step> steps = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (Statement s : statements) {
            String stop = bounds();
            if (stop != null) {
                errors.add(new Diagnostic(source, s.span(), stop));
                break;
            }
            Word defined = StatementEffects.of(s).defines();
            if (usesAFailedName(s)) {
                if (defined != null) failedNames.add(defined.text());
                continue;
            }
            if (namesLost && usesAnUnknownName(s)) continue; // maybe a name of the failed load: not a root cause
            try {
                Plan plan = resolver.resolve(s);
                steps.add(new Plan.Step(s, source, plan));
            } catch (NnError e) {
                errors.addAll(e.diagnostics());
                if (defined != null) failedNames.add(defined.text());
                if (s instanceof Statement.Load) namesLost = true;
                // stopped inside this statement (a large family, a load): one error says so, not one a statement
                if (loads.stop.getAsBoolean()) break;
            } catch (StackOverflowError e) {
                // a formula of 20,000 terms evaluates as a tree that deep
                errors.add(new Diagnostic(source, s.span(), "this statement nests too deeply (or its formula is too"
                        + " long) to be checked", "write it with fewer terms or less nesting (a generator such as parity(n) may make the same table)"));
                if (defined != null) failedNames.add(defined.text());
            }
        }
        return new Resolved(steps, errors);
    }

    /** Why resolving must stop before the next statement: the time limit, or loads that grew too large; null to go on. */
    private String bounds() {
        if (loads.stop.getAsBoolean()) return "stopped here while checking the script (the time limit, or Ctrl-C); nothing ran";
        if (++loads.statements > Loads.MAX_STATEMENTS) {
            return "the script and the files it loads come to more than " + Loads.MAX_STATEMENTS
                    + " statements (files that load each other again and again?); nothing ran";
        }
        return null;
    }

    private boolean usesAFailedName(Statement s) {
        for (Word w : StatementEffects.of(s).uses()) if (failedNames.contains(w.text())) return true;
        return false;
    }

    private boolean usesAnUnknownName(Statement s) {
        for (Word w : StatementEffects.of(s).uses()) {
            if (!scope.tables.containsKey(w.text()) && !scope.nets.containsKey(w.text())) return true;
        }
        return false;
    }
}
