package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nn --spark local[2] FILE as a person runs it: the trials are Spark tasks on two local
 * executor threads (so every job, net and result goes through Java serialisation), and the
 * output is the in-process run's, byte for byte.
 */
class SparkRunTest {
    static final String SCRIPT = """
            table p3 = parity(3)
            net one = bits -> sigmoid
            net two = bits -> 2 tanh -> sigmoid
            compare one, two on p3 { rows 5  trials 9  epochs 200  lr 1 }
            expect heldout_accuracy of two on p3 >= 0
            family trees = tree(4) instances 2 seed 2
            curve one, two on trees { rows 4 8  trials 3  epochs 60  lr 1 }
            """;

    @TempDir Path dir;

    @Test void aCompareAndACurveOnSparkLocalGiveTheInProcessBytes() throws IOException {
        Path script = Files.writeString(dir.resolve("sweep.nn"), SCRIPT);
        String[] local = run("--threads", "2", script.toString());
        String[] spark = run("--spark", "local[2]", script.toString());
        assertEquals("0", local[0], local[2]);
        assertTrue(local[1].contains("compare one, two on p3") && local[1].contains("curve one, two on trees"), local[1]);
        assertEquals("0", spark[0], spark[2]);
        assertEquals(local[1], spark[1]);
    }

    @Test void aShardOnSparkWritesTheSameResultsAsAShardInProcess() throws IOException {
        Path a = Files.writeString(dir.resolve("a.nn"), SCRIPT);
        assertEquals("0", run("--shard", "1/2", a.toString())[0]);
        String local = Files.readString(ShardFiles.pathFor(a, 1, 2));
        assertEquals("0", run("--spark", "local[2]", "--shard", "1/2", a.toString())[0]);
        assertEquals(local, Files.readString(ShardFiles.pathFor(a, 1, 2)));
    }

    @Test void aMasterSparkWouldNotTakeIsNamedBeforeSparkStarts() throws IOException {
        Path a = Files.writeString(dir.resolve("a.nn"), SCRIPT);
        String[] r = run("--spark", "lokal[2]", a.toString());
        assertEquals("2", r[0]);
        assertEquals("nn: error: --spark lokal[2]: 'lokal[2]' is not a Spark master: local[2] (two threads here), "
                + "spark://host:7077, yarn, k8s://host:port, or submit (the master spark-submit was given)\n", r[2]);
        assertEquals("", r[1]);
    }

    /** Exit code, standard output, standard error. */
    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
