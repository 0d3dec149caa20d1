package nnlang.stats;

import java.util.Arrays;

/**
 * The mean of a grid of numbers, clusters x cells (instances of a family x trials), with intervals
 * from a cluster bootstrap: the instances are the independent units, the trials on one instance
 * are not independent of each other (they share the relation), so resample whole instances.
 *
 * <p>Resample b (of {@link #RESAMPLES}): draw N instances with replacement (each index from the
 * next number of a splitmix64 stream seeded with {@link #SEED}: its top 31 bits scaled to N,
 * {@code (int) (((next >>> 33) * N) >>> 31)}), and take the mean of their cells. The intervals
 * are the 2.5/97.5% and 5/95% percentiles of the B resampled means (linear interpolation between
 * order statistics, R's type 7); the two-sided p of "mean 0" is min(1, 2 (min(#means <= 0, #means >= 0) + 1) / (B + 1)).
 * The same grid gives the same numbers, bit for bit.
 */
public final class ClusterBootstrap {
    /** B: resamples per estimate. */
    public static final int RESAMPLES = 2000;
    /** The seed of the resampling stream: fixed, so a report is the same every run. */
    public static final long SEED = 0x6E6E6C616E67L; // "nnlang"

    private ClusterBootstrap() {}

    /** The estimate of grid[instance][cell]; instances may hold different numbers of cells. */
    public static Estimate of(double[][] grid) { return of(grid, RESAMPLES, SEED); }

    /**
     * The estimate with b resamples from the given seed. The mean of a resample is the sum of its
     * instances' cells over their count; a resample that drew only empty instances is drawn again.
     */
    public static Estimate of(double[][] grid, int b, long seed) {
        int clusters = grid.length, n = 0;
        double[] sums = new double[clusters];
        double total = 0;
        for (int i = 0; i < clusters; i++) {
            for (double v : grid[i]) sums[i] += v;
            total += sums[i];
            n += grid[i].length;
        }
        if (n == 0) return Estimate.EMPTY;
        double mean = total / n, ss = 0;
        for (double[] row : grid) for (double v : row) ss += (v - mean) * (v - mean);
        double std = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        if (clusters == 1) return new Estimate(n, mean, std, Interval.NONE, Interval.NONE, Double.NaN, METHOD);
        double[] means = new double[b];
        long state = seed;
        int below = 0, above = 0;
        for (int r = 0; r < b; r++) {
            double s = 0;
            long count = 0;
            while (count == 0) {
                s = 0;
                for (int k = 0; k < clusters; k++) {
                    state += 0x9E3779B97F4A7C15L;
                    int pick = index(mix(state), clusters);
                    s += sums[pick];
                    count += grid[pick].length;
                }
            }
            means[r] = s / count;
            if (means[r] <= 0) below++;
            if (means[r] >= 0) above++;
        }
        Arrays.sort(means);
        double p = Math.min(1, 2.0 * (Math.min(below, above) + 1) / (b + 1));
        return new Estimate(n, mean, std, new Interval(percentile(means, 0.025), percentile(means, 0.975)),
                new Interval(percentile(means, 0.05), percentile(means, 0.95)), p, METHOD);
    }

    /** The method as the reports name it. */
    public static final String METHOD = "cluster bootstrap";

    /** splitmix64's output function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A draw in 0..n-1 from the top 31 bits of a 64-bit number. */
    static int index(long random, int n) { return (int) (((random >>> 33) * n) >>> 31); }

    /** The q percentile of sorted values (R's type 7: h = (B - 1) q, interpolate). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
