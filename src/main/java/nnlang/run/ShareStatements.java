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
 * Sharing as text, resolved: save names a file behind the fence, load reads, parses and resolves
 * a script whole (all or nothing), table-from reads rows from a CSV file. Every file goes through
 * the fence; reads are strict UTF-8 of at most 16 MiB; the executor writes with {@link #write}.
 */
final class ShareStatements {
    /** Files larger than this are refused before they are read. */
    static final long MAX_FILE_BYTES = 16L << 20;
    /** How deep loads may nest (a file that loads a file that loads ...). */
    static final int MAX_LOAD_DEPTH = 16;

    private ShareStatements() {}

    /** {@code save NET to "f.nn"} or {@code save session to "f.nn"}: the text is made when it runs. */
    static Plan save(Statement.Save s, Resolver r) throws NnError {
        Scope written = new Scope();
        if (s.session()) {
            written.tables.putAll(r.scope.tables);
            written.families.putAll(r.scope.families);
            for (NetEntry n : r.scope.nets.values()) written.nets.put(n.name(), asWritten(n));
        } else {
            NetEntry n = r.netEntry(s.net());
            if (n.trainedOn() != null) written.tables.put(n.trainedOn().name(), n.trainedOn());
            written.nets.put(n.name(), asWritten(n));
        }
        Path target = r.writablePath(s.file());
        if (!r.files.inAllowedFolder(target)) {
            if (!s.file().text().endsWith(".nn")) {
                // a save writes nnlang text, and text a shell or another program would read as its
                // own (a state named "$(cmd)" in run.sh) must not come from a stranger's script
                Path last = Path.of(s.file().text().isEmpty() ? "." : s.file().text()).getFileName();
                String name = last == null ? "" : last.toString();
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                if (base.isEmpty()) base = s.session() ? "session" : s.net().text();
                throw r.fail.at(s.file().span(), "save writes .nn files, not '" + s.file().text() + "'",
                        "name it with .nn, e.g. " + base + ".nn");
            }
        }
        if (target.equals(running(r)) || r.loads.stack.contains(target) || r.loads.loaders.contains(target)) {
            throw r.fail.at(s.file().span(), "save would overwrite " + s.file().text() + ", a script that is running",
                    "save to another file");
        }
        r.scope.saved.put(target, written);
        return new Plan.Save(s.session() ? null : s.net().text(), s.net(), target, s.file());
    }

    /**
     * {@code load "f.nn"}: parses the file and resolves all of it on a copy of the scope, so that
     * an error in it changes nothing and runs nothing; a file that loads itself, directly or not,
     * is refused. A file that a save before this load writes is read only when the load runs.
     */
    static Plan load(Statement.Load s, Resolver r) throws NnError {
        Path path = r.path(s.file());
        checkNesting(s.file(), path, r);
        Scope written = r.scope.saved.get(path);
        if (written != null) {
            r.scope.declareLoaded(written);
            return new Plan.Load(path, s.file(), null);
        }
        Scope inner = r.scope.copy();
        List<Plan.Step> steps = resolveFile(s.file(), path, inner, r);
        r.scope.adopt(inner);
        return new Plan.Load(path, s.file(), steps);
    }

    /** Reads, parses and resolves a loaded file against a scope, behind r's fence; throws every error of it. */
    static List<Plan.Step> resolveFile(Word file, Path path, Scope scope, Resolver r) throws NnError {
        Source source = read(file, path, r.fail);
        List<Statement> statements;
        try {
            statements = Parsing.parse(source, r.loads.stop);
        } catch (NnError e) {
            throw inFile(file, r.fail, r.loads, e);
        }
        r.loads.stack.push(path);
        // the loading script is running too: the loaded file's saves may not overwrite it
        Path loader = running(r);
        boolean added = loader != null && r.loads.loaders.add(loader);
        try {
            ScriptResolver.Resolved resolved = new ScriptResolver(scope, r.files, r.loads).resolve(source, statements);
            if (!resolved.ok()) throw inFile(file, r.fail, r.loads, new NnError(resolved.errors()));
            return resolved.steps();
        } finally {
            r.loads.stack.pop();
            if (added) r.loads.loaders.remove(loader);
        }
    }

    /** A net as a saved file defines it when loaded: with its weights (if it has them), no training history. */
    private static NetEntry asWritten(NetEntry n) { return new NetEntry(n.name(), n.spec(), n.net(), null, null); }

    /** The real path of the script file being resolved, or null (standard input, -e, the REPL). */
    private static Path running(Resolver r) {
        nnlang.lang.Source src = r.fail.source();
        if (src.folder() == null) return null;
        try {
            Path p = src.folder().resolve(Path.of(src.name()).getFileName());
            return java.nio.file.Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    static void checkNesting(Word file, Path path, Resolver r) throws NnError {
        if (r.loads.stack.contains(path)) {
            throw r.fail.at(file.span(), file.text() + " is already being loaded: a file cannot load itself");
        }
        if (r.loads.stack.size() >= MAX_LOAD_DEPTH) throw r.fail.at(file.span(), "loads nest more than " + MAX_LOAD_DEPTH + " deep");
    }

    /**
     * An error inside a loaded file: one line at the load statement, then the file's own. When
     * the error is in a file that the loaded file loads (at any depth), the one line says through
     * which files, and the errors shown are the deepest file's own: {@code b.nn has an error (in
     * d.nn, which it loads through c.nn)}.
     */
    static NnError inFile(Word file, Failure fail, Loads loads, NnError e) {
        List<Diagnostic> inner = e.diagnostics();
        List<String> below = List.of();
        if (!inner.isEmpty() && loads.failedLoads.containsKey(inner.get(0))) {
            // the file it loads failed: its line names it and the files below it
            below = loads.failedLoads.get(inner.get(0));
            inner = inner.subList(1, inner.size());
        }
        String where = below.isEmpty() ? "" : " (in " + below.get(below.size() - 1) + ", which it loads"
                + (below.size() > 1 ? " through " + String.join(", then ", below.subList(0, below.size() - 1)) : "")
                + ")";
        Diagnostic line = fail.at(file.span(), file.text() + " has an error" + where + "; nothing of it was loaded")
                .diagnostics().get(0);
        List<String> chain = new ArrayList<>();
        chain.add(file.text());
        chain.addAll(below);
        loads.failedLoads.put(line, List.copyOf(chain));
        List<Diagnostic> all = new ArrayList<>();
        all.add(line);
        all.addAll(inner);
        return new NnError(all);
    }

    /** {@code table T from "data.csv"}. */
    static Table csv(Statement.TableFile s, Resolver r) throws NnError {
        Path path = r.path(s.file());
        Source csv = read(s.file(), path, r.fail);
        try {
            return CsvTables.read(s.name().text(), csv);
        } catch (NnError e) {
            List<Diagnostic> all = new ArrayList<>();
            all.add(r.fail.at(s.file().span(), "cannot read table " + s.name() + " from " + s.file().text())
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
            // a device or a pipe may never end (/dev/zero) or block (a FIFO): only regular files
            if (!Files.isRegularFile(path)) {
                throw fail.at(file.span(), file.text() + " is not a regular file (a device or a pipe?)");
            }
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

    /** Writes text atomically; a failure leaves a file already there unchanged and says so. */
    static void write(Path target, byte[] bytes, Word file, Failure fail) throws NnError {
        try {
            if (Files.isDirectory(target)) throw fail.at(file.span(), "cannot write " + file.text()
                    + ": it is a folder (nothing was written)");
            FileAccess.writeAtomically(target, bytes);
        } catch (IOException e) {
            throw fail.at(file.span(), "cannot write " + file.text() + ": " + reason(e)
                    + " (nothing was written; a file already there is unchanged)");
        }
    }

    static void write(Path target, String text, Word file, Failure fail) throws NnError {
        write(target, text.getBytes(StandardCharsets.UTF_8), file, fail);
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        // createDirectories meets a file where a folder of the path should be
        if (e instanceof java.nio.file.FileAlreadyExistsException f && f.getFile() != null) {
            return Path.of(f.getFile()).getFileName() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException f && f.getFile() != null) {
            return Path.of(f.getFile()).getFileName() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.NoSuchFileException) return "no such folder";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return m == null ? "the system refused it" : m;
    }
}
