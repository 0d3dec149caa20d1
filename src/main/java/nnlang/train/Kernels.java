package nnlang.train;

import nnlang.model.Activation;

/**
 * The matrix products and activations of wide layers, on row-major double[] data. Every element
 * of an output is a sum over the shared dimension in ascending order from 0, each step one fused
 * multiply-add (s = fma(a, b, s): the product is not rounded before it is added), so every
 * implementation gives the same bits as the plain loops with Math.fma. The output is never one
 * of the inputs.
 */
interface Kernels {
    /** c (rows x m) = a (rows x n) b (n x m). */
    default void mult(int rows, int n, int m, double[] a, double[] b, double[] c) { mult(0, rows, n, m, a, b, c); }

    /**
     * Rows from to to - 1 of c = a b (from a multiple of 4): the rows of c are independent sums,
     * so computing them in pieces gives the same bits as at once (a long product can then be
     * stopped between pieces).
     */
    void mult(int from, int to, int n, int m, double[] a, double[] b, double[] c);

    /** c (n x m) = a^T b, with a rows x n and b rows x m. */
    default void multTransA(int rows, int n, int m, double[] a, double[] b, double[] c) {
        multTransA(0, n, rows, n, m, a, b, c);
    }

    /** Rows from to to - 1 (of n; from a multiple of 4) of c = a^T b, as {@link #mult(int, int, int, int, double[], double[], double[])}. */
    void multTransA(int from, int to, int rows, int n, int m, double[] a, double[] b, double[] c);

    /**
     * a[k] = f(z[k]) for k from 0 to n - 1, element by element (not softmax): the same bits as
     * {@link Activation#apply(double)}, in lanes where the kernels have them.
     */
    default void apply(Activation f, double[] z, double[] a, int n) {
        for (int k = 0; k < n; k++) a[k] = f.apply(z[k]);
    }

    /**
     * y[k] = Exp.exp(-|x[k]|) for k from 0 to n - 1: the exps of sigmoid and tanh, the only ones
     * in lanes (for the tests: the same bits there).
     */
    default void expOfMinusAbs(double[] x, double[] y, int n) {
        for (int k = 0; k < n; k++) y[k] = nnlang.model.Exp.exp(-Math.abs(x[k]));
    }

    /** The Vector API kernels when the JVM runs with jdk.incubator.vector, else the scalar ones. */
    static Kernels best() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && !Boolean.getBoolean("nnlang.scalar")) {
            try {
                return (Kernels) Class.forName("nnlang.train.VectorKernels").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                // fall through: the scalar kernels give the same numbers
            }
        }
        return new ScalarKernels();
    }
}
