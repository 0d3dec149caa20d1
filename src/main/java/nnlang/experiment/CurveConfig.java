package nnlang.experiment;

import java.util.List;
import nnlang.train.TrainConfig;

/**
 * The options of a curve statement: a compare at each K.
 *
 * @param rows   the K's, ascending, each from 1 to |X| - 1 (a curve is about held-out rows)
 * @param trials T, trials per K (at least 1); trial t draws the same seed at every K, and its K
 *               rows are the first K of one shuffle, so a smaller K's rows are among a larger K's
 * @param train  the train options of every training (base seed; rows must be null)
 * @param margin the equivalence margin M
 */
public record CurveConfig(List<Integer> rows, int trials, TrainConfig train, double margin) {
    public CurveConfig {
        rows = List.copyOf(rows);
    }

    /** The compare this curve runs at K. */
    public CompareConfig at(int k) { return new CompareConfig(k, trials, train, margin); }
}
