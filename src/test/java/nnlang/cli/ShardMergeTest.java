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

/** A job array without Spark: the shards of a script, merged, print the unsharded run's bytes. */
class ShardMergeTest {
    static final String COMPARE = """
            table p3 = parity(3)
            net one = bits -> sigmoid
            net two = bits -> 2 tanh -> sigmoid
            compare one, two on p3 { rows 5  trials 7  epochs 200  lr 1 }
            expect heldout_accuracy of two on p3 >= 0
            """;
    static final String CURVE = """
            family trees = tree(4) instances 3 seed 2
            net line = bits -> sigmoid
            net two = bits -> 2 tanh -> sigmoid
            table xor = xor(2)
            net small = bits -> 2 tanh -> sigmoid
            train small on xor epochs 50 lr 1
            curve line, two on trees { rows 4 8  trials 4  epochs 60  lr 1 }
            expect auc_difference of line, two on trees > -1
            compare line, two on trees { rows 8  trials 2  epochs 60  lr 1 }
            """;

    @TempDir Path dir;

    @Test void threeShardsOfACompareMergeToTheUnshardedBytes() throws IOException {
        shardsMergeToTheSameBytes("compare.nn", COMPARE, 3);
    }

    @Test void shardsOfACurveAndAFamilyCompareMergeToTheUnshardedBytes() throws IOException {
        shardsMergeToTheSameBytes("curve.nn", CURVE, 3);
    }

    /** More shards than trials: some shards run no trial of an experiment, and the merge still has them all. */
    @Test void moreShardsThanTrials() throws IOException {
        shardsMergeToTheSameBytes("many.nn", COMPARE, 9);
    }

    private void shardsMergeToTheSameBytes(String name, String text, int n) throws IOException {
        Path script = Files.writeString(dir.resolve(name), text);
        Result whole = Result.run(script.toString());
        assertEquals(0, whole.exit(), whole.err());
        assertTrue(whole.out().contains("held-out"), whole.out());
        String[] files = new String[n];
        for (int i = 0; i < n; i++) {
            Result shard = Result.run("--shard", i + "/" + n, script.toString());
            assertEquals(0, shard.exit(), shard.err());
            assertFalse(shard.out().contains("held-out"), "a shard shows no partial report:\n" + shard.out());
            files[i] = ShardFiles.pathFor(script, i, n).toString();
            assertTrue(Files.exists(Path.of(files[i])), shard.err());
        }
        // the files in another order than their shards
        String[] args = new String[n + 1];
        args[0] = "merge";
        for (int i = 0; i < n; i++) args[i + 1] = files[n - 1 - i];
        Result merged = Result.run(args);
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(whole.out(), merged.out());
    }

    /** --out puts the shard files in a folder of their own inside the fence; merge finds the script from there. */
    @Test void shardFilesInAnOutFolderMergeToo() throws IOException {
        Path script = Files.writeString(dir.resolve("c.nn"), COMPARE);
        Path out = Files.createDirectories(dir.resolve("shards"));
        String whole = Result.run(script.toString()).out();
        for (int i = 0; i < 2; i++) {
            Result r = Result.run("--shard", i + "/2", "--out", out.toString(), script.toString());
            assertEquals(0, r.exit(), r.err());
        }
        assertFalse(Files.exists(ShardFiles.pathFor(script, 0, 2)));
        Result merged = Result.run("merge", out.resolve("c.shard-0-of-2.json").toString(),
                out.resolve("c.shard-1-of-2.json").toString());
        assertEquals(0, merged.exit(), merged.err());
        assertEquals(whole, merged.out());
        Result outside = Result.run("--shard", "0/2", "--out", dir.getParent().toString(), script.toString());
        assertEquals(2, outside.exit());
        assertEquals("nn: error: --out " + dir.getParent() + ": a script may only use files below the script's folder; '../c.shard-0-of-2.json' "
                + "climbs out with '..' (run with --allow-write DIR to allow a folder)\n", outside.err());
        assertEquals("nn: error: --out names the folder of a shard's file: give --shard I/N too\n",
                Result.run("--out", "shards", script.toString()).err());
    }

    @Test void aMissingOrRepeatedShardOrAnotherScriptIsNamed() throws IOException {
        Path a = Files.writeString(dir.resolve("a.nn"), COMPARE);
        Path b = Files.writeString(dir.resolve("b.nn"), COMPARE.replace("trials 7", "trials 6"));
        for (int i = 0; i < 2; i++) {
            assertEquals(0, Result.run("--shard", i + "/2", a.toString()).exit());
            assertEquals(0, Result.run("--shard", i + "/2", b.toString()).exit());
        }
        String a0 = ShardFiles.pathFor(a, 0, 2).toString(), a1 = ShardFiles.pathFor(a, 1, 2).toString(),
                b1 = ShardFiles.pathFor(b, 1, 2).toString();
        Result missing = Result.run("merge", a0);
        assertEquals(2, missing.exit());
        assertEquals("nn merge: error: shard 1/2 is missing (run the script with --shard 1/2 and name its file too)\n",
                missing.err());
        Result twice = Result.run("merge", a0, a1, a1);
        assertEquals("nn merge: error: " + a1 + " and " + a1 + " are both shard 1/2\n", twice.err());
        Result mixed = Result.run("merge", a0, b1);
        assertEquals(2, mixed.exit());
        assertTrue(mixed.err().startsWith("nn merge: error: " + b1 + " is a shard of another script (b.nn)"), mixed.err());
        assertEquals("", mixed.out());
    }

    @Test void aScriptChangedSinceItsShardsRanIsRefused() throws IOException {
        Path a = Files.writeString(dir.resolve("a.nn"), COMPARE);
        assertEquals(0, Result.run("--shard", "0/1", a.toString()).exit());
        Files.writeString(a, COMPARE.replace("epochs 200", "epochs 300"));
        Result r = Result.run("merge", ShardFiles.pathFor(a, 0, 1).toString());
        assertEquals(2, r.exit());
        assertEquals(a + ": error: changed since its shards ran (" + ShardFiles.pathFor(a, 0, 1)
                + "); run the shards again\n", r.err());
    }

    @Test void badShardOptionsAndFilesSayWhatIsWrong() throws IOException {
        Path a = Files.writeString(dir.resolve("a.nn"), COMPARE);
        for (String bad : new String[] {"3/3", "1", "-1/2", "a/b", "1/0"}) {
            Result r = Result.run("--shard", bad, a.toString());
            assertEquals(2, r.exit());
            assertEquals("nn: error: --shard takes I/N, shard I (from 0) of N, with I < N: --shard 0/3, 1/3, 2/3; not '"
                    + bad + "'\n", r.err());
        }
        Result e = Result.run("--shard", "0/2", "-e", "print \"x\"");
        assertEquals("nn: error: --shard runs one script FILE (its shard file goes beside it), not -e or standard input\n",
                e.err());
        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"a\": 1}");
        Result r = Result.run("merge", junk.toString());
        assertEquals(2, r.exit());
        assertEquals(junk + ": error: not a shard file of nnlang (no \"nnlang_shard\" key)\n", r.err());
        Result none = Result.run("merge", dir.resolve("none.json").toString());
        assertEquals(dir.resolve("none.json") + ": error: no such file\n", none.err());
    }

    /** The core jar has no Spark: --spark says where the module is instead of failing on a missing class. */
    @Test void sparkWithoutItsModuleSaysHowToGetIt() throws IOException {
        Path a = Files.writeString(dir.resolve("a.nn"), COMPARE);
        Result r = Result.run("--spark", "local[2]", a.toString());
        assertEquals(2, r.exit());
        assertEquals("nn: error: --spark needs nnlang's spark module on the class path: run it through scripts/nn "
                + "(which adds it) or spark-submit its jar (docs/performance.md)\n", r.err());
        assertEquals("", r.out());
    }
}
