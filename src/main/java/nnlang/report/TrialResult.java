package nnlang.report;

import java.util.List;
import nnlang.train.StopReason;

/**
 * One trial of a comparison: its seed, the rows every net trained on, and how each net did.
 *
 * @param index    the trial's number, from 0
 * @param seed     the seed of every training in this trial (type it as {@code seed N} to redo one)
 * @param rows     the training rows' input states, in table order; the other rows are held out
 * @param outcomes one per net, in the order the nets were given
 */
public record TrialResult(int index, long seed, List<String> rows, List<Outcome> outcomes) {
    public TrialResult {
        rows = List.copyOf(rows);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * How one net did in one trial. Accuracies are shares of rows, entropies H(Y|X) in bits
     * (DESIGN.md section 2); the held-out ones are NaN when the trial holds no row out.
     *
     * @param epochs           the epochs that ran
     * @param reason           why the training stopped
     * @param trainAccuracy    accuracy on the training rows
     * @param trainEntropy     H(Y|X) on the training rows
     * @param heldoutAccuracy  accuracy on the held-out rows
     * @param heldoutEntropy   H(Y|X) on the held-out rows
     * @param accuracy         accuracy on all rows
     * @param entropy          H(Y|X) on all rows
     * @param idle             idle hidden nodes after training (the hidden report's rule, on all rows)
     */
    public record Outcome(int epochs, StopReason reason, double trainAccuracy, double trainEntropy,
                          double heldoutAccuracy, double heldoutEntropy, double accuracy, double entropy, int idle) {
        /** True when the net fits its training rows: every training row's most probable y is a target. */
        public boolean fit() { return trainAccuracy == 1; }
    }
}
