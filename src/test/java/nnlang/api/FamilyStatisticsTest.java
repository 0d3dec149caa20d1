package nnlang.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;
import nnlang.report.TrialResult;
import nnlang.stats.ClusterBootstrap;
import nnlang.stats.Estimate;
import nnlang.stats.Verdict;
import org.junit.jupiter.api.Test;

/**
 * compare and curve on a family, from scripts: on all 256 functions of 3 bits with K = 4 every
 * net holds out exactly half; the pooled intervals are the cluster bootstrap over the instances,
 * recomputed here by a straightforward implementation of the documented procedure; the same
 * bytes at one and two threads.
 */
class FamilyStatisticsTest {
    static final String OPTIONS = "{ rows 4  trials 2  epochs 25  lr 0.5  optimizer adam }";
    static final String SCRIPT = "family f3 = all(3)\n"
            + "net line = bits -> sigmoid\n"
            + "net deep = bits -> 3 tanh -> 2 tanh -> sigmoid\n"
            + "curve line, deep on f3 " + OPTIONS + "\n"
            + "compare line, deep on f3 " + OPTIONS + "\n";

    /** The documented resampling: B = 2000 from the seed "nnlang", as README says. */
    static final int B = 2000;
    static final long SEED = 0x6E6E6C616E67L;

    @Test void onAllFunctionsOfThreeBitsCurveAndCompareHoldOutExactlyHalf() {
        Nn nn = Nn.session();
        Reports reports = nn.run(SCRIPT);
        CurveReport curve = reports.first(CurveReport.class);
        CompareReport compare = reports.first(CompareReport.class);
        assertEquals(2, reports.size(), "a curve and one pooled compare");
        assertEquals(256, curve.instances());
        for (String net : List.of("line", "deep")) {
            assertEquals(0.5, curve.point(net, 4).heldoutAccuracy().mean(), 0.0, net);
            assertEquals(512, curve.point(net, 4).cells());
        }
        for (CompareReport.NetSummary s : compare.nets()) {
            assertEquals(0.5, s.heldoutAccuracy().mean(), 0.0, s.net());
            assertEquals(512, s.heldoutAccuracy().n());
        }
        assertTrue(nn.expect("heldout_accuracy of line on f3 == 0.5").passed());
        assertTrue(nn.expect("heldout_accuracy of deep on f3 at 4 == 0.5").passed());
        assertTrue(nn.expect("difference of line, deep on f3 at 4 == 0").passed());
        // a compare on a family is the curve at one K: the same trainings, the same bootstrap
        assertEquals(curve.difference(4).difference(), compare.paired().difference());
        assertEquals(curve.difference(4).bothFit(), compare.paired().bothFit());
        assertEquals(curve.difference(4).verdict(), compare.paired().verdict());
        for (int j = 0; j < 2; j++) {
            CompareReport.NetSummary s = compare.nets().get(j);
            Estimate e = curve.point(s.net(), 4).heldoutAccuracy();
            assertEquals(e.ci95().lo(), s.heldoutAccuracy().lo());
            assertEquals(e.ci95().hi(), s.heldoutAccuracy().hi());
            assertEquals(curve.point(s.net(), 4).fitCi(), s.fitInterval());
        }
    }

    @Test void thePooledIntervalsAreTheClusterBootstrapOverInstances() {
        assertEquals(B, ClusterBootstrap.RESAMPLES);
        assertEquals(SEED, ClusterBootstrap.SEED);
        Reports reports = Nn.session().run(SCRIPT);
        CompareReport compare = reports.first(CompareReport.class);
        // the grid: instance i, trial t is the report's trial i * 2 + t
        double[][] d = new double[256][2], line = new double[256][2];
        for (int i = 0; i < 256; i++) {
            for (int t = 0; t < 2; t++) {
                TrialResult r = compare.trials().get(i * 2 + t);
                d[i][t] = r.outcomes().get(0).heldoutAccuracy() - r.outcomes().get(1).heldoutAccuracy();
                line[i][t] = r.outcomes().get(0).heldoutAccuracy();
            }
        }
        Estimate got = compare.paired().difference();
        double[] means = resampledMeans(d);
        assertEquals(percentile(means, 0.025), got.ci95().lo());
        assertEquals(percentile(means, 0.975), got.ci95().hi());
        assertEquals(percentile(means, 0.05), got.ci90().lo());
        assertEquals(percentile(means, 0.95), got.ci90().hi());
        int below = 0, above = 0;
        for (double m : means) {
            if (m <= 0) below++;
            if (m >= 0) above++;
        }
        assertEquals(Math.min(1, 2.0 * (Math.min(below, above) + 1) / (B + 1)), got.p());
        assertEquals("cluster bootstrap", got.method());
        assertTrue(got.ci95().lo() < 0 && got.ci95().hi() > 0, "a real interval: " + got.ci95());
        // the verdict reads those intervals at the default margin
        Verdict v = got.ci90().within(0.02) ? Verdict.NO_DIFFERENCE : Verdict.INCONCLUSIVE;
        assertEquals(v, compare.paired().verdict());
        // a net's held-out accuracy too
        double[] lineMeans = resampledMeans(line);
        assertEquals(percentile(lineMeans, 0.025), compare.nets().get(0).heldoutAccuracy().lo());
        assertEquals(percentile(lineMeans, 0.975), compare.nets().get(0).heldoutAccuracy().hi());
        // and the curve says the same at its one K
        CurveReport curve = reports.first(CurveReport.class);
        assertEquals(percentile(means, 0.025), curve.difference(4).difference().ci95().lo());

        String text = compare.toString().replaceAll("\\s+", " ");
        assertTrue(text.contains("compare line, deep on f3: 256 instances x 2 trials (the same 2 row subsets on every"
                + " instance), 4 of 8 rows each, seed 1"), text);
        assertTrue(text.contains("paired over 256 instances x 2 trials (the same 2 row subsets on every instance)"), text);
        assertTrue(text.contains("Intervals: cluster bootstrap over 256 instances, 2000 resamples"), text);
        assertFalse(text.contains("512 row subsets"), text);
        assertTrue(text.contains(" f3[255] "), "one line per instance: " + text);
        assertTrue(curve.toString().replaceAll("\\s+", " ")
                .contains("intervals: cluster bootstrap over 256 instances, 2000 resamples"), curve.toString());
        JsonObject o = JsonParser.parseString(reports.json().lines().toList().get(1)).getAsJsonObject();
        assertEquals("cluster bootstrap", o.get("intervals").getAsString());
        JsonObject family = o.getAsJsonObject("family");
        assertEquals(256, family.get("instances").getAsInt());
        assertEquals(2000, family.get("resamples").getAsInt());
        assertEquals(256, family.getAsJsonArray("per_instance").size());
        JsonObject last = o.getAsJsonArray("trials").get(511).getAsJsonObject();
        assertEquals("f3[255]", last.get("instance").getAsString());
        assertEquals(1, last.get("instance_trial").getAsInt());
    }

    /**
     * The documented procedure, written out: resample r draws 256 instances with replacement, each
     * index from the next splitmix64 output (state += golden gamma, then the mix) as the top 31
     * bits scaled to N; its mean is the mean of all cells of the drawn instances. Sorted.
     */
    static double[] resampledMeans(double[][] grid) {
        int n = grid.length;
        double[] means = new double[B];
        long state = SEED;
        for (int r = 0; r < B; r++) {
            List<Double> cells = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                state += 0x9E3779B97F4A7C15L;
                long z = state;
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                z = z ^ (z >>> 31);
                int pick = (int) (((z >>> 33) * n) >>> 31);
                for (double v : grid[pick]) cells.add(v);
            }
            // every cell is a multiple of 1/4: any order of summation gives the same exact sum
            double sum = 0;
            for (double v : cells) sum += v;
            means[r] = sum / cells.size();
        }
        Arrays.sort(means);
        return means;
    }

    /** R's type 7: h = (B - 1) q, between the order statistics floor(h) and floor(h) + 1. */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    @Test void theSameBytesAtOneAndTwoThreads() {
        String script = SCRIPT.replace("epochs 25", "epochs 10");
        Reports one = Nn.session().threads(1).run(script), two = Nn.session().threads(2).run(script);
        assertEquals(one.json(), two.json());
        assertEquals(one.toString(), two.toString());
    }

    @Test void anUnknownNameIsNeitherTableNorFamily() {
        Nn nn = Nn.session();
        nn.run("family f3 = all(3)\nnet a = bits -> sigmoid");
        NnException e = org.junit.jupiter.api.Assertions.assertThrows(NnException.class,
                () -> nn.run("curve a on f4 { rows 4 }"));
        assertEquals("input:1:12: error: unknown table or family 'f4'\n  | curve a on f4 { rows 4 }\n"
                + "  |            ^^ did you mean 'f3'?", e.getMessage());
    }

    /** When every training fits, the bootstrap has no spread: the fit interval is Wilson's over the instances. */
    @Test void aFitRateOfOneOnAFamilyGetsWilsonsIntervalOverTheInstances() {
        Reports r = Nn.session().run("family trees = tree(4) instances 6 seed 2\nnet line = bits -> sigmoid\n"
                + "compare line on trees { rows 8  trials 3  epochs 60  lr 1 }\n"
                + "curve line on trees { rows 8  trials 3  epochs 60  lr 1 }\n");
        CompareReport.NetSummary s = r.first(CompareReport.class).nets().get(0);
        assertEquals(18, s.fits());
        assertEquals(nnlang.stats.Wilson.interval95(6, 6), s.fitInterval());
        assertEquals(s.fitInterval(), r.first(CurveReport.class).point("line", 8).fitCi());
    }
}
