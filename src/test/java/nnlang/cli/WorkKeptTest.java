package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnlang.cli.GoldenScriptsTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a user made is lost: what save writes is what the net was trained on; load is all or nothing. */
class WorkKeptTest {
    @TempDir Path dir;

    @Test void saveWritesTheRowsTheNetWasTrainedOnEvenAfterTheirTableIsRedefined() throws IOException {
        Path s = Files.writeString(dir.resolve("s.nn"), """
                table t { 00 -> 0  01 -> 1  10 -> 1  11 -> 0 }
                net two = bits -> 2 sigmoid -> sigmoid
                train two on t epochs 100
                table t { 00 -> 1  01 -> 1  10 -> 1  11 -> 1 }
                save two to "two.nn"
                """);
        Result r = Result.run(s.toString());
        assertEquals(0, r.exit(), r.err());
        String saved = Files.readString(dir.resolve("two.nn"));
        assertTrue(saved.contains("00 -> 0"), saved);
        assertFalse(saved.contains("00 -> 1"), "the rows of the redefined table are not the training rows: " + saved);
    }

    @Test void aSaveSweepsTheStaleTemporaryFilesOfAKilledSaveButNotAFreshOne() throws IOException {
        // what a save killed with -9 leaves (named as FileAccess.writeAtomically names them)
        Path stale = Files.writeString(dir.resolve(".two.nn.8812345.tmp"), "half a file");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - nnlang.run.FileAccess.STALE_MINUTES * 60_000L - 60_000));
        Path fresh = Files.writeString(dir.resolve(".two.nn.991.tmp"), "another process is writing this");
        Path other = Files.writeString(dir.resolve(".two.nn.old.tmp"), "not of our naming");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(stale));
        Path s = Files.writeString(dir.resolve("s.nn"), "table t = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\n"
                + "train two on t epochs 10\nsave two to \"two.nn\"\n");
        Result r = Result.run(s.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(stale), "the stale temporary is swept");
        assertTrue(Files.exists(fresh), "a temporary that may still be written is left alone");
        assertTrue(Files.exists(other), "a file of another naming is left alone");
    }

    @Test void aScriptDoesNotSaveOverItselfNorOverTheScriptLoadingIt() throws IOException {
        Path s = Files.writeString(dir.resolve("self.nn"), "table t = xor(2)\nnet n = bits -> sigmoid\n"
                + "train n on t epochs 2\nsave n to \"self.nn\"\n");
        String before = Files.readString(s);
        Result r = Result.run(s.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(s + ":4:11: error: save would overwrite self.nn, a script that is running"), r.err());
        assertEquals(before, Files.readString(s));
        Files.writeString(dir.resolve("inner.nn"), "table t = xor(2)\nsave session to \"outer.nn\"\n");
        Path outer = Files.writeString(dir.resolve("outer.nn"), "load \"inner.nn\"\n");
        Result nested = Result.run(outer.toString());
        assertEquals(2, nested.exit());
        assertTrue(nested.err().contains("save would overwrite outer.nn, a script that is running"), nested.err());
        assertEquals("load \"inner.nn\"\n", Files.readString(outer));
    }

    @Test void saveSessionKeepsTheOutputStatesOfAFormulaThatNoRowUses() throws IOException {
        // the rows of k(a, b) = 1 never say 0, and (a and b, a xor b) never gives 11: rows would lose them
        Path s = Files.writeString(dir.resolve("s.nn"), "table k(a, b) = 1\ntable add(a, b) = (a and b, a xor b)\n"
                + "table c = chain(3) seed 1\nsave session to \"kept.nn\"\n");
        assertEquals(0, Result.run(s.toString()).exit());
        String saved = Files.readString(dir.resolve("kept.nn"));
        assertTrue(saved.contains("table k(a, b) = 1\n") && saved.contains("table add(a, b) = (a and b, a xor b)\n"), saved);
        Path back = Files.writeString(dir.resolve("back.nn"), "load \"kept.nn\"\ninfo k\ninfo add\n");
        Result r = Result.run(back.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("|Y| = 2: {0, 1}") && r.out().contains("|Y| = 4: {00, 01, 10, 11}"), r.out());
    }

    @Test void aLoadThatFailsWhileRunningLeavesTheSessionAsItWas() throws IOException {
        Files.createDirectories(dir.resolve("a_folder.nn"));
        // the save fails only when it runs (its target is a folder): the table before it is taken back
        Files.writeString(dir.resolve("part.nn"), "table inner = xor(2)\nsave session to \"a_folder.nn\"\n");
        Path s = Files.writeString(dir.resolve("s.nn"), "load \"part.nn\"\n");
        Result r = Result.run(s.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("part.nn has an error; nothing of it was loaded"), r.err());
        assertTrue(r.err().contains("cannot write a_folder.nn: it is a folder"), r.err());
        nnlang.api.Nn nn = nnlang.api.Nn.session().allowWrite(dir.toString());
        nn.run("table outer = and(2)");
        org.junit.jupiter.api.Assertions.assertThrows(nnlang.api.NnException.class,
                () -> nn.run("load \"" + dir.resolve("part.nn") + "\""));
        assertEquals(java.util.List.of("outer"), nn.tables(), "inner was defined, then taken back");
    }

    @Test void saveRefusesAFileThatLoadWouldRefuse() throws IOException {
        // about 830,000 weights, written as text: more than the 16 MiB that load reads
        Path s = Files.writeString(dir.resolve("s.nn"), """
                table p = parity(8)
                net big = bits -> 1024 tanh -> 800 tanh -> sigmoid
                train big on p { epochs 1  rows 00000000 }
                save big to "big.nn"
                """);
        Result r = Result.run(s.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s).*s.nn:4:13: error: cannot write big.nn: it would hold \\d+ bytes, more than load "
                + "reads \\(16777216\\); nothing was written.*"), r.err());
        assertFalse(Files.exists(dir.resolve("big.nn")));
    }

    @Test void replacingATrainedNetSaysThatItsWeightsAreDroppedAndSaveSaysWhatItWrote() throws IOException {
        Path s = Files.writeString(dir.resolve("s.nn"), """
                table xor = xor(2)
                net two = bits -> 2 sigmoid -> sigmoid
                net two = bits -> 3 sigmoid -> sigmoid
                train two on xor epochs 10
                save two to "two.nn"
                net two = bits -> 2 tanh -> sigmoid
                """);
        Result r = Result.run(s.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines[1].matches("wrote two.nn \\(nn, \\d+ bytes\\)"), r.out());
        assertEquals("replaced net two (its trained weights are dropped)", lines[2], "only a trained net is worth a word");
        assertEquals(3, lines.length, r.out());
    }
}
