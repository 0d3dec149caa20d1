package nnlang.train;

/**
 * One progress line of a training.
 *
 * @param epoch        epochs done: the metrics are those of the weights after this many epochs
 * @param epochs       epochs asked for
 * @param loss         mean data loss over the training rows, in nats (no l2 penalty)
 * @param entropy      H(Y|X) in bits, mean over the training rows
 * @param elapsedNanos time since the training started
 */
public record Progress(int epoch, int epochs, double loss, double entropy, long elapsedNanos) {}
