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

    /** d[k] *= f'(z[k], a[k]) for k below n, as {@link Activation#scaleBySlope}. */
    default void slope(Activation f, double[] z, double[] a, double[] d, int n) { f.scaleBySlope(z, a, d, 0, n); }

    /** The lane counts these kernels take are multiples of this (a vector's doubles; 1 for the scalar ones). */
    int width();

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
