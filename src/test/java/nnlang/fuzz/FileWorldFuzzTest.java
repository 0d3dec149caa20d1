package nnlang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nnlang.lang.Diagnostic;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.run.FileAccess;
import nnlang.run.Interpreter;
import nnlang.run.Output;
import nnlang.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts that read and write files in a hostile folder: links out of it (to a folder, to a
 * file holding a secret, to /dev/zero, dangling), a FIFO, a sparse file past the size limit, a
 * file with a NUL byte, CR-only line ends, a program beside the script, a folder where a file is
 * expected, paths through all of them. Every statement that touches a file (load, table from,
 * save, save session, draw) is tried on random paths. After all of them: nothing outside the
 * folder changed, no message showed the secret, the program is untouched, no temporary file is
 * left, and every failure was a positioned diagnostic without Java text. None blocks (a FIFO read
 * would hang the test).
 */
class FileWorldFuzzTest {
    @TempDir Path root;

    private Path folder, outside;

    @Test void filesStatementsOnHostilePathsStayInsideTheFence() throws Exception {
        folder = Files.createDirectories(root.resolve("project"));
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.nn"), "table s = xor(2)\nprint \"SECRET-LINE\"\n");
        Files.writeString(outside.resolve("secret.csv"), "SECRETCELL,1\n0,0\n");
        Files.createSymbolicLink(folder.resolve("out"), outside);
        Files.createSymbolicLink(folder.resolve("pw"), outside.resolve("secret.nn"));
        Files.createSymbolicLink(folder.resolve("pw.csv"), outside.resolve("secret.csv"));
        Files.createSymbolicLink(folder.resolve("dangling.nn"), outside.resolve("gone.nn"));
        Files.createSymbolicLink(folder.resolve("zero.nn"), Path.of("/dev/zero"));
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/ok.nn"), "table inner = xor(2)\n");
        Files.writeString(folder.resolve("nul.nn"), "table t = xor(2)\u0000\n");
        Files.writeString(folder.resolve("cr.nn"), "table t = xor(2)\rtrian t\r");
        Files.writeString(folder.resolve("ok.csv"), "a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        Path program = Files.writeString(folder.resolve("build.sh"), "#!/bin/sh\necho built\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (SeekableByteChannel big = Files.newByteChannel(folder.resolve("big.nn"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
            big.position(17L << 20);
            big.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
        boolean fifo = new ProcessBuilder("mkfifo", folder.resolve("fifo.nn").toString()).start().waitFor() == 0;
        assertTrue(fifo, "mkfifo");

        TreeMap<String, String> outsideBefore = contents(outside);
        String programBefore = Files.readString(program);
        String[] paths = {"out/x.nn", "out", "pw", "pw.csv", "dangling.nn", "zero.nn", "fifo.nn", "big.nn", "nul.nn",
            "cr.nn", "sub", "sub/", ".", "./out/y.nn", "sub/../out/z.nn", "sub/../pw", "build.sh", "./build.sh",
            "sub/ok.nn", "ok.csv", "new.nn", "sub/new.csv", "out/../new2.nn", "../outside/w.nn", "/tmp/abs.nn",
            "pw/x.nn", "dangling.nn/x", "a.svg", "out/a.png", "zero.nn/x"};
        String[] forms = {"load \"%s\"", "table f from \"%s\"", "save two to \"%s\"", "save session to \"%s\"",
            "draw two to \"%s\"", "draw two on xor to \"%s\""};
        Random random = new Random(20261201L);
        List<String> messages = new ArrayList<>();
        for (String form : forms) {
            for (String path : paths) messages.addAll(runOne(String.format(form, path)));
        }
        for (int i = 0; i < 60; i++) {
            StringBuilder script = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                script.append(String.format(forms[random.nextInt(forms.length)], paths[random.nextInt(paths.length)]))
                        .append('\n');
            }
            messages.addAll(runOne(script.toString()));
        }

        assertEquals(outsideBefore, contents(outside), "nothing outside the folder was written");
        assertFalse(Files.exists(Path.of("/tmp/abs.nn")), "no absolute path was written");
        assertEquals(programBefore, Files.readString(program), "the program beside the script is untouched");
        for (String m : messages) {
            if (m.contains("SECRET")) fail("a message shows what a refused file holds: " + m);
        }
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> temporary = all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temporary, "no temporary file is left");
        }
        assertTrue(messages.size() > 100, "most of these are refused: " + messages.size());
    }

    /** The text of every regular file under a folder, by its path. */
    private static TreeMap<String, String> contents(Path folder) throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) all.put(folder.relativize(p).toString(), Files.readString(p));
        }
        return all;
    }

    /** A trained net two on xor, then the script's statements one at a time; the messages of the failures. */
    private List<String> runOne(String statements) {
        String script = "table xor = xor(2)\nnet two = bits -> 2 tanh -> sigmoid\ntrain two on xor epochs 5\n" + statements;
        Source source = new Source(folder.resolve("s.nn").toString(), script, folder);
        List<String> messages = new ArrayList<>();
        List<Statement> parsed;
        try {
            parsed = Parsing.parse(source);
        } catch (NnError e) {
            return check(e, script, messages);
        }
        Interpreter in = new Interpreter(new Session(), Output.NONE);
        in.setFileAccess(new FileAccess(folder, List.of()).forScript(source));
        AtomicLong polls = new AtomicLong();
        in.setStopSignal(() -> polls.incrementAndGet() > 10_000);
        in.setThreads(1);
        for (Statement s : parsed) {
            try {
                in.runAll(source, List.of(s));
            } catch (NnError e) {
                check(e, script, messages);
            } catch (RuntimeException | Error e) {
                throw new AssertionError("running threw " + e + " on:\n" + script, e);
            }
        }
        return messages;
    }

    private static List<String> check(NnError e, String script, List<String> messages) {
        for (Diagnostic d : e.diagnostics()) {
            if (d.span().line() < 1 || d.span().column() < 1) fail("no position: " + DiagnosticRenderer.render(e) + "\non:\n" + script);
            String text = DiagnosticRenderer.render(d);
            if (text.contains("Exception") || text.contains("java.")) fail("Java text in a message: " + text);
            messages.add(text);
        }
        return messages;
    }
}
