package nnlang.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nnlang.train.StopReason;

/**
 * One trial of a comparison: its seed, the rows every net trained on, and how each net did.
 *
 * @param index    the trial's number, from 0
 * @param seed     the seed of every training in this trial (type it as {@code seed N} to redo one)
 * @param rows     the training rows' input states, in table order; the other rows are held out
 * @param outcomes one per net, in the order the nets were given
 */
public record TrialResult(int index, long seed, List<String> rows, List<Outcome> outcomes) implements java.io.Serializable {
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
     * @param heldoutCe        CE - floor on the held-out rows: the mean over them of
     *                         CE(x) - log2 |S(x)|, bits (0 for a net that puts all its mass on the
     *                         targets, +infinity when a target has p = 0)
     * @param predictions      the most probable y (its index in the output space, -1 on a tie) on
     *                         each held-out row in table order: two nets with equal arrays made
     *                         the same predictions, not only as many right ones
     */
    public record Outcome(int epochs, StopReason reason, double trainAccuracy, double trainEntropy,
                          double heldoutAccuracy, double heldoutEntropy, double accuracy, double entropy, int idle,
                          double heldoutCe, int[] predictions) implements java.io.Serializable {
        public Outcome {
            predictions = predictions.clone();
        }

        /** True when the net fits its training rows: every training row's most probable y is a target. */
        public boolean fit() { return trainAccuracy == 1; }

        /** True when the other outcome made the same prediction on every held-out row. */
        public boolean samePredictions(Outcome other) { return Arrays.equals(predictions, other.predictions); }

        @Override public int[] predictions() { return predictions.clone(); }

        @Override public boolean equals(Object o) {
            return o instanceof Outcome x && epochs == x.epochs && reason == x.reason
                    && Double.compare(trainAccuracy, x.trainAccuracy) == 0
                    && Double.compare(trainEntropy, x.trainEntropy) == 0
                    && Double.compare(heldoutAccuracy, x.heldoutAccuracy) == 0
                    && Double.compare(heldoutEntropy, x.heldoutEntropy) == 0
                    && Double.compare(accuracy, x.accuracy) == 0 && Double.compare(entropy, x.entropy) == 0
                    && idle == x.idle && Double.compare(heldoutCe, x.heldoutCe) == 0
                    && Arrays.equals(predictions, x.predictions);
        }

        @Override public int hashCode() {
            return Objects.hash(epochs, reason, trainAccuracy, heldoutAccuracy, accuracy, heldoutCe)
                    * 31 + Arrays.hashCode(predictions);
        }

        @Override public String toString() {
            return "Outcome[epochs=" + epochs + ", reason=" + reason + ", trainAccuracy=" + trainAccuracy
                    + ", heldoutAccuracy=" + heldoutAccuracy + ", heldoutCe=" + heldoutCe + ", predictions="
                    + Arrays.toString(predictions) + "]";
        }
    }
}
