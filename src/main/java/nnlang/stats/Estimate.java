package nnlang.stats;

/**
 * A mean with its 95% and 90% intervals and the two-sided p-value of "the mean is 0".
 *
 * <p>From numbers that are independent draws ({@link #student}): the intervals are
 * mean +- t_q(n - 1) * std / sqrt(n) with the exact quantile of Student's t (q = 0.975 and 0.95),
 * and p = P(|T| >= |mean| / (std / sqrt(n))) with n - 1 degrees of freedom. From a grid of
 * clusters ({@link ClusterBootstrap}): percentile intervals and a bootstrap p.
 *
 * <p>With one number there is no interval (NaN ends, p NaN); with none the mean is NaN too. When
 * every number is the same the std is 0, both intervals are that one point and p is 1 if it is 0,
 * else 0.
 *
 * @param n      how many numbers (cells of the grid for a bootstrap)
 * @param mean   their mean, summed in the order given
 * @param std    their sample standard deviation (n - 1 in the denominator)
 * @param ci95   the 95% interval of the mean
 * @param ci90   the 90% interval of the mean (the one TOST at alpha 0.05 reads)
 * @param p      the two-sided p-value of mean = 0
 * @param method "t" or "cluster bootstrap"
 */
public record Estimate(int n, double mean, double std, Interval ci95, Interval ci90, double p, String method) {
    public static final Estimate EMPTY = new Estimate(0, Double.NaN, Double.NaN, Interval.NONE, Interval.NONE,
            Double.NaN, "t");

    /** The estimate of xs[0..n-1] as independent draws: Student t. */
    public static Estimate student(double[] xs, int n) {
        if (n == 0) return EMPTY;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += xs[i];
        double mean = sum / n;
        if (n == 1) return new Estimate(1, mean, Double.NaN, Interval.NONE, Interval.NONE, Double.NaN, "t");
        // std = sqrt(sum (x - mean)^2 / (n - 1))
        double ss = 0;
        for (int i = 0; i < n; i++) ss += (xs[i] - mean) * (xs[i] - mean);
        double std = Math.sqrt(ss / (n - 1)), se = std / Math.sqrt(n);
        int df = n - 1;
        // t * std / sqrt(n) in this order, as Stats computes it: the same numbers, bit for bit
        double h95 = StudentT.quantile(0.975, df) * std / Math.sqrt(n), h90 = StudentT.quantile(0.95, df) * std / Math.sqrt(n);
        double p = se == 0 ? (mean == 0 ? 1 : 0) : StudentT.twoSided(mean / se, df);
        return new Estimate(n, mean, std, new Interval(mean - h95, mean + h95), new Interval(mean - h90, mean + h90),
                p, "t");
    }

    /** All of xs, as independent draws. */
    public static Estimate student(double[] xs) { return student(xs, xs.length); }

    /** True when there is a 95% interval. */
    public boolean hasInterval() { return ci95.exists(); }
}
