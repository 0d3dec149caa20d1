package nnlang.report;

/**
 * The mean of n numbers, their sample standard deviation and a 95% confidence interval for the
 * mean, summed in the order given (so the same numbers give bit-identical statistics).
 *
 * <p>std = sqrt(sum (x - mean)^2 / (n - 1)); the interval is mean +- t * std / sqrt(n), with t the
 * 0.975 quantile of Student's t with n - 1 degrees of freedom ({@link #t975}). With one number
 * the std and the interval are NaN; with none the mean is NaN too.
 *
 * @param n    how many numbers
 * @param mean their mean
 * @param std  their sample standard deviation (n - 1 in the denominator)
 * @param lo   mean - t * std / sqrt(n)
 * @param hi   mean + t * std / sqrt(n)
 */
public record Stats(int n, double mean, double std, double lo, double hi) {
    /** t_{0.975, df} for df = 1..30 (four decimals, from the standard tables). */
    private static final double[] T975 = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060,
        2.2622, 2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796,
        2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
    /** Further anchors beyond 30: df 40, 60, 120 and infinity (the normal quantile). */
    private static final int[] FAR_DF = {30, 40, 60, 120, Integer.MAX_VALUE};
    private static final double[] FAR_T = {2.0423, 2.0211, 2.0003, 1.9799, 1.9600};

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

    /**
     * The 0.975 quantile of Student's t with df degrees of freedom: exact to four decimals for
     * df = 1..30 (a table); beyond, linear interpolation in 1/df between the anchors 30, 40, 60,
     * 120 and infinity (1.96), which stays within about 0.001 of the true value.
     */
    public static double t975(int df) {
        if (df < 1) throw new IllegalArgumentException("degrees of freedom must be at least 1, not " + df);
        if (df <= 30) return T975[df - 1];
        int i = 1;
        while (df > FAR_DF[i]) i++;
        // t = t0 + (t1 - t0) * (1/df0 - 1/df) / (1/df0 - 1/df1), with 1/infinity = 0
        double u0 = 1.0 / FAR_DF[i - 1], u1 = FAR_DF[i] == Integer.MAX_VALUE ? 0 : 1.0 / FAR_DF[i], u = 1.0 / df;
        return FAR_T[i - 1] + (FAR_T[i] - FAR_T[i - 1]) * (u0 - u) / (u0 - u1);
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
