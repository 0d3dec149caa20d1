package nnlang.stats;

/**
 * What a paired difference of held-out accuracy (first net minus second) says, with an
 * equivalence margin M (two one-sided tests, Schuirmann 1987):
 *
 * <ul>
 * <li>{@link #IDENTICAL}: both nets made the same prediction on every held-out row of every
 *     trial, so every difference is exactly 0; said as it is, with no interval to read.
 * <li>{@link #BETTER} / {@link #WORSE}: the 95% interval lies wholly above / below 0.
 * <li>{@link #NO_DIFFERENCE}: the 95% interval holds 0 and the 90% interval lies inside (-M, +M).
 *     TOST at alpha 0.05 rejects "the difference is at least M either way" exactly when the 90%
 *     interval (1 - 2 alpha) lies inside the margins.
 * <li>{@link #INCONCLUSIVE}: neither: the trials cannot tell a difference from none.
 * </ul>
 */
public enum Verdict {
    IDENTICAL("identical"), BETTER("better"), WORSE("worse"), NO_DIFFERENCE("no difference"),
    INCONCLUSIVE("inconclusive");

    /** The equivalence margin when none is given: 2 points of accuracy. */
    public static final double DEFAULT_MARGIN = 0.02;

    private final String word;

    Verdict(String word) { this.word = word; }

    /** As the reports write it. */
    public String word() { return word; }

    /** The verdict on a difference; null when there is no interval and the predictions differ. */
    public static Verdict of(Estimate d, double margin, boolean identical) {
        if (identical) return IDENTICAL;
        if (!d.hasInterval()) return null;
        if (d.ci95().lo() > 0) return BETTER;
        if (d.ci95().hi() < 0) return WORSE;
        return d.ci90().within(margin) ? NO_DIFFERENCE : INCONCLUSIVE;
    }
}
