package nnlang.report;

import nnlang.train.StopReason;

/**
 * One line of advice after a training that ends in a known trap, or none: a pure function of
 * how the training went. The traps, checked in this order:
 * <ul>
 * <li>the loss is clamped: some target has p(y|x) at or below e^-100, where the loss's logs are
 *     clamped (lr far too large);
 * <li>saturated and confidently wrong: H(Y|X) is near the floor, yet rows are wrong (lr too large);
 * <li>no progress: the loss barely moved from its start (lr too small, or too few epochs);
 * <li>no hidden layer, and rows tied or wrong with the loss all but flat over the second half: the
 *     net's output is linear in its inputs, so a relation that no line splits (XOR) stays unsolved;
 * <li>stuck above the floor: rows tied or wrong, others determined, and the loss all but flat
 *     (under 5% removed) over the second half of the training (a local minimum: the seed matters; a plateau where no row is
 *     determined yet is left alone, since more epochs often leave it).
 * </ul>
 * The last two need 100 epochs at least (fewer are a quick try). A training that reached its
 * until condition, or diverged (which says so itself), gets none, and
 * so does a net whose every row ties (no seed helps there: the net cannot tell the rows apart).
 */
public final class Advice {
    /** p(y|x) at or below e^-100 gives a clamped log: -log2 p is then at least 100 / ln 2 bits. */
    static final double CLAMPED_BITS = 100 / Math.log(2) - 1e-9;
    /** Bits above the floor that count as "near the floor" (sure) and as "above the floor" (unsure). */
    static final double NEAR = 0.05;
    /** A relative change of the loss below this is no change. */
    static final double FLAT = 0.01;
    /**
     * Less than this share of the loss removed over the second half is a local minimum's creep:
     * XOR's, at the default seed, still takes 3% in epochs 500 to 1000, and stays there for 100
     * million epochs.
     */
    static final double CREEPING = 0.05;
    /** Fewer epochs than this are a quick try, not a training that failed to move (no advice on progress). */
    static final int TRIED = 100;

    /**
     * What the advice is read from.
     *
     * @param reason      why the training stopped
     * @param lr          its learning rate
     * @param epochs      the epochs that ran
     * @param lossAtStart the data loss of the starting weights (nats)
     * @param lossAtHalf  the data loss halfway through (nats)
     * @param loss        the data loss at the end (nats)
     * @param after       the relations of the trained net on its training rows
     * @param hiddenLayers how many hidden layers the net has (0: its output is linear in its inputs)
     */
    public record Facts(StopReason reason, double lr, int epochs, double lossAtStart, double lossAtHalf, double loss,
                        RelationsReport after, int hiddenLayers) {
        /** The facts of a net with a hidden layer. */
        public Facts(StopReason reason, double lr, int epochs, double lossAtStart, double lossAtHalf, double loss,
                     RelationsReport after) {
            this(reason, lr, epochs, lossAtStart, lossAtHalf, loss, after, 1);
        }
    }

    private Advice() {}

    /** The advice line for a training, or null when it ended in none of the known traps. */
    public static String of(Facts f) {
        if (f.reason() == StopReason.UNTIL || f.reason() == StopReason.DIVERGED || f.epochs() == 0) return null;
        RelationsReport a = f.after();
        int rows = a.rows().size(), wrong = rows - a.correct();
        if (rows == 0) return null;
        if (f.hiddenLayers() == 0 && wrong > 0 && a.entropy() - a.floor() >= NEAR && f.epochs() >= TRIED
                && flat(f.lossAtHalf(), f.loss(), CREEPING)) {
            return "a net with no hidden layer splits its inputs by one line (a plane); rows that no line splits,"
                    + " as XOR's, stay tied or wrong whatever the seed or lr: add a hidden layer, e.g. -> 2 tanh ->";
        }
        if (a.ties() == rows) return null;
        String lr = written(f.lr());
        String smaller = written(f.lr() > 1 ? 1 : f.lr() / 10);
        if (clamped(a)) {
            return "the loss is clamped at the log floor (a target's p hit 0): lr " + lr + " is far too large; "
                    + "try lr " + smaller;
        }
        if (wrong > a.ties() && a.entropy() - a.floor() < NEAR) {
            return "sure and wrong on " + (wrong - a.ties()) + " of " + rows + " rows (saturated): lr " + lr
                    + " is too large; try lr " + smaller;
        }
        if (a.entropy() - a.floor() < NEAR || f.epochs() < TRIED) return null;
        if (flat(f.lossAtStart(), f.loss(), FLAT)) {
            return "the loss barely moved (" + Fmt.f4(f.lossAtStart()) + " to " + Fmt.f4(f.loss()) + "): lr " + lr
                    + " is too small or " + f.epochs() + " epochs too few; try a larger lr";
        }
        if (wrong > 0 && a.determinedRows() > 0 && flat(f.lossAtHalf(), f.loss(), CREEPING)) {
            return "stuck above the floor, " + Fmt.plural(wrong, "row") + " tied or wrong (a local minimum): "
                    + "try another seed or compare over seeds";
        }
        return null;
    }

    /** A number as a person writes it: 0.5, 100, 1e-06 as 1e-6, 1e300. */
    static String written(double v) {
        String plain = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        if (plain.length() <= 7) return plain;
        return String.format(java.util.Locale.ROOT, "%.3g", v).replace("e+", "e").replaceAll("\\.?0+e", "e")
                .replaceAll("e(-?)0+(\\d)", "e$1$2");
    }

    /** A target of some row has p(y|x) so small that the loss's log is clamped. */
    private static boolean clamped(RelationsReport a) {
        for (RelationsReport.Row r : a.rows()) if (!(r.crossEntropy() < CLAMPED_BITS)) return true;
        return false;
    }

    /** The loss went from {@code from} to {@code to} with less than that share of it removed. */
    private static boolean flat(double from, double to, double share) {
        return Double.isFinite(from) && Double.isFinite(to) && from - to < share * from;
    }
}
