package nnlang.train;

/**
 * How a training ended.
 *
 * @param epochsRun the epochs whose update was applied (and kept)
 * @param reason    why it stopped
 * @param loss      mean data loss of the final weights over the training rows, in nats (no l2 penalty)
 * @param entropy   H(Y|X) of the final weights in bits, mean over the training rows
 * @param nanos     wall time of the whole training
 * @param history   the sampled course of loss and entropy
 * @param measured  false only when a stop (Ctrl-C, a timeout) came during a long training's final
 *                  measure and cut it: the weights are kept (after epochsRun epochs), loss and
 *                  entropy are NaN
 */
public record TrainResult(int epochsRun, StopReason reason, double loss, double entropy, long nanos,
                          History history, boolean measured) {
    /** A training whose final weights were measured. */
    public TrainResult(int epochsRun, StopReason reason, double loss, double entropy, long nanos, History history) {
        this(epochsRun, reason, loss, entropy, nanos, history, true);
    }

    @Override public String toString() {
        return reason.words() + " after " + epochsRun + " epochs: loss " + loss + ", H(Y|X) " + entropy + " bits";
    }
}
