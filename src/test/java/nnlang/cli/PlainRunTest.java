package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nn FILE...} runs without picocli (its start-up is a third of a short script's): the same
 * output, errors and exit code as the parsed run, and only for arguments picocli would take as files.
 */
class PlainRunTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    interface Entry { int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err); }

    static Run run(Entry entry, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = entry.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test void filesAloneRunAsTheParsedCommandRunsThem() throws Exception {
        String good = Files.writeString(dir.resolve("good.nn"), """
                table xor = xor(2)
                net two = bits -> 2 sigmoid -> sigmoid
                train two on xor epochs 1500 lr 1 seed 2
                relations two on xor
                expect accuracy of two on xor >= 1
                """).toString();
        String bad = Files.writeString(dir.resolve("bad.nn"), "table t = xor(2)\ntrain nothing on t\n").toString();
        String failing = Files.writeString(dir.resolve("fails.nn"), """
                table xor = xor(2)
                net lines = bits -> sigmoid
                train lines on xor epochs 200 lr 1 seed 2
                expect accuracy of lines on xor >= 1
                """).toString();
        String missing = dir.resolve("none.nn").toString();
        List<String[]> cases = List.of(new String[] {good}, new String[] {bad}, new String[] {failing},
                new String[] {missing}, new String[] {good, failing}, new String[] {dir.toString()});
        List<Integer> exits = new ArrayList<>();
        for (String[] args : cases) {
            assertTrue(Main.onlyFiles(args), String.join(" ", args));
            Run plain = run((a, i, o, e) -> Main.run(a, i, o, e), args);
            Run parsed = run((a, i, o, e) -> Main.parsed(a, i, o, e, null), args);
            assertEquals(parsed, plain, String.join(" ", args));
            exits.add(plain.exit());
        }
        // each case is what it says: a run, errors, a failed expect, an unreadable file
        assertEquals(List.of(0, 2, 1, 2, 1, 2), exits);
        assertTrue(run((a, i, o, e) -> Main.run(a, i, o, e), bad).err().contains("bad.nn:2:7: error"));
    }

    @Test void anythingPicocliWouldReadAsMoreThanAFileGoesToIt() {
        assertFalse(Main.onlyFiles(new String[0]));
        // a subcommand's name anywhere: picocli runs the subcommand, after the files too
        for (String name : Main.SUBCOMMANDS) {
            assertFalse(Main.onlyFiles(new String[] {name, "a.nn"}), name);
            assertFalse(Main.onlyFiles(new String[] {"a.nn", name}), name);
        }
        assertTrue(Main.onlyFiles(new String[] {"a.nn", "fmt.nn", "b"}));
        for (String odd : List.of("-", "--check", "-e", "@args.txt", "", "--", "-h")) {
            assertFalse(Main.onlyFiles(new String[] {"a.nn", odd}), odd);
        }
        // and the subcommands named here are the command's own
        assertEquals(List.copyOf(Main.commandLine(System.in, System.out, System.err).getSubcommands().keySet()),
                Main.SUBCOMMANDS);
    }

    @Test void aPlainRunNeverLoadsPicocli() throws Exception {
        Path script = Files.writeString(dir.resolve("hi.nn"), "print \"hi\"\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-Xshare:off", "-Xlog:class+load=info",
                "-cp", path, Main.class.getName(), script.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.lines().anyMatch("hi"::equals), out);
        assertTrue(out.contains("nnlang.cli.Main "), "the log lists the classes loaded");
        assertFalse(out.contains("picocli."), "picocli was loaded");
    }
}
