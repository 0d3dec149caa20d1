package nnlang.model;

import org.ejml.data.DMatrixRMaj;

/**
 * A dense layer: z = a W + b, then its activation. W has one row per input of the layer and one
 * column per node, so that anyone can recompute z from the printed weights.
 *
 * <p>A layer of G groups cuts its inputs into G consecutive equal groups and its nodes likewise;
 * node group g sees only input group g: w[i][j] exists only when i / (inputs / G) == j / (nodes /
 * G). The others do not exist: they stay exactly 0 in W (so every product above still reads the
 * full matrix), are never trained, and are not counted as parameters.
 */
public final class Layer implements java.io.Serializable {
    public final DMatrixRMaj W;
    public final DMatrixRMaj b;
    public final Activation activation;
    private final int groups;

    public Layer(int inputs, int nodes, Activation activation) { this(inputs, nodes, activation, 1); }

    /** A layer of G groups; G must divide both the inputs and the nodes. */
    public Layer(int inputs, int nodes, Activation activation, int groups) {
        if (groups < 1 || inputs % groups != 0 || nodes % groups != 0) {
            throw new IllegalArgumentException(groups + " groups do not divide " + inputs + " inputs and " + nodes + " nodes");
        }
        this.W = new DMatrixRMaj(inputs, nodes);
        this.b = new DMatrixRMaj(1, nodes);
        this.activation = activation;
        this.groups = groups;
    }

    private Layer(Layer other) {
        this.W = other.W.copy();
        this.b = other.b.copy();
        this.activation = other.activation;
        this.groups = other.groups;
    }

    public int inputs() { return W.numRows; }

    public int nodes() { return W.numCols; }

    /** G: 1 for a layer whose every node sees every input. */
    public int groups() { return groups; }

    /** True when weight w[i][j] exists: input i and node j are in the same group. */
    public boolean present(int i, int j) {
        return groups == 1 || i / (inputs() / groups) == j / (nodes() / groups);
    }

    /** The weights that exist (inputs x nodes / G) and the biases. */
    public int parameterCount() { return W.getNumElements() / groups + b.getNumElements(); }

    /**
     * Row-major over W: true where a weight exists; null for a layer of one group (all exist).
     * The trainer zeroes the gradients elsewhere.
     */
    public boolean[] mask() {
        if (groups == 1) return null;
        int n = inputs(), m = nodes();
        boolean[] mask = new boolean[n * m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) mask[i * m + j] = present(i, j);
        return mask;
    }

    /** Weight matrices up to this many elements add the bias first (the trainer's Products.SMALL). */
    public static final int SMALL_PRODUCT = 64;

    public Layer copy() { return new Layer(this); }

    /**
     * a = f(in W + b) for one input vector (allocates: for reports, not for the training loop).
     * The sums are the trainer's (nnlang.train.Products): fused multiply-adds over the inputs in
     * order, the bias first for a matrix of at most {@link #SMALL_PRODUCT} weights and last above,
     * so a report gives the bits the training saw.
     */
    public double[] forward(double[] in) {
        int n = nodes();
        boolean biasFirst = in.length * n <= SMALL_PRODUCT;
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            double s = biasFirst ? b.data[j] : 0;
            for (int i = 0; i < in.length; i++) s = Math.fma(in[i], W.data[i * n + j], s);
            z[j] = biasFirst ? s : s + b.data[j];
        }
        double[] a = new double[n];
        activation.apply(z, a, 0, n);
        return a;
    }
}
