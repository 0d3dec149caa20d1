package nnlang.stats;

/**
 * A closed interval [lo, hi]; NaN ends when there is none (too few numbers).
 *
 * @param lo the lower end
 * @param hi the upper end
 */
public record Interval(double lo, double hi) {
    /** No interval: both ends NaN. */
    public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    /** True when both ends are finite numbers. */
    public boolean exists() { return Double.isFinite(lo) && Double.isFinite(hi); }

    /** True when the interval lies wholly above or wholly below 0. */
    public boolean excludesZero() { return exists() && (lo > 0 || hi < 0); }

    /** True when the interval lies strictly inside (-margin, +margin). */
    public boolean within(double margin) { return exists() && lo > -margin && hi < margin; }

    /** Half the width. */
    public double half() { return (hi - lo) / 2; }

    @Override public String toString() { return exists() ? "[" + lo + ", " + hi + "]" : "[none]"; }
}
