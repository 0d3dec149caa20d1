package nnlang.train;

import nnlang.model.Activation;

/**
 * SmallPass for a batch of trials of one net side by side: the same forward, output delta,
 * backward and l2 steps, on arrays laid out [element][lane] (LaneKernels), so that every lane
 * computes what SmallPass computes for its trial alone, step for step. Lanes differ only in
 * their numbers (weights, rows' inputs and targets); a lane that has stopped keeps being
 * computed, and its numbers are ignored.
 */
final class LanePass {
    private final int layers, rows, lanes;
    private final int[] fanIn, fanOut;
    private final boolean[] biasFirst;
    private final Activation[] f;
    private final Loss loss;
    private final boolean softmax;
    private final LaneKernels sums;
    /** Parameters and gradients, W row-major then b per layer, each [element][lane]. */
    final double[][] w, b, gw, gb;
    /** Where a grouped layer's weights exist (row-major over W), or null when all do. */
    private final boolean[][] mask;
    /** Node-major work arrays: z[l][(j * rows + r) * lanes + v]. */
    private final double[][] z, a, d;
    /** The batch's inputs and targets, node-major, [element][lane]. */
    final double[] xt, tt;
    private final double[] rowIn, rowOut;

    LanePass(int[] fanIn, int[] fanOut, Activation[] f, boolean[][] mask, Loss loss, boolean softmax, int rows,
             int lanes, LaneKernels sums) {
        this.layers = fanIn.length;
        this.rows = rows;
        this.lanes = lanes;
        this.fanIn = fanIn;
        this.fanOut = fanOut;
        this.f = f;
        this.mask = mask;
        this.loss = loss;
        this.softmax = softmax;
        this.sums = sums;
        biasFirst = new boolean[layers];
        w = new double[layers][];
        b = new double[layers][];
        gw = new double[layers][];
        gb = new double[layers][];
        z = new double[layers][];
        a = new double[layers][];
        d = new double[layers][];
        for (int l = 0; l < layers; l++) {
            biasFirst[l] = fanIn[l] * fanOut[l] <= Products.SMALL;
            w[l] = new double[fanIn[l] * fanOut[l] * lanes];
            gw[l] = new double[w[l].length];
            b[l] = new double[fanOut[l] * lanes];
            gb[l] = new double[b[l].length];
            z[l] = new double[fanOut[l] * rows * lanes];
            a[l] = new double[z[l].length];
            d[l] = new double[z[l].length];
        }
        int out = fanOut[layers - 1];
        xt = new double[fanIn[0] * rows * lanes];
        tt = new double[out * rows * lanes];
        rowIn = new double[out];
        rowOut = new double[out];
    }

    /** The parameters in the optimiser's order: W then b, layer by layer. */
    double[][] parameters() { return interleave(w, b); }

    /** The gradients in the order of {@link #parameters()}. */
    double[][] gradients() { return interleave(gw, gb); }

    private static double[][] interleave(double[][] x, double[][] y) {
        double[][] p = new double[2 * x.length][];
        for (int l = 0; l < x.length; l++) {
            p[2 * l] = x[l];
            p[2 * l + 1] = y[l];
        }
        return p;
    }

    /** The output activations, [(j * rows + r) * lanes + v]. */
    double[] out() { return a[layers - 1]; }

    /** Forward, then the gradients of the mean data loss plus (l2 / 2) sum W^2 (SmallPass.run). */
    void run(double l2) {
        forward();
        outputDelta();
        for (int l = layers - 1; l >= 0; l--) {
            backward(l);
            // dW += l2 W
            if (l2 != 0) {
                double[] g = gw[l], wl = w[l];
                for (int k = 0; k < g.length; k++) g[k] += l2 * wl[k];
            }
        }
        // the weights that do not exist get no gradient (Backprop.maskGradients)
        for (int l = 0; l < layers; l++) {
            boolean[] m = mask[l];
            if (m == null) continue;
            double[] g = gw[l];
            for (int k = 0; k < m.length; k++) {
                if (!m[k]) java.util.Arrays.fill(g, k * lanes, (k + 1) * lanes, 0.0);
            }
        }
    }

    /** z = a W + b, a = f(z), layer by layer (softmax row by row, as SmallPass). */
    void forward() {
        double[] in = xt;
        for (int l = 0; l < layers; l++) {
            sums.forward(fanIn[l], fanOut[l], rows, lanes, biasFirst[l], in, w[l], b[l], z[l]);
            if (f[l] == Activation.SOFTMAX) {
                softmax(l);
            } else if (f[l] == Activation.LINEAR) {
                System.arraycopy(z[l], 0, a[l], 0, z[l].length);
            } else {
                Products.KERNELS.apply(f[l], z[l], a[l], z[l].length);
            }
            in = a[l];
        }
    }

    private void softmax(int l) {
        int m = fanOut[l], rl = rows * lanes;
        double[] zl = z[l], al = a[l];
        for (int e = 0; e < rl; e++) {
            for (int j = 0; j < m; j++) rowIn[j] = zl[j * rl + e];
            Activation.softmax(rowIn, rowOut, 0, m);
            for (int j = 0; j < m; j++) al[j * rl + e] = rowOut[j];
        }
    }

    /** dZ of the output layer for the mean loss over the rows (SmallPass.outputDelta). */
    private void outputDelta() {
        int last = layers - 1, m = fanOut[last], rl = rows * lanes, n = m * rl;
        OutputDelta.of(loss, softmax, a[last], tt, d[last], n, rl, 1.0 / rows);
    }

    /** dW, db of layer l from its dZ and the layer below's a; then dZ of the layer below. */
    private void backward(int l) {
        int n = fanIn[l], m = fanOut[l];
        sums.gradients(n, m, rows, lanes, l == 0 ? xt : a[l - 1], d[l], gw[l], gb[l]);
        if (l == 0) return;
        // dA_prev = dZ W^T, then dZ_prev = dA_prev * f'(z_prev)
        sums.backAndSlope(n, m, rows, lanes, d[l], w[l], f[l - 1], z[l - 1], a[l - 1], d[l - 1]);
    }
}
