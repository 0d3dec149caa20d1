package nnlang.train;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import nnlang.model.Activation;

/**
 * The products with the Vector API (JDK 17: run with --add-modules jdk.incubator.vector; loaded
 * only then, by {@link Kernels#best()}). The vectors run along the output's columns, so each
 * element is still its own sum of fused multiply-adds in ascending order: the same bits at every
 * vector width and as ScalarKernels. A block of 4 output rows by 2 vectors stays in 8 registers
 * while the shared dimension streams by. Sigmoid and tanh run in lanes too (VectorMath), with the
 * bits of Activation's scalar functions.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();

    @Override public void mult(int from, int to, int n, int m, double[] a, double[] b, double[] c) {
        product(from, to, n, m, a, n, 1, b, c);
    }

    @Override public void multTransA(int from, int to, int rows, int n, int m, double[] a, double[] b, double[] c) {
        product(from, to, rows, m, a, 1, n, b, c);
    }

    @Override public void apply(Activation f, double[] z, double[] a, int n) {
        int k = 0;
        if (f == Activation.SIGMOID) {
            for (; k + V <= n; k += V) VectorMath.sigmoid(DoubleVector.fromArray(S, z, k)).intoArray(a, k);
        } else if (f == Activation.TANH) {
            for (; k + V <= n; k += V) VectorMath.tanh(DoubleVector.fromArray(S, z, k)).intoArray(a, k);
        }
        for (; k < n; k++) a[k] = f.apply(z[k]);
    }

    @Override public void exp(double[] x, double[] y, int n) {
        int k = 0;
        for (; k + V <= n; k += V) VectorMath.exp(DoubleVector.fromArray(S, x, k)).intoArray(y, k);
        for (; k < n; k++) y[k] = nnlang.model.Exp.exp(x[k]);
    }

    /** Rows from to to - 1 of c: c[i][j] = sum over k of A(i, k) b[k][j], with A(i, k) = a[i * ars + k * acs]. */
    private static void product(int from, int to, int K, int m, double[] a, int ars, int acs, double[] b, double[] c) {
        int i0 = from;
        for (; i0 + 4 <= to; i0 += 4) {
            int j0 = 0;
            for (; j0 + 2 * V <= m; j0 += 2 * V) block4x2(i0, j0, K, m, a, ars, acs, b, c);
            for (; j0 + V <= m; j0 += V) block4x1(i0, j0, K, m, a, ars, acs, b, c);
            for (int i = i0; i < i0 + 4; i++) scalar(i, j0, K, m, a, ars, acs, b, c);
        }
        for (; i0 < to; i0++) {
            int j0 = 0;
            for (; j0 + V <= m; j0 += V) block1x1(i0, j0, K, m, a, ars, acs, b, c);
            scalar(i0, j0, K, m, a, ars, acs, b, c);
        }
    }

    private static void block4x2(int i0, int j0, int K, int m, double[] a, int ars, int acs, double[] b, double[] c) {
        DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
        DoubleVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        int pa = i0 * ars, pb = j0;
        for (int k = 0; k < K; k++, pa += acs, pb += m) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, pb), b1 = DoubleVector.fromArray(S, b, pb + V);
            DoubleVector a0 = DoubleVector.broadcast(S, a[pa]), a1 = DoubleVector.broadcast(S, a[pa + ars]);
            DoubleVector a2 = DoubleVector.broadcast(S, a[pa + 2 * ars]), a3 = DoubleVector.broadcast(S, a[pa + 3 * ars]);
            c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
            c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
            c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
            c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
        }
        int pc = i0 * m + j0;
        c00.intoArray(c, pc); c01.intoArray(c, pc + V); pc += m;
        c10.intoArray(c, pc); c11.intoArray(c, pc + V); pc += m;
        c20.intoArray(c, pc); c21.intoArray(c, pc + V); pc += m;
        c30.intoArray(c, pc); c31.intoArray(c, pc + V);
    }

    private static void block4x1(int i0, int j0, int K, int m, double[] a, int ars, int acs, double[] b, double[] c) {
        DoubleVector c0 = DoubleVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        int pa = i0 * ars, pb = j0;
        for (int k = 0; k < K; k++, pa += acs, pb += m) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, pb);
            c0 = b0.fma(DoubleVector.broadcast(S, a[pa]), c0);
            c1 = b0.fma(DoubleVector.broadcast(S, a[pa + ars]), c1);
            c2 = b0.fma(DoubleVector.broadcast(S, a[pa + 2 * ars]), c2);
            c3 = b0.fma(DoubleVector.broadcast(S, a[pa + 3 * ars]), c3);
        }
        int pc = i0 * m + j0;
        c0.intoArray(c, pc);
        c1.intoArray(c, pc + m);
        c2.intoArray(c, pc + 2 * m);
        c3.intoArray(c, pc + 3 * m);
    }

    private static void block1x1(int i, int j0, int K, int m, double[] a, int ars, int acs, double[] b, double[] c) {
        DoubleVector c0 = DoubleVector.zero(S);
        for (int k = 0, pa = i * ars, pb = j0; k < K; k++, pa += acs, pb += m) {
            c0 = DoubleVector.fromArray(S, b, pb).fma(DoubleVector.broadcast(S, a[pa]), c0);
        }
        c0.intoArray(c, i * m + j0);
    }

    private static void scalar(int i, int j0, int K, int m, double[] a, int ars, int acs, double[] b, double[] c) {
        for (int j = j0; j < m; j++) {
            double s = 0;
            for (int k = 0, pa = i * ars, pb = j; k < K; k++, pa += acs, pb += m) s = Math.fma(a[pa], b[pb], s);
            c[i * m + j] = s;
        }
    }
}
