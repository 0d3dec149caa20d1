package nnlang.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlang.data.Table;
import nnlang.lang.Diagnostic;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.lang.Word;

/**
 * Sharing as text: save writes tables and nets with their weights as a script, load runs a
 * script's statements in the session (all or nothing), table-from reads rows from a CSV file.
 * Every file goes through the interpreter's FileAccess: below the working folder unless allowed.
 */
final class ShareStatements {
    /** Files larger than this are refused before they are read. */
    static final long MAX_FILE_BYTES = 16L << 20;
    /** How deep loads may nest (a file that loads a file that loads ...). */
    static final int MAX_LOAD_DEPTH = 16;

    private ShareStatements() {}

    /** {@code save NET to "f.nn"} or {@code save session to "f.nn"}; in check mode nothing is written. */
    static void save(Statement.Save s, Interpreter in, Failure fail) throws NnError {
        String text;
        if (s.session()) {
            text = ScriptWriter.session(in.session());
        } else {
            NetEntry net = in.netEntry(s.net(), fail);
            if (net.hasWeights()) checkFinite(net, s.net(), fail);
            Table trainedOn = net.trainedOn() == null ? null : in.session().table(net.trainedOn());
            text = ScriptWriter.net(net, trainedOn);
        }
        Path target = in.path(s.file(), fail);
        if (in.mode() == Interpreter.Mode.CHECK) {
            in.savedInCheck.add(target);
            return;
        }
        write(target, text, s.file(), fail);
    }

    /** Writes text atomically; a failure leaves a file already there unchanged and says so. */
    static void write(Path target, String text, Word file, Failure fail) throws NnError {
        try {
            if (Files.isDirectory(target)) throw fail.at(file.span(), "cannot write " + file.text()
                    + ": it is a folder (nothing was written)");
            FileAccess.writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw fail.at(file.span(), "cannot write " + file.text() + ": " + reason(e)
                    + " (nothing was written; a file already there is unchanged)");
        }
    }

    private static void checkFinite(NetEntry net, Word name, Failure fail) throws NnError {
        for (nnlang.model.Layer l : net.net().layers()) {
            for (double v : l.W.data) if (!Double.isFinite(v)) throw fail.at(name.span(), "net " + name
                    + " has a weight that is not a finite number; it cannot be saved");
            for (double v : l.b.data) if (!Double.isFinite(v)) throw fail.at(name.span(), "net " + name
                    + " has a bias that is not a finite number; it cannot be saved");
        }
    }

    /**
     * {@code load "f.nn"}: parses the file and runs its statements in this session. It is checked
     * whole first (on a copy of the session, in check mode), so that an error in it changes
     * nothing and prints nothing; a file that loads itself, directly or not, is refused.
     */
    static void load(Statement.Load s, Interpreter in, Failure fail) throws NnError {
        Path path = in.path(s.file(), fail);
        if (in.loading.contains(path)) {
            throw fail.at(s.file().span(), s.file().text() + " is already being loaded: a file cannot load itself");
        }
        if (in.loading.size() >= MAX_LOAD_DEPTH) {
            throw fail.at(s.file().span(), "loads nest more than " + MAX_LOAD_DEPTH + " deep");
        }
        // a check run writes nothing: a file that an earlier save would have written cannot be read yet
        if (in.mode() == Interpreter.Mode.CHECK && in.savedInCheck.contains(path) && !Files.exists(path)) return;
        Source source = read(s.file(), path, fail);
        List<Statement> statements;
        try {
            statements = Parsing.parse(source);
        } catch (NnError e) {
            throw inFile(s, fail, e);
        }
        if (in.mode() == Interpreter.Mode.RUN) {
            in.loading.push(path);
            List<Diagnostic> errors;
            try {
                errors = new Checker(in).check(source, statements);
            } finally {
                in.loading.pop();
            }
            if (!errors.isEmpty()) throw inFile(s, fail, new NnError(errors));
        }
        Session before = in.session().copy();
        try {
            runAll(in, path, statements, source, s, fail);
        } catch (NnError e) {
            in.session().replaceWith(before);
            throw e;
        }
    }

    private static void runAll(Interpreter in, Path path, List<Statement> statements, Source source, Statement.Load s,
                               Failure fail) throws NnError {
        in.loading.push(path);
        try {
            for (Statement st : statements) {
                try {
                    in.execute(st, source);
                } catch (NnError e) {
                    throw inFile(s, fail, e);
                }
            }
        } finally {
            in.loading.pop();
        }
    }

    /** An error inside a loaded file: one line at the load statement, then the file's own. */
    private static NnError inFile(Statement.Load s, Failure fail, NnError e) {
        List<Diagnostic> all = new ArrayList<>();
        all.add(fail.at(s.file().span(), s.file().text() + " has an error; nothing of it was loaded")
                .diagnostics().get(0));
        all.addAll(e.diagnostics());
        return new NnError(all);
    }

    /** {@code table T from "data.csv"}. */
    static Table csv(Statement.TableFile s, Interpreter in, Failure fail) throws NnError {
        Path path = in.path(s.file(), fail);
        Source csv = read(s.file(), path, fail);
        try {
            return CsvTables.read(s.name().text(), csv);
        } catch (NnError e) {
            List<Diagnostic> all = new ArrayList<>();
            all.add(fail.at(s.file().span(), "cannot read table " + s.name() + " from " + s.file().text())
                    .diagnostics().get(0));
            all.addAll(e.diagnostics());
            throw new NnError(all);
        }
    }


    /**
     * A text file as a source named beside the statement's own file, with its folder for the paths
     * it names: strict UTF-8, at most MAX_FILE_BYTES.
     */
    static Source read(Word file, Path path, Failure fail) throws NnError {
        try {
            if (Files.isDirectory(path)) throw fail.at(file.span(), file.text() + " is a folder, not a file");
            if (!Files.exists(path)) throw fail.at(file.span(), "no file " + file.text());
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw fail.at(file.span(), file.text() + " has " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            byte[] bytes = Files.readAllBytes(path);
            try {
                return Source.decode(fail.source().nameOf(file.text()), path.getParent(), bytes);
            } catch (NnError e) {
                List<Diagnostic> all = new ArrayList<>();
                all.add(fail.at(file.span(), file.text() + " is not a UTF-8 text file").diagnostics().get(0));
                all.addAll(e.diagnostics());
                throw new NnError(all);
            }
        } catch (IOException e) {
            throw fail.at(file.span(), "cannot read " + file.text() + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
