package nnlang.model;

import org.ejml.data.DMatrixRMaj;

/**
 * A dense layer: z = a W + b, then its activation. W has one row per input of the layer and one
 * column per node, so that anyone can recompute z from the printed weights.
 */
public final class Layer {
    public final DMatrixRMaj W;
    public final DMatrixRMaj b;
    public final Activation activation;

    public Layer(int inputs, int nodes, Activation activation) {
        this.W = new DMatrixRMaj(inputs, nodes);
        this.b = new DMatrixRMaj(1, nodes);
        this.activation = activation;
    }

    private Layer(Layer other) {
        this.W = other.W.copy();
        this.b = other.b.copy();
        this.activation = other.activation;
    }

    public int inputs() { return W.numRows; }

    public int nodes() { return W.numCols; }

    public int parameterCount() { return W.getNumElements() + b.getNumElements(); }

    public Layer copy() { return new Layer(this); }

    /** a = f(in W + b) for one input vector (allocates: for reports, not for the training loop). */
    public double[] forward(double[] in) {
        int n = nodes();
        double[] z = new double[n];
        for (int j = 0; j < n; j++) {
            double s = b.data[j];
            for (int i = 0; i < in.length; i++) s += in[i] * W.data[i * n + j];
            z[j] = s;
        }
        double[] a = new double[n];
        activation.apply(z, a, 0, n);
        return a;
    }
}
