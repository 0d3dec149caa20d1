package nnlang.train;

import nnlang.model.Activation;

/**
 * The whole training step of a small net (every weight matrix at most {@link Backprop#FUSED}
 * elements) in one pass over node-major arrays: a layer's z, a and dZ hold one run of all
 * the batch's rows per node, so every inner loop runs over the rows (4 for xor, 8 for
 * parity(3)) instead of over 1, 2 or 3 nodes. On tiny nets loop and call overhead, not
 * arithmetic, is the cost: this runs about 30 loops per epoch on 2-2-1 where row-major
 * matrix calls run about 80, each of 1 or 2 steps.
 *
 * <p>Each sum keeps the order of the row-major products (Products): z = b + sum over inputs in
 * input order (or the sum, then b, for matrices above Products.SMALL), dW and db summed over the
 * rows in row order from 0, dA over the nodes in node order, each step a Math.fma as there. So
 * both passes give the same bits.
 */
final class SmallPass {
    private final int layers, cap;
    private final int[] fanIn, fanOut;
    private final boolean[] biasFirst;
    private final Activation[] f;
    private final Loss loss;
    private final boolean softmax;
    /** Parameters and gradients: the row-major arrays the optimiser works on. */
    private final double[][] w, b, gw, gb;
    /** Node-major work arrays: z[l][j * rows + r] is node j of layer l on row r. */
    private final double[][] z, a, d;
    /** The batch's inputs and targets, node-major; xt holds X's until another batch comes. */
    private final double[] xt, tt, rowIn, rowOut;
    private Object transposed;

    SmallPass(int[] fanIn, int[] fanOut, Activation[] f, Loss loss, boolean softmax, double[][] w, double[][] b,
              double[][] gw, double[][] gb, int cap) {
        this.layers = fanIn.length;
        this.cap = cap;
        this.fanIn = fanIn;
        this.fanOut = fanOut;
        this.f = f;
        this.loss = loss;
        this.softmax = softmax;
        this.w = w;
        this.b = b;
        this.gw = gw;
        this.gb = gb;
        this.biasFirst = new boolean[layers];
        this.z = new double[layers][];
        this.a = new double[layers][];
        this.d = new double[layers][];
        for (int l = 0; l < layers; l++) {
            biasFirst[l] = fanIn[l] * fanOut[l] <= Products.SMALL;
            z[l] = new double[fanOut[l] * cap];
            a[l] = new double[fanOut[l] * cap];
            d[l] = new double[fanOut[l] * cap];
        }
        int out = fanOut[layers - 1];
        this.xt = new double[fanIn[0] * cap];
        this.tt = new double[out * cap];
        this.rowIn = new double[out];
        this.rowOut = new double[out];
    }

    /**
     * Forward over the rows of x (row-major, rows x inputs) with targets t, then the gradients
     * of the mean data loss plus (l2 / 2) sum W^2 into gw and gb; the output activations go to
     * out, row-major (rows x output nodes), for the loss and entropy.
     */
    void run(double[] x, double[] t, int rows, double l2, double[] out, Object batch) {
        int last = layers - 1, m = fanOut[last];
        // X and T node-major: once for the full batch, every time for a gathered mini-batch
        if (batch == null || batch != transposed) {
            transpose(x, rows, fanIn[0], xt);
            transpose(t, rows, m, tt);
            transposed = batch;
        }
        double[] in = xt;
        for (int l = 0; l <= last; l++) {
            forward(l, in, rows);
            in = a[l];
        }
        transpose(a[last], m, rows, out);
        outputDelta(rows);
        for (int l = last; l >= 0; l--) {
            backward(l, l == 0 ? xt : a[l - 1], rows);
            // dW += l2 W
            if (l2 != 0) {
                double[] g = gw[l], wl = w[l];
                for (int k = 0; k < g.length; k++) g[k] += l2 * wl[k];
            }
        }
    }

    // dst (cols x rows) = src^T, src rows x cols
    private static void transpose(double[] src, int rows, int cols, double[] dst) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) dst[j * rows + r] = src[r * cols + j];
        }
    }

    /**
     * z = a W + b, a = f(z) for layer l: one node at a time, four rows at a time in registers
     * (each row's z is still b, then the inputs in order).
     */
    private void forward(int l, double[] in, int rows) {
        int n = fanIn[l], m = fanOut[l];
        double[] wl = w[l], bl = b[l], zl = z[l], al = a[l];
        boolean first = biasFirst[l];
        Activation fl = f[l];
        // softmax is applied below, row by row; until then each a is its z
        Activation fe = fl == Activation.SOFTMAX ? Activation.LINEAR : fl;
        for (int j = 0; j < m; j++) {
            double bj = bl[j], z0 = first ? bj : 0;
            int r = 0;
            for (; r + 4 <= rows; r += 4) {
                double s0 = z0, s1 = z0, s2 = z0, s3 = z0;
                for (int i = 0, p = r; i < n; i++, p += rows) {
                    double wij = wl[i * m + j];
                    s0 = Math.fma(in[p], wij, s0);
                    s1 = Math.fma(in[p + 1], wij, s1);
                    s2 = Math.fma(in[p + 2], wij, s2);
                    s3 = Math.fma(in[p + 3], wij, s3);
                }
                if (!first) {
                    s0 += bj;
                    s1 += bj;
                    s2 += bj;
                    s3 += bj;
                }
                int o = j * rows + r;
                zl[o] = s0;
                zl[o + 1] = s1;
                zl[o + 2] = s2;
                zl[o + 3] = s3;
                al[o] = fe.apply(s0);
                al[o + 1] = fe.apply(s1);
                al[o + 2] = fe.apply(s2);
                al[o + 3] = fe.apply(s3);
            }
            for (; r < rows; r++) {
                double s0 = z0;
                for (int i = 0, p = r; i < n; i++, p += rows) s0 = Math.fma(in[p], wl[i * m + j], s0);
                if (!first) s0 += bj;
                zl[j * rows + r] = s0;
                al[j * rows + r] = fe.apply(s0);
            }
        }
        if (fl == Activation.SOFTMAX) {
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < m; j++) rowIn[j] = zl[j * rows + r];
                Activation.softmax(rowIn, rowOut, 0, m);
                for (int j = 0; j < m; j++) al[j * rows + r] = rowOut[j];
            }
        }
    }

    /** dZ of the output layer for the mean loss over the rows (as Backprop.outputDelta). */
    private void outputDelta(int rows) {
        int last = layers - 1, m = fanOut[last], n = m * rows;
        OutputDelta.of(loss, softmax, a[last], tt, d[last], n, rows, 1.0 / rows);
    }

    /** dW, db of layer l from its dZ and the layer below's a; then dZ of the layer below. */
    private void backward(int l, double[] in, int rows) {
        int n = fanIn[l], m = fanOut[l];
        double[] dl = d[l], gwl = gw[l], gbl = gb[l];
        // db = sum over rows of dZ, dW = a_prev^T dZ: each a sum over the rows in order, two
        // inputs (and the bias) per pass over a node's dZ
        for (int j = 0; j < m; j++) {
            int o = j * rows, i = 0;
            double sb = 0, s0 = 0, s1 = 0;
            if (n >= 2) {
                for (int r = 0; r < rows; r++) {
                    double dv = dl[o + r];
                    sb += dv;
                    s0 = Math.fma(in[r], dv, s0);
                    s1 = Math.fma(in[rows + r], dv, s1);
                }
                gwl[j] = s0;
                gwl[m + j] = s1;
                i = 2;
            } else {
                for (int r = 0; r < rows; r++) {
                    double dv = dl[o + r];
                    sb += dv;
                    s0 = Math.fma(in[r], dv, s0);
                }
                gwl[j] = s0;
                i = 1;
            }
            gbl[j] = sb;
            for (; i + 2 <= n; i += 2) {
                s0 = 0;
                s1 = 0;
                for (int r = 0, p = i * rows; r < rows; r++, p++) {
                    double dv = dl[o + r];
                    s0 = Math.fma(in[p], dv, s0);
                    s1 = Math.fma(in[p + rows], dv, s1);
                }
                gwl[i * m + j] = s0;
                gwl[(i + 1) * m + j] = s1;
            }
            if (i < n) {
                s0 = 0;
                for (int r = 0, p = i * rows; r < rows; r++, p++) s0 = Math.fma(in[p], dl[o + r], s0);
                gwl[i * m + j] = s0;
            }
        }
        if (l == 0) return;
        // dA_prev = dZ W^T, then dZ_prev = dA_prev * f'(z_prev), four rows at a time
        double[] wl = w[l], dp = d[l - 1], zp = z[l - 1], ap = a[l - 1];
        Activation fp = f[l - 1];
        boolean linear = fp == Activation.LINEAR;
        for (int i = 0; i < n; i++) {
            int r = 0;
            for (; r + 4 <= rows; r += 4) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int j = 0, p = r; j < m; j++, p += rows) {
                    double wij = wl[i * m + j];
                    s0 = Math.fma(dl[p], wij, s0);
                    s1 = Math.fma(dl[p + 1], wij, s1);
                    s2 = Math.fma(dl[p + 2], wij, s2);
                    s3 = Math.fma(dl[p + 3], wij, s3);
                }
                int o = i * rows + r;
                if (!linear) {
                    s0 *= fp.derivative(zp[o], ap[o]);
                    s1 *= fp.derivative(zp[o + 1], ap[o + 1]);
                    s2 *= fp.derivative(zp[o + 2], ap[o + 2]);
                    s3 *= fp.derivative(zp[o + 3], ap[o + 3]);
                }
                dp[o] = s0;
                dp[o + 1] = s1;
                dp[o + 2] = s2;
                dp[o + 3] = s3;
            }
            for (; r < rows; r++) {
                double s0 = 0;
                for (int j = 0, p = r; j < m; j++, p += rows) s0 = Math.fma(dl[p], wl[i * m + j], s0);
                int o = i * rows + r;
                dp[o] = linear ? s0 : s0 * fp.derivative(zp[o], ap[o]);
            }
        }
    }
}
