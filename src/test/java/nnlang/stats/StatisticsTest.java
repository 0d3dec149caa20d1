package nnlang.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each statistic against values computed elsewhere: textbook tables, hand arithmetic, another implementation. */
class StatisticsTest {
    // ---- Wilson ----

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score, no continuity correction). */
    @Test void wilsonMatchesNewcombesTable() {
        assertInterval(0.2553, 0.3662, Wilson.interval95(81, 263), 5e-5);
        assertInterval(0.0624, 0.1605, Wilson.interval95(15, 148), 5e-5);
        assertInterval(0.0000, 0.1611, Wilson.interval95(0, 20), 5e-5);
        assertInterval(0.0061, 0.1718, Wilson.interval95(1, 29), 5e-5);
    }

    /** At k = n the interval ends exactly at 1; its lower end by hand: n / (n + z^2) for k = n. */
    @Test void wilsonAtTheEdges() {
        Interval all = Wilson.interval95(200, 200);
        assertEquals(1.0, all.hi());
        double z2 = Wilson.Z95 * Wilson.Z95;
        assertEquals(200 / (200 + z2), all.lo(), 1e-12); // 0.98115 (scipy binomtest(...).proportion_ci('wilson'): 0.9811546736)
        assertEquals(0.0, Wilson.interval95(0, 200).lo());
        assertEquals(Interval.NONE, Wilson.interval95(0, 0));
    }

    // ---- Student t ----

    /** The exact quantile reproduces the printed table t_{0.975, df} (Fisher and Yates; any statistics text) to four decimals. */
    @Test void tQuantileMatchesTheTable() {
        double[] table = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010,
            2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
            2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
        for (int df = 1; df <= 30; df++) assertEquals(table[df - 1], StudentT.quantile(0.975, df), 5e-5, "df " + df);
        // one-sided 0.95: 6.3138 (df 1), 1.8125 (df 10), 1.6973 (df 30)
        assertEquals(6.3138, StudentT.quantile(0.95, 1), 5e-5);
        assertEquals(1.8125, StudentT.quantile(0.95, 10), 5e-5);
        assertEquals(1.6973, StudentT.quantile(0.95, 30), 5e-5);
    }

    /** Beyond the tables: scipy.stats.t.ppf (SciPy 1.17) to 1e-9. */
    @Test void tQuantileMatchesScipy() {
        assertEquals(2.0002978220142604, StudentT.quantile(0.975, 60), 1e-9);
        assertEquals(1.9719565442517533, StudentT.quantile(0.975, 199), 1e-9);
        assertEquals(1.6525467461665633, StudentT.quantile(0.95, 199), 1e-9);
        assertEquals(1.9623390808264083, StudentT.quantile(0.975, 1000), 1e-9);
        assertEquals(-2.228138851986274, StudentT.quantile(0.025, 10), 1e-9);
    }

    /** df 1 is the Cauchy distribution: P(T <= t) = 1/2 + atan(t)/pi; df 2: 1/2 + t / (2 sqrt(2 + t^2)). */
    @Test void tDistributionInClosedForm() {
        for (double t : new double[] {-7, -1.5, -0.2, 0, 0.3, 1, 4, 30}) {
            assertEquals(0.5 + Math.atan(t) / Math.PI, StudentT.cdf(t, 1), 1e-13, "t " + t);
            assertEquals(0.5 + t / (2 * Math.sqrt(2 + t * t)), StudentT.cdf(t, 2), 1e-13, "t " + t);
        }
        // scipy: 2 * t.sf(2.0, 10) = 0.07338803477074037
        assertEquals(0.07338803477074037, StudentT.twoSided(2.0, 10), 1e-12);
        assertEquals(1.0, StudentT.twoSided(0, 10));
    }

    // ---- paired means ----

    /** Hand computation: d = 1, 2, 3, 4, 5: mean 3, std sqrt(2.5), se sqrt(0.5), t_{0.975, 4} = 2.7764. */
    @Test void studentIntervalByHand() {
        Estimate e = Estimate.student(new double[] {1, 2, 3, 4, 5});
        assertEquals(3, e.mean());
        assertEquals(Math.sqrt(2.5), e.std(), 1e-15);
        double half = 2.7764451051977987 * Math.sqrt(0.5); // scipy t.ppf(0.975, 4)
        assertInterval(3 - half, 3 + half, e.ci95(), 1e-9);
        // t = 3 / sqrt(0.5) = 4.2426; scipy 2 * t.sf(4.242640687, 4) = 0.013236
        assertEquals(0.013236, e.p(), 1e-6);
    }

    @Test void constantDifferencesHaveAPointInterval() {
        Estimate zero = Estimate.student(new double[] {0, 0, 0, 0});
        assertInterval(0, 0, zero.ci95(), 0);
        assertEquals(1.0, zero.p());
        assertEquals(0.0, Estimate.student(new double[] {0.25, 0.25}).p());
        assertTrue(Double.isNaN(Estimate.student(new double[] {0.5}).p()));
    }

    // ---- Holm ----

    /**
     * By hand (and R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02): sorted 0.005, 0.01, 0.03,
     * 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04, then the running maximum: 0.02, 0.03, 0.06, 0.06.
     */
    @Test void holmByHand() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
        // a NaN (no test) stays NaN and does not count: m = 2, so 2 * 0.1 and 1 * 0.6
        assertArrayEquals(new double[] {0.6, Double.NaN, 0.2}, Holm.adjust(new double[] {0.6, Double.NaN, 0.1}), 1e-15);
        // capped at 1: 2 * 0.7 = 1.4
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.7, 0.8}), 0);
        assertArrayEquals(new double[] {0.5}, Holm.adjust(new double[] {0.5}), 0);
    }

    // ---- equivalence ----

    @Test void verdicts() {
        // identical predictions win over everything
        assertEquals(Verdict.IDENTICAL, Verdict.of(Estimate.student(new double[] {0, 0, 0}), 0.02, true));
        assertEquals(Verdict.BETTER, Verdict.of(Estimate.student(new double[] {0.1, 0.2, 0.15, 0.12}), 0.02, false));
        assertEquals(Verdict.WORSE, Verdict.of(Estimate.student(new double[] {-0.1, -0.2, -0.15, -0.12}), 0.02, false));
        // mean 0, std 0.01, n 100: the 90% interval is +- 1.66 * 0.001: inside +- 0.02
        double[] tight = new double[100];
        for (int i = 0; i < 100; i++) tight[i] = i % 2 == 0 ? 0.01 : -0.01;
        Estimate t = Estimate.student(tight);
        assertTrue(t.ci90().within(0.02) && !t.ci95().excludesZero());
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.of(t, 0.02, false));
        // the same numbers ten times larger: the interval reaches past the margin
        double[] wide = new double[100];
        for (int i = 0; i < 100; i++) wide[i] = 10 * tight[i] * (i % 3 == 0 ? 3 : 1);
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(Estimate.student(wide), 0.02, false));
        // all differences 0 but the predictions differ (both right on other rows): no difference, not identical
        assertEquals(Verdict.NO_DIFFERENCE, Verdict.of(Estimate.student(new double[] {0, 0, 0}), 0.02, false));
        assertNull(Verdict.of(Estimate.student(new double[] {0.5}), 0.02, false));
    }

    /** TOST by its definition: both one-sided t tests at alpha 0.05 reject exactly when the 90% interval lies in (-M, M). */
    @Test void tostIsTheNinetyPercentInterval() {
        double[] d = {0.01, -0.005, 0.012, 0.0, 0.004, -0.002, 0.007, 0.003, -0.006, 0.009};
        Estimate e = Estimate.student(d);
        double se = e.std() / Math.sqrt(d.length);
        for (double m : new double[] {0.005, 0.008, 0.01, 0.02}) {
            double pLower = 1 - StudentT.cdf((e.mean() + m) / se, d.length - 1); // H0: mean <= -M
            double pUpper = StudentT.cdf((e.mean() - m) / se, d.length - 1);     // H0: mean >= +M
            assertEquals(pLower < 0.05 && pUpper < 0.05, e.ci90().within(m), "margin " + m);
        }
    }

    // ---- cluster bootstrap ----

    /** The same seed and grid give what a plain, separately written resampling loop gives. */
    @Test void bootstrapAgreesWithAStraightforwardImplementation() {
        double[][] grid = grid(7, 5, 11);
        Estimate e = ClusterBootstrap.of(grid, 999, 42);
        double[] means = naiveMeans(grid, 999, 42);
        Arrays.sort(means);
        assertEquals(naivePercentile(means, 0.025), e.ci95().lo(), 1e-15);
        assertEquals(naivePercentile(means, 0.975), e.ci95().hi(), 1e-15);
        assertEquals(naivePercentile(means, 0.05), e.ci90().lo(), 1e-15);
        assertEquals(naivePercentile(means, 0.95), e.ci90().hi(), 1e-15);
        double all = 0;
        for (double[] row : grid) for (double v : row) all += v;
        assertEquals(all / 35, e.mean(), 1e-15);
        assertEquals(e, ClusterBootstrap.of(grid, 999, 42)); // deterministic
    }

    /**
     * Coverage: instances with their own random offset (the cluster effect) and trials around it; the true mean is
     * 0.3. Over 400 such data sets (fixed seeds) the 95% interval holds 0.3 in 0.90 to 0.99 of them (the bootstrap
     * percentile interval runs a little narrow at 20 clusters), while an interval that treats the 400 cells as
     * independent covers far less.
     */
    @Test void bootstrapCoversTheTrueMean() {
        int covered = 0, naiveCovered = 0, sets = 400;
        java.util.Random rnd = new java.util.Random(2024);
        for (int s = 0; s < sets; s++) {
            double[][] grid = new double[20][20];
            double[] flat = new double[400];
            for (int i = 0; i < 20; i++) {
                double offset = rnd.nextGaussian() * 0.1;
                for (int t = 0; t < 20; t++) {
                    grid[i][t] = 0.3 + offset + rnd.nextGaussian() * 0.1;
                    flat[i * 20 + t] = grid[i][t];
                }
            }
            if (contains(ClusterBootstrap.of(grid, 500, s).ci95(), 0.3)) covered++;
            if (contains(Estimate.student(flat).ci95(), 0.3)) naiveCovered++;
        }
        double rate = (double) covered / sets;
        assertTrue(rate >= 0.90 && rate <= 0.99, "coverage " + rate);
        assertTrue(naiveCovered < 0.6 * sets, "naive coverage " + naiveCovered);
    }

    private static boolean contains(Interval i, double v) { return i.lo() <= v && v <= i.hi(); }

    private static double[][] grid(int clusters, int cells, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        double[][] g = new double[clusters][cells];
        for (double[] row : g) for (int t = 0; t < cells; t++) row[t] = rnd.nextInt(5) / 4.0 - 0.3;
        return g;
    }

    /** Splitmix64 as its paper writes it (Steele, Lea, Flood 2014): state += golden gamma, then mix. */
    private static double[] naiveMeans(double[][] grid, int b, long seed) {
        long state = seed;
        double[] means = new double[b];
        for (int r = 0; r < b; r++) {
            double sum = 0;
            int count = 0;
            for (int k = 0; k < grid.length; k++) {
                state += 0x9E3779B97F4A7C15L;
                long z = state;
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                z = z ^ (z >>> 31);
                int pick = (int) (((z >>> 33) * grid.length) >>> 31);
                for (double v : grid[pick]) {
                    sum += v;
                    count++;
                }
            }
            means[r] = sum / count;
        }
        return means;
    }

    private static double naivePercentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) h;
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    private static void assertInterval(double lo, double hi, Interval i, double tol) {
        assertEquals(lo, i.lo(), tol, "lower end");
        assertEquals(hi, i.hi(), tol, "upper end");
    }
}
