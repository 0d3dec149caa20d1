package nnlang.train;

/**
 * dZ of the output layer for the mean loss over the rows, for the layouts of {@link SmallPass}
 * ([node][row]) and {@link LanePass} ([node][row][lane]): the same operations in the same order
 * on either, so a lane gets the bits of its training alone (as Backprop.outputDelta).
 */
final class OutputDelta {
    private OutputDelta() {}

    /**
     * Writes dZ into d from the outputs a and targets t, n = nodes x stride elements, where
     * stride is the elements of one node (rows, or rows x lanes) and invN is 1 / rows.
     */
    static void of(Loss loss, boolean softmax, double[] a, double[] t, double[] d, int n, int stride, double invN) {
        if (loss.isCrossEntropy()) {
            // dZ = (A - T) / N: sigmoid with bce, softmax with ce
            for (int k = 0; k < n; k++) d[k] = (a[k] - t[k]) * invN;
        } else if (!softmax) {
            // dA = (A - T) / N, dZ = dA * a (1 - a)
            for (int k = 0; k < n; k++) d[k] = (a[k] - t[k]) * invN * a[k] * (1 - a[k]);
        } else {
            // dA = (A - T) / N, dz_j = a_j (dA_j - sum_k dA_k a_k) (the softmax Jacobian), per row (and lane)
            for (int e = 0; e < stride; e++) {
                double dot = 0;
                for (int k = e; k < n; k += stride) dot += (a[k] - t[k]) * invN * a[k];
                for (int k = e; k < n; k += stride) d[k] = a[k] * ((a[k] - t[k]) * invN - dot);
            }
        }
    }
}
