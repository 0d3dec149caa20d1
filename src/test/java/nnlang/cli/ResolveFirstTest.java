package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlang.cli.GoldenScriptsTest.Result;
import org.junit.jupiter.api.Test;

/** A script is resolved whole before anything runs, and each root cause is reported once. */
class ResolveFirstTest {
    @Test void aTypoOnTheLastLineIsFoundBeforeTheFirstTraining() {
        // were the training to run, it would take minutes: the check finds the typo first
        Result r = Result.withInput("""
                table xor = xor(2)
                net two = bits -> 2 sigmoid -> sigmoid
                train two on xor epochs 100000000
                show twoo
                """, "-");
        assertEquals(2, r.exit());
        assertEquals("", r.out(), "nothing ran");
        assertTrue(r.err().startsWith("<stdin>:4:6: error: unknown net 'twoo'"), r.err());
    }

    @Test void oneMisspelledActivationIsOneError() {
        String script = """
                table xor = xor(2)
                net two { input bits  dense 2 sigmod  output sigmoid }
                train two on xor
                relations two on xor
                hidden two on xor
                table back = inverse xor
                info back
                """;
        for (String mode : new String[] {"--check", "-"}) {
            Result r = Result.withInput(script, mode.equals("-") ? new String[] {"-"} : new String[] {mode, "-"});
            assertEquals(2, r.exit());
            assertEquals(1, r.err().split("error:", -1).length - 1, mode + ": " + r.err());
            assertTrue(r.err().startsWith("<stdin>:2:31: error: unknown activation 'sigmod'"), r.err());
        }
    }

    @Test void independentErrorsAreAllReported() {
        Result r = Result.withInput("""
                table xor = xor(2)
                info xr
                net two = bits -> 2 sigmod -> sigmoid
                train two on xor
                show tw
                """, "--check", "-");
        assertEquals(2, r.exit());
        String[] headlines = r.err().lines().filter(l -> l.contains(": error: ")).toArray(String[]::new);
        assertEquals(3, headlines.length, r.err());
        assertTrue(headlines[0].startsWith("<stdin>:2:6: error: unknown table 'xr'"));
        assertTrue(headlines[1].startsWith("<stdin>:3:21: error: unknown activation 'sigmod'"));
        assertTrue(headlines[2].startsWith("<stdin>:5:6: error: unknown net 'tw'"));
    }

    @Test void aLoadedFileIsCheckedWholeAndItsErrorsAllNamed() {
        Result r = Result.withInput("load \"src/test/resources/golden/data/broken.nn\"\ninfo anything\n", "--check", "-");
        assertEquals(2, r.exit());
        String[] headlines = r.err().lines().filter(l -> l.contains(": error: ")).toArray(String[]::new);
        assertEquals(2, headlines.length, "the load and the error in the file; the unknown name after it is passed over: "
                + r.err());
    }

    @Test void aTrainingThatCannotFitInMemoryIsRefusedBeforeItStarts() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < 10L << 30,
                "this JVM could hold the matrices: the training would run");
        Result r = Result.withInput("table p = parity(16)\nnet big = bits -> 4096 tanh -> 4096 tanh -> sigmoid\n"
                + "train big on p epochs 1\n", "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("<stdin>:3:7: error: training big on p needs about 12.5 GiB (65536 rows at once x "
                + "8209 nodes, 16855041 parameters); this JVM may use"), r.err());
        assertTrue(r.err().contains("train on fewer rows at once (batch N), or a smaller net"), r.err());
    }

    @Test void aPictureTooLargeToDrawIsRefusedBeforeAnythingRuns() {
        Result r = Result.withInput("table p = parity(6)\nnet w = bits -> 41 tanh -> sigmoid\ntrain w on p epochs 1\n"
                + "draw w to \"target/w.png\"\n", "--check", "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("<stdin>:4:6: error: net w has a layer of 41 nodes; diagrams draw at most 40"),
                r.err());
    }

    /** A file saved and loaded again in one script brings back what was saved: later statements resolve against that. */
    @Test void aLoadOfAFileSavedEarlierInTheScriptBringsBackWhatWasSaved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path s = java.nio.file.Files.writeString(dir.resolve("s.nn"), """
                table t { 00 -> 0  01 -> 1  10 -> 1  11 -> 0 }
                net a { input bits  dense 2 sigmoid  output sigmoid }
                train a on t epochs 10 seed 1
                save a to "a_out.nn"
                net a { input bits  dense 5 sigmoid  output sigmoid }
                table t { 0 -> 1  1 -> 0 }
                load "a_out.nn"
                set a layer 1 w[0][1] = 1
                info t
                predict a 01
                """);
        Result ok = Result.run(s.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("rows       4"), "the table the load brought back: " + ok.out());
        // the 2-node net is back: node 4 of layer 1 does not exist, found before anything runs
        java.nio.file.Files.writeString(s, java.nio.file.Files.readString(s).replace("w[0][1]", "w[0][4]")
                + "info tt\n");
        Result bad = Result.run(s.toString());
        assertEquals(2, bad.exit());
        assertEquals("", bad.out(), "nothing ran");
        assertTrue(bad.err().contains("s.nn:8:20: error: layer 1 of a has 2 nodes: j must be 0 or 1"), bad.err());
        assertTrue(bad.err().contains("s.nn:11:6: error: unknown table 'tt'"), "a typo after the load is found too");
    }

    @Test void aFileThatDoesNotParseCausesNoErrorsInTheFilesAfterIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.nn"), "table t = xor(2)\nprint x\n");
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.nn"), "info t\n");
        Result r = Result.run("--check", a.toString(), b.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().filter(l -> l.contains(": error: ")).count(), r.err());
    }
}
