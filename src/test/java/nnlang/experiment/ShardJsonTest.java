package nnlang.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.TreeMap;
import nnlang.report.TrialResult;
import nnlang.train.StopReason;
import org.junit.jupiter.api.Test;

/** Shard files keep every number exactly, NaN and the infinities included, which JSON has no number for. */
class ShardJsonTest {
    @Test void everyDoubleComesBackAsTheSameBits() throws ShardJson.Unreadable {
        TrialResult.Outcome a = new TrialResult.Outcome(300, StopReason.DIVERGED, 1, 0.1 + 0.2, Double.NaN, Double.NaN,
                Math.PI / 3, Double.MIN_VALUE, 2, Double.POSITIVE_INFINITY, new int[] {0, -1, 3});
        TrialResult.Outcome b = new TrialResult.Outcome(12, StopReason.UNTIL, 0.75, -0.0, 1e-300, 1.0000000000000002,
                0, 1, 0, Double.NEGATIVE_INFINITY, new int[0]);
        TreeMap<Integer, TrialResult[]> results = new TreeMap<>();
        results.put(4, new TrialResult[] {new TrialResult(1, (1L << 52) - 1, List.of("01", "10"), List.of(a, b)),
                new TrialResult(1, 7, List.of(), List.of(b, a))});
        ShardFile f = new ShardFile("s.nn", "ab12", 1, 3, List.of(new ShardFile.Experiment("f00d", 9, results)));
        ShardFile back = ShardJson.read(ShardJson.write(f));
        assertEquals(f.script(), back.script());
        assertEquals(f.shards(), back.shards());
        ShardFile.Experiment e = back.experiments().get(0);
        assertEquals(List.of(4), List.copyOf(e.results().keySet()));
        assertArrayEquals(results.get(4), e.results().get(4));
        // Outcome.equals compares doubles by Double.compare: -0.0 and 0.0 differ, NaN equals NaN
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(e.results().get(4)[0].outcomes().get(1).trainEntropy()));
        assertEquals(ShardJson.write(f), ShardJson.write(back));
    }

    @Test void aFileOfAnotherFormatOrKindIsRefusedInWords() {
        assertEquals("a shard file of format 2; this nnlang reads format 1", assertThrows(ShardJson.Unreadable.class,
                () -> ShardJson.read("{\"nnlang_shard\": 2}")).getMessage());
        assertEquals("not a shard file of nnlang (no \"nnlang_shard\" key)", assertThrows(ShardJson.Unreadable.class,
                () -> ShardJson.read("{}")).getMessage());
        assertThrows(ShardJson.Unreadable.class, () -> ShardJson.read("{\"nnlang_shard\": 1, \"experiments\": 3}"));
        assertThrows(ShardJson.Unreadable.class, () -> ShardJson.read("not json"));
    }
}
