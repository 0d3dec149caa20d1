package nnlang.experiment;

import nnlang.stats.Verdict;
import nnlang.train.TrainConfig;

/**
 * The options of a compare statement.
 *
 * @param rows   K, the training rows drawn per trial (1 to the table's row count); the other rows
 *               are held out
 * @param trials N, the number of trials (at least 1)
 * @param train  the train options of every training: its seed is the base seed from which every
 *               trial's seed and rows are drawn; its rows must be null (each trial draws its own);
 *               its every and continue options are ignored (no progress lines, always a fresh start)
 * @param margin M of {@code equivalence M}: "no difference" only when the 90% interval of the
 *               paired held-out accuracy difference lies inside (-M, +M)
 */
public record CompareConfig(int rows, int trials, TrainConfig train, double margin) {
    /** With the default equivalence margin, {@link Verdict#DEFAULT_MARGIN}. */
    public CompareConfig(int rows, int trials, TrainConfig train) { this(rows, trials, train, Verdict.DEFAULT_MARGIN); }
}
