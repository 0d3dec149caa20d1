package nnlang.train;

import nnlang.model.Activation;

/**
 * The sums of a batch of trials trained side by side in lanes (LanePass), on arrays laid out
 * [element][lane]: element e of lane v is at e * lanes + v. A layer's z, a and dZ are node-major
 * over the batch's rows (element j * rows + r), its W row-major (element i * m + j). Every lane's
 * element is its own chain of fused multiply-adds in the order SmallPass runs it for one trial,
 * so each lane has the bits of that trial trained alone, whatever the lane count.
 */
interface LaneKernels {
    /**
     * z = b + sum over i of in_i w_ij (biasFirst), or the sum, then + b: per row r and lane v,
     * s = fma(in[(i rows + r)], w[(i m + j)], s) in ascending i, as SmallPass.forward.
     */
    void forward(int n, int m, int rows, int lanes, boolean biasFirst, double[] in, double[] w, double[] b,
                 double[] z);

    /** dW_ij = sum over rows of fma(in_i, dZ_j) from +0.0, db_j = 0.0 + dZ_j over the rows in order. */
    void gradients(int n, int m, int rows, int lanes, double[] in, double[] d, double[] gw, double[] gb);

    /** dA_i = sum over nodes j of fma(dZ_j, w_ij) from +0.0, in ascending j (the slope comes after). */
    void back(int n, int m, int rows, int lanes, double[] d, double[] w, double[] dp);

    /**
     * {@link #back} and then {@link #slope} of the layer below (f, z, a): dZ_prev = dA_prev f'(z_prev),
     * in one pass where the kernels can (the same operations, so the same bits).
     */
    default void backAndSlope(int n, int m, int rows, int lanes, double[] d, double[] w, Activation f, double[] z,
                              double[] a, double[] dp) {
        back(n, m, rows, lanes, d, w, dp);
        slope(f, z, a, dp, n * rows * lanes);
    }

    /** d[k] *= f'(z[k], a[k]) for k below n, as {@link Activation#scaleBySlope}. */
    default void slope(Activation f, double[] z, double[] a, double[] d, int n) { f.scaleBySlope(z, a, d, 0, n); }

    /**
     * One update of a group of parameters, element by element as {@link Optimizer}'s rules (each
     * saves w into snap first; s1 is momentum's v or adam's m, s2 adam's v; c1 and c2 adam's bias
     * corrections 1 / (1 - beta^t)); false when a w became NaN or infinite.
     */
    default boolean step(OptimizerKind kind, double lr, double mu, double c1, double c2, double[] w, double[] g,
                         double[] snap, double[] s1, double[] s2) {
        double check = 0;
        for (int k = 0; k < g.length; k++) {
            snap[k] = w[k];
            switch (kind) {
                // w -= lr g
                case SGD -> w[k] -= lr * g[k];
                // v = mu v - lr g; w += v
                case MOMENTUM -> {
                    s1[k] = mu * s1[k] - lr * g[k];
                    w[k] += s1[k];
                }
                // m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; w -= lr (m c1) / (sqrt(v c2) + eps)
                case ADAM -> {
                    double gk = g[k];
                    s1[k] = Optimizer.BETA1 * s1[k] + (1 - Optimizer.BETA1) * gk;
                    s2[k] = Optimizer.BETA2 * s2[k] + (1 - Optimizer.BETA2) * gk * gk;
                    w[k] -= lr * (s1[k] * c1) / (Math.sqrt(s2[k] * c2) + Optimizer.EPSILON);
                }
            }
            check += w[k] * 0;
        }
        return check == 0;
    }

    /** check[v] = NaN when an output of lane v is NaN or infinite (a * 0 summed over the lane's elements), else 0. */
    default void nanCheck(double[] out, int lanes, double[] check) {
        java.util.Arrays.fill(check, 0, lanes, 0.0);
        for (int e = 0; e < out.length; e += lanes) {
            for (int v = 0; v < lanes; v++) check[v] += out[e + v] * 0;
        }
    }

    /** The lane counts these kernels take are multiples of this (a vector's doubles; 1 for the scalar ones). */
    int width();

    /** True when the lane count must be {@link #width()} itself, not a multiple of it. */
    default boolean exact() { return false; }

    /** Trainings per batch by default: one vector's lanes. */
    default int batch() { return width(); }

    /** The Vector API kernels when the JVM runs with jdk.incubator.vector, else the scalar ones. */
    static LaneKernels best() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && !Boolean.getBoolean("nnlang.scalar")) {
            try {
                return (LaneKernels) Class.forName("nnlang.train.VectorLaneKernels").getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                // fall through: the scalar kernels give the same numbers
            }
        }
        return new ScalarLaneKernels();
    }
}
