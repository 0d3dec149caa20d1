package nnlang.stats;

/**
 * The Wilson score interval for a rate k/n (Wilson 1927; Newcombe 1998, method 3): the values of p
 * that a two-sided z test at level 1 - alpha would not reject,
 *
 * <pre>
 *   centre = (k + z^2/2) / (n + z^2)
 *   half   = z / (n + z^2) * sqrt(k (n - k) / n + z^2 / 4)
 * </pre>
 *
 * <p>Unlike the Wald interval p +- z sqrt(p(1-p)/n) it never leaves [0, 1] and is not empty at
 * k = 0 or k = n (0 fits out of 200 still says the rate is below about 0.019).
 */
public final class Wilson {
    /** z = the 0.975 quantile of the standard normal: a 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {}

    /** The 95% interval of k successes in n trials; NONE when n is 0. */
    public static Interval interval95(long k, long n) { return interval(k, n, Z95); }

    /** The interval of k successes in n trials for the normal quantile z. */
    public static Interval interval(long k, long n, double z) {
        if (k < 0 || k > n) throw new IllegalArgumentException("k must be from 0 to n, not " + k + " of " + n);
        if (n == 0) return Interval.NONE;
        double z2 = z * z;
        double centre = (k + z2 / 2) / (n + z2);
        double half = z / (n + z2) * Math.sqrt((double) k * (n - k) / n + z2 / 4);
        // exact ends at k = 0 and k = n (round-off would put them a hair off 0 and 1)
        return new Interval(k == 0 ? 0 : centre - half, k == n ? 1 : centre + half);
    }
}
