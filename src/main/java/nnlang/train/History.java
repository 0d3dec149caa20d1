package nnlang.train;

import java.util.Arrays;

/**
 * The course of a training, sampled at no more than ~1000 points: after {@code epochs[i]} epochs
 * the mean data loss over the training rows was {@code loss[i]} (nats, no l2 penalty) and H(Y|X)
 * on the training rows was {@code entropy[i]} bits. The first point is epoch 0 (the starting
 * weights), the last one the final weights.
 */
public record History(int[] epochs, double[] loss, double[] entropy) {
    public int size() { return epochs.length; }

    @Override public boolean equals(Object o) {
        return o instanceof History h && Arrays.equals(h.epochs, epochs) && Arrays.equals(h.loss, loss)
                && Arrays.equals(h.entropy, entropy);
    }

    @Override public int hashCode() { return Arrays.hashCode(epochs) * 31 + Arrays.hashCode(loss); }

    @Override public String toString() {
        if (epochs.length == 0) return "History[]";
        int last = epochs.length - 1;
        return "History[" + epochs.length + " points, epoch " + epochs[0] + " loss " + loss[0] + " entropy "
                + entropy[0] + " .. epoch " + epochs[last] + " loss " + loss[last] + " entropy " + entropy[last] + "]";
    }
}
