package nnlang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import nnlang.train.StopReason;
import org.junit.jupiter.api.Test;

/**
 * The advice after a training, as a pure function: each trap from its numbers, and no advice for
 * a good training, a tie everywhere (no seed helps), a plateau, an until or a divergence.
 */
class AdviceTest {
    /** One row of a two-state table: its target 0 or 1 and p(1|x) from the net. */
    private static RelationsReport.Row row(String x, int target, double p1) {
        double[] p = {1 - p1, p1};
        double h = 0;
        for (double q : p) if (q > 0) h -= q * Math.log(q) / Math.log(2);
        double ce = p[target] > 0 ? -Math.log(p[target]) / Math.log(2) : Double.POSITIVE_INFINITY;
        boolean tie = Math.abs(p[0] - p[1]) <= RelationsReport.TIE;
        int top = tie ? -1 : p1 > 0.5 ? 1 : 0;
        int determined = (p1 < 0.01 || p1 > 0.99) ? 2 : 0;
        return new RelationsReport.Row(x, new double[] {0}, List.of(Integer.toString(target)), p, h, ce, 0, top, tie,
                top == target, determined);
    }

    private static RelationsReport relations(RelationsReport.Row... rows) {
        List<RelationsReport.Row> rs = List.of(rows);
        double h = 0;
        int correct = 0, ties = 0, determinedRows = 0;
        long determined = 0;
        for (RelationsReport.Row r : rs) {
            h += r.entropy() / rs.size();
            if (r.correct()) correct++;
            if (r.tie()) ties++;
            if (r.isDetermined()) determinedRows++;
            determined += r.determined();
        }
        return new RelationsReport("two", "xor", List.of("0", "1"), "sigmoid", 0.01, new ArrayList<>(rs), h, 0, 0,
                correct, ties, determined, determinedRows);
    }

    private static Advice.Facts facts(double lr, double start, double half, double end, RelationsReport after) {
        return new Advice.Facts(StopReason.EPOCHS, lr, 5000, start, half, end, after);
    }

    /** XOR's local minimum (README's net, seed 1): two rows sure and right, two at 1/2. */
    private static final RelationsReport LOCAL_MINIMUM = relations(row("00", 0, 0.003), row("01", 1, 0.4989),
            row("10", 1, 0.995), row("11", 0, 0.5021));

    @Test void aLocalMinimumAsksForAnotherSeed() {
        assertEquals("stuck above the floor, 2 rows tied or wrong (a local minimum): try another seed or compare over "
                + "seeds", Advice.of(facts(1, 0.74, 0.348, 0.3479, LOCAL_MINIMUM)));
    }

    /** A net with no hidden layer on XOR: every p(y|x) at 1/2, the loss flat at ln 2. */
    private static final RelationsReport ALL_TIED = relations(row("00", 0, 0.5), row("01", 1, 0.5), row("10", 1, 0.5),
            row("11", 0, 0.5));

    @Test void aNetWithNoHiddenLayerStuckOnXorIsToldToAddOne() {
        String linear = "a net with no hidden layer splits its inputs by one line (a plane); rows that no line splits,"
                + " as XOR's, stay tied or wrong whatever the seed or lr: add a hidden layer, e.g. -> 2 tanh ->";
        Advice.Facts stuck = new Advice.Facts(StopReason.EPOCHS, 1, 5000, 0.6932, 0.6931, 0.6931, ALL_TIED, 0);
        assertEquals(linear, Advice.of(stuck));
        // the same rows with a hidden layer: every row ties, and no seed is known to help, so nothing
        assertNull(Advice.of(new Advice.Facts(StopReason.EPOCHS, 1, 5000, 0.6932, 0.6931, 0.6931, ALL_TIED, 1)));
        // still falling over the second half, a quick try, or rows all right: no advice of this kind
        assertNull(Advice.of(new Advice.Facts(StopReason.EPOCHS, 1, 5000, 0.9, 0.8, 0.6931, ALL_TIED, 0)));
        assertNull(Advice.of(new Advice.Facts(StopReason.EPOCHS, 1, 99, 0.6932, 0.6931, 0.6931, ALL_TIED, 0)));
        RelationsReport solved = relations(row("00", 0, 0.2), row("01", 1, 0.8), row("10", 1, 0.8), row("11", 0, 0.2));
        assertNull(Advice.of(new Advice.Facts(StopReason.EPOCHS, 1, 5000, 0.6932, 0.2231, 0.2231, solved, 0)));
    }

    @Test void aLocalMinimumStillFallingIsLeftAlone() {
        assertNull(Advice.of(facts(1, 0.74, 0.45, 0.3479, LOCAL_MINIMUM)));
        // the default training (1000 epochs at lr 0.5): still creeping towards ln 2 / 2, and stuck
        assertEquals("stuck above the floor, 2 rows tied or wrong (a local minimum): try another seed or compare over "
                + "seeds", Advice.of(facts(0.5, 0.74, 0.3610, 0.3503, LOCAL_MINIMUM)));
    }

    @Test void sureAndWrongMeansTheLrIsTooLarge() {
        RelationsReport saturated = relations(row("00", 0, 1e-9), row("01", 1, 1 - 1e-9), row("10", 1, 1e-12),
                row("11", 0, 1 - 1e-12));
        assertEquals("sure and wrong on 2 of 4 rows (saturated): lr 100 is too large; try lr 1",
                Advice.of(facts(100, 0.74, 17.9, 17.9, saturated)));
    }

    @Test void aTargetAtPZeroMeansTheLossIsClamped() {
        RelationsReport clamped = relations(row("00", 0, 0), row("01", 1, 1), row("10", 1, 0), row("11", 0, 1));
        assertEquals("the loss is clamped at the log floor (a target's p hit 0): lr 1e300 is far too large; try lr 1",
                Advice.of(facts(1e300, 0.74, 50, 50, clamped)));
    }

    @Test void aLossThatBarelyMovesMeansTheLrIsTooSmall() {
        RelationsReport start = relations(row("00", 0, 0.6), row("01", 1, 0.45), row("10", 1, 0.62),
                row("11", 0, 0.48));
        assertEquals("the loss barely moved (0.7362 to 0.7360): lr 1e-6 is too small or 5000 epochs too few; try a "
                + "larger lr", Advice.of(facts(1e-6, 0.7362, 0.7361, 0.7360, start)));
    }

    @Test void aQuickTryOfAFewEpochsIsNoFailureToMove() {
        RelationsReport start = relations(row("00", 0, 0.6), row("01", 1, 0.45), row("10", 1, 0.62),
                row("11", 0, 0.48));
        assertNull(Advice.of(new Advice.Facts(StopReason.EPOCHS, 0.5, 99, 0.6989, 0.6975, 0.6964, start)));
        assertEquals("the loss barely moved (0.6989 to 0.6964): lr 0.5 is too small or 100 epochs too few; try a "
                + "larger lr", Advice.of(new Advice.Facts(StopReason.EPOCHS, 0.5, 100, 0.6989, 0.6975, 0.6964, start)));
    }

    @Test void aGoodTrainingGetsNoAdvice() {
        RelationsReport solved = relations(row("00", 0, 0.004), row("01", 1, 0.995), row("10", 1, 0.996),
                row("11", 0, 0.005));
        assertNull(Advice.of(facts(1, 0.74, 0.01, 0.0022, solved)));
        // sure and right where it could not improve any more: flat, yet at the floor
        assertNull(Advice.of(facts(1, 0.0022, 0.0022, 0.0022, solved)));
    }

    @Test void everyRowTiedIsNoTrapOfTraining() {
        // a net without a hidden layer on XOR: p = 1/2 everywhere, whatever the seed
        RelationsReport tied = relations(row("00", 0, 0.5), row("01", 1, 0.5), row("10", 1, 0.5), row("11", 0, 0.5));
        assertNull(Advice.of(facts(1, 0.75, 0.6931, 0.6931, tied)));
    }

    @Test void aPlateauWithNothingDeterminedIsLeftToMoreEpochs() {
        RelationsReport plateau = relations(row("00", 0, 0.49), row("01", 1, 0.51), row("10", 1, 0.52),
                row("11", 0, 0.505));
        assertNull(Advice.of(facts(0.5, 0.7362, 0.6910, 0.6905, plateau)));
    }

    @Test void untilAndDivergenceSpeakForThemselves() {
        assertNull(Advice.of(new Advice.Facts(StopReason.UNTIL, 1, 5000, 0.74, 0.348, 0.3479, LOCAL_MINIMUM)));
        assertNull(Advice.of(new Advice.Facts(StopReason.DIVERGED, 1, 5000, 0.74, 0.348, 0.3479, LOCAL_MINIMUM)));
    }

    @Test void anInterruptedTrainingInTheTrapStillHearsOfIt() {
        assertEquals("stuck above the floor, 2 rows tied or wrong (a local minimum): try another seed or compare over "
                + "seeds", Advice.of(new Advice.Facts(StopReason.INTERRUPTED, 1, 5000, 0.74, 0.348, 0.3479,
                LOCAL_MINIMUM)));
    }

    @Test void numbersAreWrittenAsAPersonWritesThem() {
        assertEquals("100", Advice.written(100));
        assertEquals("0.5", Advice.written(0.5));
        assertEquals("1e-6", Advice.written(1e-6));
        assertEquals("2.5e-7", Advice.written(2.5e-7));
        assertEquals("1e300", Advice.written(1e300));
        assertEquals("0.001", Advice.written(0.001));
    }

    @Test void theAdviceIsPartOfTheTrainReportInTextAndJson() {
        nnlang.train.TrainResult result = new nnlang.train.TrainResult(5000, StopReason.EPOCHS, 0.3479, 0.5078, -1,
                new nnlang.train.History(new int[] {0, 5000}, new double[] {0.74, 0.3479}, new double[] {0.94, 0.5078}));
        String advice = Advice.of(facts(1, 0.74, 0.348, 0.3479, LOCAL_MINIMUM));
        TrainReport r = new TrainReport("two", "xor", result, 5000, LOCAL_MINIMUM, advice);
        assertEquals("advice: " + advice, TextRenderer.render(r).lines().skip(1).findFirst().orElse(""));
        assertEquals(true, JsonRenderer.render(r).contains(",\"advice\":\"" + advice + "\""), JsonRenderer.render(r));
        TrainReport none = new TrainReport("two", "xor", result, 5000, LOCAL_MINIMUM);
        assertEquals(1, TextRenderer.render(none).lines().count());
        assertEquals(false, JsonRenderer.render(none).contains("advice"));
    }
}
