package nnlang.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nnlang.data.Family;
import nnlang.data.Generators;
import nnlang.data.Table;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;
import nnlang.report.JsonRenderer;
import nnlang.report.TextRenderer;
import nnlang.report.TrialResult;
import nnlang.stats.ClusterBootstrap;
import nnlang.stats.Estimate;
import nnlang.stats.Holm;
import nnlang.stats.StudentT;
import nnlang.train.TrainConfig;
import org.junit.jupiter.api.Test;

class CurveTest {
    static final Table P3 = ExperimentTest.P3;
    static final List<Integer> KS = List.of(2, 4, 6);

    static TrainConfig train() { return TrainConfig.defaults().epochs(150).lr(1).seed(5); }

    static CurveReport curve(int trials, int threads) throws Exception {
        return Curve.run(ExperimentTest.nets(), P3, new CurveConfig(KS, trials, train(), 0.02), threads, null);
    }

    /** A curve's point at K is the compare at K: the same trials, outcomes and statistics, bit for bit. */
    @Test void aPointAtKIsTheCompareAtK() throws Exception {
        CurveReport c = curve(10, 2);
        for (int k : KS) {
            CompareReport cmp = Experiment.compare(ExperimentTest.nets(), P3, new CompareConfig(k, 10, train()), 1, null);
            List<TrialResult> cells = new ArrayList<>();
            for (CurveReport.Cell cell : c.trials()) if (cell.rows() == k) cells.add(cell.result());
            assertEquals(cmp.trials(), cells, "K " + k);
            for (int j = 0; j < 2; j++) {
                CompareReport.NetSummary s = cmp.nets().get(j);
                CurveReport.Point p = c.point(s.net(), k);
                assertEquals(s.fits(), p.fits());
                assertEquals(s.fitInterval(), p.fitCi());
                assertEquals(s.heldoutAccuracy().mean(), p.heldoutAccuracy().mean());
                assertEquals(s.heldoutAccuracy().lo(), p.heldoutAccuracy().ci95().lo());
                assertEquals(s.heldoutAccuracy().hi(), p.heldoutAccuracy().ci95().hi());
                assertEquals(s.heldoutCe().mean(), p.heldoutCe().mean());
                assertEquals(s.heldoutCe().hi(), p.heldoutCe().ci95().hi());
                assertEquals(s.epochs().mean(), p.epochs());
            }
            assertEquals(cmp.paired().difference(), c.difference(k).difference());
            assertEquals(cmp.paired().bothFit(), c.difference(k).bothFit());
            assertEquals(cmp.paired().verdict(), c.difference(k).verdict());
        }
    }

    @Test void theSameBytesAtOneAndTwoThreads() throws Exception {
        String one = JsonRenderer.render(curve(6, 1).withoutTime());
        assertEquals(one, JsonRenderer.render(curve(6, 2).withoutTime()));
        assertEquals(TextRenderer.render(curve(6, 1).withoutTime()), TextRenderer.render(curve(6, 2).withoutTime()));
    }

    /** Holm over the K's, the area by trapezoids, recomputed from the trials. */
    @Test void holmAndTheAreaRecomputeFromTheTrials() throws Exception {
        CurveReport c = curve(10, 2);
        double[] p = new double[KS.size()];
        for (int k = 0; k < KS.size(); k++) p[k] = c.difference(KS.get(k)).difference().p();
        double[] holm = Holm.adjust(p);
        for (int k = 0; k < KS.size(); k++) assertEquals(holm[k], c.difference(KS.get(k)).pHolm());
        // the area of trial t: ((4 - 2)(a2 + a4)/2 + (6 - 4)(a4 + a6)/2) / (6 - 2)
        double[] d = new double[10];
        for (int t = 0; t < 10; t++) {
            double[] area = new double[2];
            for (int j = 0; j < 2; j++) {
                double a2 = acc(c, 2, t, j), a4 = acc(c, 4, t, j), a6 = acc(c, 6, t, j);
                area[j] = (2 * (a2 + a4) / 2 + 2 * (a4 + a6) / 2) / 4;
            }
            d[t] = area[0] - area[1];
        }
        double mean = 0;
        for (double v : d) mean += v / 10;
        assertEquals(mean, c.auc().mean(), 1e-12);
        double ss = 0;
        for (double v : d) ss += (v - mean) * (v - mean);
        double half = StudentT.quantile(0.975, 9) * Math.sqrt(ss / 9) / Math.sqrt(10);
        assertEquals(mean - half, c.auc().ci95().lo(), 1e-12);
        JsonObject o = JsonParser.parseString(JsonRenderer.render(c)).getAsJsonObject();
        assertEquals("curve", o.get("report").getAsString());
        assertEquals(c.auc().mean(), o.get("auc_difference").getAsDouble());
        assertEquals(6, o.getAsJsonArray("points").size());
        JsonObject d4 = o.getAsJsonArray("differences").get(1).getAsJsonObject();
        assertEquals(4, d4.get("rows").getAsInt());
        for (String key : List.of("difference", "ci", "p_holm", "both_fit_difference", "both_fit_ci", "verdict")) {
            assertTrue(d4.has(key), key);
        }
        JsonObject p0 = o.getAsJsonArray("points").get(0).getAsJsonObject();
        for (String key : List.of("net", "rows", "fit_rate", "fit_ci", "heldout_accuracy", "heldout_accuracy_ci",
                "heldout_ce", "heldout_ce_ci", "epochs")) {
            assertTrue(p0.has(key), key);
        }
        assertEquals(30, o.getAsJsonArray("trials").size());
    }

    private static double acc(CurveReport c, int k, int t, int j) {
        for (CurveReport.Cell cell : c.trials()) {
            if (cell.rows() == k && cell.result().index() == t) return cell.result().outcomes().get(j).heldoutAccuracy();
        }
        throw new AssertionError("no trial " + t + " at " + k);
    }

    /** On a family every trial runs on every instance, with the same rows and seed; intervals by cluster bootstrap. */
    @Test void onAFamilyEveryTrialRunsOnEveryInstance() throws Exception {
        Family f = new Family("three", "parity, majority, and of 3 bits", List.of(Generators.generate("p", "parity", 3),
                Generators.generate("m", "majority", 3), Generators.generate("a", "and", 3)));
        CurveConfig cfg = new CurveConfig(List.of(4), 5, train(), 0.02);
        CurveReport c = Curve.run(ExperimentTest.nets(), f, cfg, 2, null);
        assertEquals(3, c.instances());
        assertEquals(15, c.trials().size());
        double[][] grid = new double[3][5];
        for (int i = 0; i < 3; i++) {
            CompareReport one = Experiment.compare(ExperimentTest.nets(), f.instances().get(i), cfg.at(4), 1, null);
            for (int t = 0; t < 5; t++) {
                CurveReport.Cell cell = c.trials().get(t * 3 + i);
                assertEquals(f.instances().get(i).name(), cell.instance());
                assertEquals(one.trials().get(t), cell.result());
                grid[i][t] = cell.result().outcomes().get(0).heldoutAccuracy();
            }
        }
        Estimate boot = ClusterBootstrap.of(grid);
        assertEquals(boot, c.point("shallow", 4).heldoutAccuracy());
        assertEquals("cluster bootstrap", c.point("shallow", 4).heldoutAccuracy().method());
        assertTrue(TextRenderer.render(c).replaceAll("\\s+", " ").contains("cluster bootstrap over 3 instances, 2000 resamples"));
        assertEquals(JsonRenderer.render(c.withoutTime()),
                JsonRenderer.render(Curve.run(ExperimentTest.nets(), f, cfg, 1, null).withoutTime()));
    }

    @Test void aStopKeepsWholeTrialsAtEveryK() throws Exception {
        AtomicInteger done = new AtomicInteger();
        ExperimentListener stopAfter7 = new ExperimentListener() {
            @Override public void trialsDone(int d, int total) { done.set(d); }

            @Override public boolean stopRequested() { return done.get() >= 7; }
        };
        // one (trial, K) a task (lanes off): the stop comes after the seventh (ExperimentLanesTest: batches)
        CurveReport c = LanesSwitch.off(() -> Curve.run(ExperimentTest.nets(), P3, new CurveConfig(KS, 10, train(), 0.02),
                1, stopAfter7));
        assertEquals(2, c.completed()); // 7 tasks of 3 K's: two whole trials
        assertTrue(c.stopped());
        assertEquals(6, c.trials().size());
        assertNotNull(c.auc());
        assertEquals(2, c.point("deep", 6).cells());
        CurveReport full = curve(10, 1);
        assertEquals(full.trials().get(0), c.trials().get(0));
        assertTrue(TextRenderer.render(c).contains("stopped after 2 of 10 trials"));
    }

    @Test void refusesKsThatDoNotAscendOrHoldNothingOut() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Curve.run(ExperimentTest.nets(), P3,
                new CurveConfig(List.of(4, 2), 2, train(), 0.02), 1, null));
        assertThrows(IllegalArgumentException.class, () -> Curve.run(ExperimentTest.nets(), P3,
                new CurveConfig(List.of(8), 2, train(), 0.02), 1, null));
    }

    /**
     * No free lunch, exactly: over all 256 functions of 3 bits, for any training rows and seed, a function and the
     * one that agrees on the training rows but flips every held-out row train the same net to the same predictions,
     * so their held-out accuracies add to 1 (barring ties). The mean over the family is exactly 0.5 for every net.
     */
    @Test void onAllFunctionsOfThreeBitsEveryNetHoldsOutHalf() throws Exception {
        nnlang.data.Space xs = nnlang.data.Space.allBits(3), ys = nnlang.data.Space.allBits(1);
        List<Table> all = new ArrayList<>();
        for (int f = 0; f < 256; f++) {
            List<nnlang.data.Row> rows = new ArrayList<>();
            for (int x = 0; x < 8; x++) rows.add(new nnlang.data.Row(xs.state(x), List.of(Integer.toString(f >> x & 1))));
            all.add(new Table("f" + f, xs, ys, rows));
        }
        Family f3 = new Family("f3", "all(3)", all);
        CurveReport c = Curve.run(ExperimentTest.nets(), f3, new CurveConfig(List.of(4), 2,
                TrainConfig.defaults().epochs(60).lr(1).seed(11), 0.02), 2, null);
        for (String net : c.nets()) assertEquals(0.5, c.point(net, 4).heldoutAccuracy().mean(), net);
        assertEquals(0.0, c.difference(4).difference().mean());
        assertEquals(512, c.point("deep", 4).cells());
    }
}
