package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlang.cli.GoldenScriptsTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nn command as a shell user meets it: streams, exit codes, --json, --check, --version. */
class CommandLineTest {
    static final String XOR = """
            table xor = xor(2)
            net two = bits -> 2 sigmoid -> sigmoid
            train two on xor epochs 2000 lr 1 seed 2 every 1000
            relations two on xor
            show two
            print "done"
            """;

    @TempDir Path dir;

    @Test void sameScriptGivesTheSameBytesRunAfterRun() {
        Result a = Result.withInput(XOR, "-"), b = Result.withInput(XOR, "-");
        assertEquals(0, a.exit());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("relations of two on xor"));
    }

    @Test void timeIsShownOnlyWhenAskedFor() {
        assertFalse(Result.withInput(XOR, "-").out().matches("(?s).* s\\n.*"));
        assertTrue(Result.withInput(XOR, "--time", "-").out().matches("(?s).*accuracy 4/4, \\d+\\.\\d\\d s\\n.*"));
    }

    @Test void jsonWritesOneObjectPerReportAndProgressToStandardError() {
        Result r = Result.withInput(XOR, "--json", "-");
        assertEquals(0, r.exit());
        List<String> kinds = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            kinds.add(o.get("report").getAsString());
        }
        assertEquals(List.of("train", "relations", "show", "print"), kinds);
        assertTrue(r.err().contains("two: epoch 1000/2000"), r.err());
        JsonObject rel = JsonParser.parseString(r.out().split("\n")[1]).getAsJsonObject();
        assertEquals("bits", rel.get("unit").getAsString());
        assertEquals(4, rel.getAsJsonArray("rows").size());
        assertEquals(1.0, rel.get("accuracy").getAsDouble());
    }

    @Test void checkResolvesWithoutTrainingAndReportsEveryFilesErrors() throws IOException {
        Path good = Files.writeString(dir.resolve("good.nn"), XOR);
        Path bad = Files.writeString(dir.resolve("bad.nn"), """
                net n = bits -> sigmoid
                train n on nothing
                relations m on xor
                """);
        Result r = Result.run("--check", good.toString(), bad.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out(), "check trains nothing and reports nothing");
        assertTrue(r.err().contains("good.nn: ok (6 statements)"), r.err());
        assertTrue(r.err().contains("bad.nn:2:12: error: unknown table 'nothing'"), r.err());
        assertTrue(r.err().contains("bad.nn:3:11: error: unknown net 'm'"), r.err());
        assertEquals(0, Result.run("--check", good.toString()).exit());
    }

    @Test void scriptsRunInOrderInOneSession() throws IOException {
        Path defs = Files.writeString(dir.resolve("defs.nn"), "table xor = xor(2)\nnet two = bits -> 2 tanh -> sigmoid\n");
        Path use = Files.writeString(dir.resolve("use.nn"), "train two on xor epochs 10\ninfo xor\n");
        Result r = Result.run(defs.toString(), use.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("trained two on xor: 10 epochs"));
    }

    @Test void aSyntaxErrorInAnyFileRunsNothing() throws IOException {
        Path first = Files.writeString(dir.resolve("first.nn"), "print \"first\"\n");
        Path broken = Files.writeString(dir.resolve("broken.nn"), "print first\n");
        Result r = Result.run(first.toString(), broken.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(broken + ":1:7: error: expected a string in double quotes after 'print', found 'first'"),
                r.err());
    }

    @Test void badFilesGetAClearErrorAndExitCode2() throws IOException {
        Path binary = Files.write(dir.resolve("bin.nn"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertEquals("nope.nn: error: no such file\n", Result.run("nope.nn").err());
        assertEquals(dir + ": error: is a folder, not a script\n", Result.run(dir.toString()).err());
        Result r = Result.run(binary.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(binary + ":1:1: error: not UTF-8: byte 0xff\n"), r.err());
    }

    @Test void timeoutStopsALongTrainingAndWhatFollows() {
        String script = "table p = parity(10)\nnet big = bits -> 64 tanh -> 64 tanh -> sigmoid\n"
                + "train big on p epochs 100000000 lr 0.1\nprint \"not reached\"\n";
        // the limit is wall time; the check is this thread's CPU time (the script runs on it), which
        // a busy machine does not stretch: a training that polled the limit too rarely would burn it
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        Result r = Result.withInput(script, "--timeout", "0.5", "-");
        double seconds = (mx.getCurrentThreadCpuTime() - start) / 1e9;
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)trained big on p: \\d+ of 100000000 epochs \\(interrupted\\).*"), r.out());
        assertFalse(r.out().contains("not reached"));
        assertTrue(r.err().startsWith("<stdin>:3:1: error: stopped here by the time limit; the statements after it did not"
                + " run\n  | train big on p"), r.err());
        assertTrue(seconds < 30, "stopped promptly: " + seconds + " s of CPU");
    }

    @Test void versionAndHelp() throws IOException {
        // the version is written once, in pom.xml (the parent of core.pom.xml and spark/, after its artifactId)
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>nnlang-parent</artifactId>\\s*(<!--.*?-->\\s*)?<version>([^<]+)</version>.*", "$2");
        assertEquals("nnlang " + version + "\n", Result.run("--version").out());
        assertTrue(Result.run("--help").out().contains("Exit codes: 0 success, 1 an expect failed, 2 the script has errors."));
    }

    @Test void unknownOptionIsAUsageError() {
        Result r = Result.run("--jsn");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown option: '--jsn'"), r.err());
    }
}
