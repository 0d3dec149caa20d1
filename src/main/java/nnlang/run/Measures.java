package nnlang.run;

import java.util.ArrayList;
import java.util.List;

/** What {@code expect} can measure: the one list for the checks, the messages and completion. */
public final class Measures {
    /** Measures of the net as it is now. */
    public static final List<String> OF_NET = List.of("accuracy", "entropy", "cross_entropy", "floor", "determined");
    /** Measures of the last compare that ran the net on the table. */
    public static final List<String> OF_COMPARE = List.of("fit_rate", "heldout_accuracy", "heldout_entropy",
            "mean_accuracy", "mean_entropy", "mean_idle", "heldout_ce");
    /** Measures of one net in the last curve, at a K: {@code expect heldout_accuracy of A on T at 64 >= 0.9}. */
    public static final List<String> OF_CURVE = List.of("fit_rate", "heldout_accuracy", "heldout_ce", "epochs");
    /**
     * Measures of the first two nets of the last curve: at a K ({@code difference}, {@code both_fit_difference},
     * {@code p_holm}) or over all K's ({@code auc_difference}): {@code expect auc_difference of A, B on T > 0}.
     */
    public static final List<String> OF_CURVE_PAIR = List.of("auc_difference", "difference", "both_fit_difference",
            "p_holm");
    public static final List<String> ALL = all();

    private Measures() {}

    private static List<String> all() {
        List<String> all = new ArrayList<>(OF_NET);
        for (String m : OF_COMPARE) if (!all.contains(m)) all.add(m);
        for (String m : OF_CURVE) if (!all.contains(m)) all.add(m);
        all.addAll(OF_CURVE_PAIR);
        return List.copyOf(all);
    }
}
