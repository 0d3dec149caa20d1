package nnlang.train;

import java.util.List;
import nnlang.data.OutputCoding;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.model.Activation;
import nnlang.model.Layer;
import nnlang.model.Net;
import org.ejml.data.DMatrixRMaj;

/**
 * Forward and backward passes of one net over the training rows, in the style of EJML's
 * examples: every work matrix is allocated here, once, from the dimensions; a batch smaller
 * than the capacity only reshapes them. Row r of a matrix is training row r of the batch.
 * Layer l computes z = a W + b, a = f(z); the gradients are those of the mean data loss over
 * the batch plus the l2 penalty (l2 / 2) sum W^2.
 *
 * <p>Small nets (every weight matrix at most {@link #FUSED} elements) train through one fused
 * pass, {@link SmallPass}, in {@link #forwardBackward}; it gives the same bits.
 */
final class Backprop {
    private final Layer[] layer;
    private final Activation[] f;
    private final Loss loss;
    private final boolean softmax;
    private final double l2;
    private final OutputCoding output;

    /** All training rows, encoded: X is rows x inputs, T is rows x output nodes. */
    final DMatrixRMaj X, T;
    /** A mini-batch gathered from X and T; the same objects as X and T for full-batch training. */
    final DMatrixRMaj Xb, Tb;
    private final DMatrixRMaj[] Z, A, dZ, dW, db, WT;
    private final Metrics metrics;

    /** Nets whose weight matrices all have at most this many elements take the fused pass. */
    static final int FUSED = 256;
    /** The fused pass of a small net, or null. */
    private final SmallPass small;
    /** Polled inside long products (the fused small pass is never long enough to need it). */
    private StopPoll poll = StopPoll.NEVER;
    /** The data arrays of W and the gradients. */
    private final double[][] w, gw;
    /** Per layer, where a weight exists (row-major over W), or null when all do (one group). */
    private final boolean[][] mask;

    /** The sum over rows of H(Y|X=x) in bits, from the last forward pass asked for it. */
    private double entropySum;

    /**
     * @param loss  bce, mse or ce; never null (the caller resolves the natural loss)
     * @param batch rows per batch; rows.size() (or more) for full-batch training
     */
    Backprop(Net net, List<Row> rows, Loss loss, double l2, int batch) {
        int layers = net.layers().size();
        this.layer = net.layers().toArray(new Layer[0]);
        this.f = new Activation[layers];
        for (int l = 0; l < layers; l++) f[l] = layer[l].activation;
        this.output = net.output();
        this.softmax = output.kind() == OutputKind.SOFTMAX;
        if (softmax && loss == Loss.BCE) throw new IllegalArgumentException("bce needs a sigmoid output; use ce");
        this.loss = loss == Loss.CE && !softmax ? Loss.BCE : loss;
        this.l2 = l2;
        int n = rows.size(), in = net.inputWidth(), out = output.nodes();
        X = new DMatrixRMaj(n, in);
        T = new DMatrixRMaj(n, out);
        for (int r = 0; r < n; r++) {
            Row row = rows.get(r);
            int x = net.inputs().indexOf(row.x());
            if (x < 0) throw new IllegalArgumentException("input " + row.x() + " is not in the net's input space");
            net.encoding().encode(net.inputs(), x, X.data, r * in);
            output.target(row, T.data, r * out);
        }
        int cap = Math.min(Math.max(batch, 1), n);
        Xb = cap == n ? X : new DMatrixRMaj(cap, in);
        Tb = cap == n ? T : new DMatrixRMaj(cap, out);
        Z = new DMatrixRMaj[layers];
        A = new DMatrixRMaj[layers];
        dZ = new DMatrixRMaj[layers];
        dW = new DMatrixRMaj[layers];
        db = new DMatrixRMaj[layers];
        WT = new DMatrixRMaj[layers];
        for (int l = 0; l < layers; l++) {
            int m = layer[l].nodes();
            Z[l] = new DMatrixRMaj(cap, m);
            A[l] = new DMatrixRMaj(cap, m);
            dZ[l] = new DMatrixRMaj(cap, m);
            dW[l] = new DMatrixRMaj(layer[l].inputs(), m);
            db[l] = new DMatrixRMaj(1, m);
            WT[l] = new DMatrixRMaj(m, layer[l].inputs());
        }
        metrics = new Metrics(output, this.loss);
        int[] fanIn = new int[layers], fanOut = new int[layers];
        w = new double[layers][];
        gw = new double[layers][];
        double[][] b = new double[layers][], gb = new double[layers][];
        boolean fits = true;
        for (int l = 0; l < layers; l++) {
            fanIn[l] = layer[l].inputs();
            fanOut[l] = layer[l].nodes();
            fits &= fanIn[l] * fanOut[l] <= FUSED;
            w[l] = layer[l].W.data;
            b[l] = layer[l].b.data;
            gw[l] = dW[l].data;
            gb[l] = db[l].data;
        }
        small = fits ? new SmallPass(fanIn, fanOut, f, this.loss, softmax, w, b, gw, gb, cap) : null;
        mask = new boolean[layers][];
        for (int l = 0; l < layers; l++) mask[l] = layer[l].mask();
    }

    /**
     * The gradients of weights that do not exist (outside a grouped layer's blocks) set to 0,
     * after every backward pass of either kind: those weights start at 0, and with a zero
     * gradient sgd, momentum and adam (whose moments then stay 0) and l2 leave them at 0.
     */
    private void maskGradients() {
        for (int l = 0; l < mask.length; l++) {
            boolean[] m = mask[l];
            if (m == null) continue;
            double[] g = gw[l];
            for (int k = 0; k < g.length; k++) if (!m[k]) g[k] = 0;
        }
    }

    int rows() { return X.numRows; }

    /** Lets a stop asked for during a long product cut it short ({@link StopPoll.Stopped}). */
    void pollWith(StopPoll poll) { this.poll = poll; }

    /** The parameters, layer by layer: W then b. The optimiser updates these arrays in place. */
    double[][] parameters() {
        double[][] w = new double[2 * layer.length][];
        for (int l = 0; l < layer.length; l++) {
            w[2 * l] = layer[l].W.data;
            w[2 * l + 1] = layer[l].b.data;
        }
        return w;
    }

    /** The gradients of the last backward pass, in the order of {@link #parameters()}. */
    double[][] gradients() {
        double[][] g = new double[2 * layer.length][];
        for (int l = 0; l < layer.length; l++) {
            g[2 * l] = dW[l].data;
            g[2 * l + 1] = db[l].data;
        }
        return g;
    }

    /** Copies rows order[from .. from + count) of X and T into the batch matrices Xb and Tb. */
    void gather(int[] order, int from, int count) {
        int in = X.numCols, out = T.numCols;
        Xb.reshape(count, in);
        Tb.reshape(count, out);
        for (int r = 0; r < count; r++) {
            int src = order[from + r];
            System.arraycopy(X.data, src * in, Xb.data, r * in, in);
            System.arraycopy(T.data, src * out, Tb.data, r * out, out);
        }
    }

    /**
     * The forward pass over the rows of x (targets t); returns the sum over those rows of the
     * per-row data loss, and when asked also sums their H(Y|X=x) for {@link #entropySum()}.
     * Without withLoss it returns 0, or NaN when an output is NaN: the outputs are bounded
     * (sigmoid, softmax) and the logs clamped, so that is exactly when the loss would not be finite.
     */
    double forward(DMatrixRMaj x, DMatrixRMaj t, boolean entropy, boolean withLoss) {
        DMatrixRMaj a = x;
        for (int l = 0; l < layer.length; l++) {
            // z = a W + b
            Products.multAddRow(a, layer[l].W, layer[l].b, Z[l], poll);
            // a = f(z)
            A[l].reshape(Z[l].numRows, Z[l].numCols);
            activate(f[l], Z[l], A[l]);
            a = A[l];
        }
        return measure(a, t, entropy, withLoss);
    }

    /**
     * forward(x, t, entropy, withLoss), then the gradients as {@link #backward} computes them; the
     * gradients are computed even when the loss is not finite (the caller then ignores them).
     */
    double forwardBackward(DMatrixRMaj x, DMatrixRMaj t, boolean entropy, boolean withLoss) {
        if (small == null) {
            double l = forward(x, t, entropy, withLoss);
            backward(x, t);
            return l;
        }
        DMatrixRMaj out = A[layer.length - 1];
        out.reshape(x.numRows, out.numCols);
        small.run(x.data, t.data, x.numRows, l2, out.data, x == X ? X : null);
        maskGradients();
        return measure(out, t, entropy, withLoss);
    }

    // g += s v
    private static void addScaled(double[] g, double s, double[] v) {
        for (int k = 0; k < g.length; k++) g[k] += s * v[k];
    }

    /** The loss and entropy sums of the rows of x. */
    double forward(DMatrixRMaj x, DMatrixRMaj t, boolean entropy) { return forward(x, t, entropy, true); }

    double entropySum() { return entropySum; }

    /** The gradients of (mean data loss over the batch) + (l2 / 2) sum W^2, after forward(x, t). */
    void backward(DMatrixRMaj x, DMatrixRMaj t) {
        int last = layer.length - 1;
        outputDelta(A[last], t, dZ[last]);
        for (int l = last; l >= 0; l--) {
            DMatrixRMaj aPrev = l == 0 ? x : A[l - 1];
            // dW = a_prev^T dZ, db = sum over rows of dZ
            Products.multTransASumCols(aPrev, dZ[l], dW[l], db[l], poll);
            // dW += l2 W
            if (l2 != 0) addScaled(gw[l], l2, w[l]);
            if (l == 0) {
                maskGradients();
                break;
            }
            // dA_prev = dZ W^T (into dZ_prev), then dZ_prev = dA_prev * f'(z_prev)
            Products.multTransB(dZ[l], layer[l].W, WT[l], dZ[l - 1], poll);
            derivative(f[l - 1], Z[l - 1], A[l - 1], dZ[l - 1]);
        }
    }

    /** (l2 / 2) * sum of squared weights (not biases). */
    double penalty() {
        double s = 0;
        for (Layer ly : layer) {
            for (int k = 0; k < ly.W.getNumElements(); k++) s += ly.W.data[k] * ly.W.data[k];
        }
        return l2 / 2 * s;
    }

    /** a = f(z) element by element (softmax row by row). */
    private static void activate(Activation f, DMatrixRMaj z, DMatrixRMaj a) {
        if (f != Activation.SOFTMAX) {
            Products.KERNELS.apply(f, z.data, a.data, z.getNumElements());
            return;
        }
        int n = z.getNumElements(), m = z.numCols;
        for (int off = 0; off < n; off += m) Activation.softmax(z.data, a.data, off, m);
    }

    /** d = d * f'(z), given a = f(z), element by element (hidden layers only). */
    private static void derivative(Activation f, DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj d) {
        f.scaleBySlope(z.data, a.data, d.data, 0, z.getNumElements());
    }

    /** The loss sum (or the NaN check), and the entropy sum when asked ({@link Metrics}). */
    private double measure(DMatrixRMaj a, DMatrixRMaj t, boolean entropy, boolean withLoss) {
        double l = metrics.measure(a.data, t.data, a.numRows, entropy, withLoss);
        if (entropy) entropySum = metrics.entropySum();
        return l;
    }

    /** dZ of the output layer for the mean loss over the rows of the batch. */
    private void outputDelta(DMatrixRMaj a, DMatrixRMaj t, DMatrixRMaj d) {
        int rows = a.numRows, m = a.numCols;
        d.reshape(rows, m);
        double[] ad = a.data, td = t.data, dd = d.data;
        double invN = 1.0 / rows;
        int n = rows * m;
        if (loss.isCrossEntropy()) {
            // dZ = (A - T) / N: sigmoid with bce, softmax with ce
            for (int k = 0; k < n; k++) dd[k] = (ad[k] - td[k]) * invN;
        } else if (!softmax) {
            // dA = (A - T) / N, dZ = dA * a (1 - a)
            for (int k = 0; k < n; k++) dd[k] = (ad[k] - td[k]) * invN * ad[k] * (1 - ad[k]);
        } else {
            // dA = (A - T) / N, dz_j = a_j (dA_j - sum_k dA_k a_k) (the softmax Jacobian)
            for (int off = 0; off < n; off += m) {
                double dot = 0;
                for (int j = off; j < off + m; j++) dot += (ad[j] - td[j]) * invN * ad[j];
                for (int j = off; j < off + m; j++) dd[j] = ad[j] * ((ad[j] - td[j]) * invN - dot);
            }
        }
    }
}
