package nnlang.report;

import nnlang.stats.StudentT;

/**
 * The mean of n numbers, their sample standard deviation and a 95% confidence interval for the
 * mean, summed in the order given (so the same numbers give bit-identical statistics).
 *
 * <p>std = sqrt(sum (x - mean)^2 / (n - 1)); the interval is mean +- t * std / sqrt(n), with t the
 * 0.975 quantile of Student's t with n - 1 degrees of freedom ({@link #t975}, exact). With one number
 * the std and the interval are NaN; with none the mean is NaN too.
 *
 * @param n    how many numbers
 * @param mean their mean
 * @param std  their sample standard deviation (n - 1 in the denominator)
 * @param lo   mean - t * std / sqrt(n)
 * @param hi   mean + t * std / sqrt(n)
 */
public record Stats(int n, double mean, double std, double lo, double hi) {
    /** The statistics of xs[0..n-1]. */
    public static Stats of(double[] xs, int n) {
        if (n == 0) return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double sum = 0;
        for (int i = 0; i < n; i++) sum += xs[i];
        double mean = sum / n;
        if (n == 1) return new Stats(1, mean, Double.NaN, Double.NaN, Double.NaN);
        // std = sqrt(sum (x - mean)^2 / (n - 1))
        double ss = 0;
        for (int i = 0; i < n; i++) ss += (xs[i] - mean) * (xs[i] - mean);
        double std = Math.sqrt(ss / (n - 1));
        double half = t975(n - 1) * std / Math.sqrt(n);
        return new Stats(n, mean, std, mean - half, mean + half);
    }

    /** The 0.975 quantile of Student's t with df degrees of freedom, exact ({@link StudentT#quantile}). */
    public static double t975(int df) {
        if (df < 1) throw new IllegalArgumentException("degrees of freedom must be at least 1, not " + df);
        return StudentT.quantile(0.975, df);
    }

    /** True when there is an interval (at least two numbers, all finite). */
    public boolean hasInterval() { return Double.isFinite(lo) && Double.isFinite(hi); }

    /** Half the width of the interval: t * std / sqrt(n). */
    public double half() { return (hi - lo) / 2; }

    @Override public String toString() {
        return hasInterval() ? mean + " (std " + std + ", 95% CI " + lo + " to " + hi + ", n " + n + ")"
                : mean + " (n " + n + ")";
    }
}
