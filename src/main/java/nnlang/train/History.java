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

    /**
     * This history followed by {@code next}, a training that continued from this one's last
     * weights: next's epochs are counted on from this one's last epoch, and its first point (the
     * same weights as this one's last) is left out.
     */
    public History then(History next) {
        if (epochs.length == 0) return next;
        int skip = next.size() > 0 && next.epochs[0] == 0 ? 1 : 0;
        int n = epochs.length, m = next.size() - skip, offset = epochs[n - 1];
        int[] e = Arrays.copyOf(epochs, n + m);
        double[] l = Arrays.copyOf(loss, n + m), h = Arrays.copyOf(entropy, n + m);
        for (int i = 0; i < m; i++) {
            e[n + i] = offset + next.epochs[skip + i];
            l[n + i] = next.loss[skip + i];
            h[n + i] = next.entropy[skip + i];
        }
        return new History(e, l, h);
    }

    /** The loss at the first point at or after epoch {@code epoch}, or the last loss; NaN when empty. */
    public double lossAt(int epoch) {
        for (int i = 0; i < epochs.length; i++) if (epochs[i] >= epoch) return loss[i];
        return epochs.length == 0 ? Double.NaN : loss[epochs.length - 1];
    }

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
