package nnlang.run;

import java.util.ArrayList;
import java.util.List;

/** What {@code expect} can measure: the one list for the checks, the messages and completion. */
public final class Measures {
    /** Measures of the net as it is now. */
    public static final List<String> OF_NET = List.of("accuracy", "entropy", "cross_entropy", "floor", "determined");
    /** Measures of the last compare that ran the net on the table. */
    public static final List<String> OF_COMPARE = List.of("fit_rate", "heldout_accuracy", "heldout_entropy",
            "mean_accuracy", "mean_entropy", "mean_idle");
    public static final List<String> ALL = all();

    private Measures() {}

    private static List<String> all() {
        List<String> all = new ArrayList<>(OF_NET);
        all.addAll(OF_COMPARE);
        return List.copyOf(all);
    }
}
