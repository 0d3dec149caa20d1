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
        int k = f == Activation.SIGMOID ? VectorMath.lanes(VectorMath.SIGMOID, z, a, n)
                : f == Activation.TANH ? VectorMath.lanes(VectorMath.TANH, z, a, n) : 0;
        for (; k < n; k++) a[k] = f.apply(z[k]);
    }

    @Override public void expOfMinusAbs(double[] x, double[] y, int n) {
        for (int k = VectorMath.lanes(VectorMath.EXP, x, y, n); k < n; k++) y[k] = nnlang.model.Exp.exp(-Math.abs(x[k]));
    }

    /**
     * Shared-dimension steps per pass over the output: a long sum (multTransA sums over all the
     * batch's rows) runs in chunks, so that the chunk of b stays in cache while every block of c
     * uses it. A block starts from the partial sums in c (+0.0 at first): each element is still one
     * running sum s = fma(a, b, s) in ascending k, the same bits as one pass.
     */
    static final int KC = 64;

    /** Rows from to to - 1 of c: c[i][j] = sum over k of A(i, k) b[k][j], with A(i, k) = a[i * ars + k * acs]. */
    private static void product(int from, int to, int K, int m, double[] a, int ars, int acs, double[] b, double[] c) {
        // every sum starts at +0.0 in c (a vector chosen between zero and a load would be a phi,
        // which C2 on JDK 17 keeps as a boxed object: an allocation a block)
        java.util.Arrays.fill(c, from * m, to * m, 0.0);
        for (int k0 = 0; k0 < K; k0 += KC) {
            int k1 = Math.min(K, k0 + KC);
            int i0 = from;
            for (; i0 + 4 <= to; i0 += 4) {
                int j0 = 0;
                for (; j0 + 2 * V <= m; j0 += 2 * V) block4x2(i0, j0, k0, k1, m, a, ars, acs, b, c);
                for (; j0 + V <= m; j0 += V) block4x1(i0, j0, k0, k1, m, a, ars, acs, b, c);
                for (int j = j0; j < m; j++) scalar4(i0, j, k0, k1, m, a, ars, acs, b, c);
            }
            for (; i0 < to; i0++) {
                int j0 = 0;
                for (; j0 + 4 * V <= m; j0 += 4 * V) block1x4(i0, j0, k0, k1, m, a, ars, acs, b, c);
                for (; j0 + V <= m; j0 += V) block1x1(i0, j0, k0, k1, m, a, ars, acs, b, c);
                for (int j = j0; j < m; j++) scalar1(i0, j, k0, k1, m, a, ars, acs, b, c);
            }
        }
    }

    private static void block4x2(int i0, int j0, int k0, int k1, int m, double[] a, int ars, int acs,
                                 double[] b, double[] c) {
        int pc = i0 * m + j0;
        DoubleVector c00 = DoubleVector.fromArray(S, c, pc), c01 = DoubleVector.fromArray(S, c, pc + V);
        DoubleVector c10 = DoubleVector.fromArray(S, c, pc + m), c11 = DoubleVector.fromArray(S, c, pc + m + V);
        DoubleVector c20 = DoubleVector.fromArray(S, c, pc + 2 * m), c21 = DoubleVector.fromArray(S, c, pc + 2 * m + V);
        DoubleVector c30 = DoubleVector.fromArray(S, c, pc + 3 * m), c31 = DoubleVector.fromArray(S, c, pc + 3 * m + V);
        int pa = i0 * ars + k0 * acs, pb = k0 * m + j0;
        for (int k = k0; k < k1; k++, pa += acs, pb += m) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, pb), b1 = DoubleVector.fromArray(S, b, pb + V);
            DoubleVector a0 = DoubleVector.broadcast(S, a[pa]), a1 = DoubleVector.broadcast(S, a[pa + ars]);
            DoubleVector a2 = DoubleVector.broadcast(S, a[pa + 2 * ars]), a3 = DoubleVector.broadcast(S, a[pa + 3 * ars]);
            c00 = a0.fma(b0, c00); c01 = a0.fma(b1, c01);
            c10 = a1.fma(b0, c10); c11 = a1.fma(b1, c11);
            c20 = a2.fma(b0, c20); c21 = a2.fma(b1, c21);
            c30 = a3.fma(b0, c30); c31 = a3.fma(b1, c31);
        }
        c00.intoArray(c, pc); c01.intoArray(c, pc + V); pc += m;
        c10.intoArray(c, pc); c11.intoArray(c, pc + V); pc += m;
        c20.intoArray(c, pc); c21.intoArray(c, pc + V); pc += m;
        c30.intoArray(c, pc); c31.intoArray(c, pc + V);
    }

    private static void block4x1(int i0, int j0, int k0, int k1, int m, double[] a, int ars, int acs,
                                 double[] b, double[] c) {
        int pc = i0 * m + j0;
        DoubleVector c0 = DoubleVector.fromArray(S, c, pc), c1 = DoubleVector.fromArray(S, c, pc + m);
        DoubleVector c2 = DoubleVector.fromArray(S, c, pc + 2 * m), c3 = DoubleVector.fromArray(S, c, pc + 3 * m);
        int pa = i0 * ars + k0 * acs, pb = k0 * m + j0;
        for (int k = k0; k < k1; k++, pa += acs, pb += m) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, pb);
            c0 = b0.fma(DoubleVector.broadcast(S, a[pa]), c0);
            c1 = b0.fma(DoubleVector.broadcast(S, a[pa + ars]), c1);
            c2 = b0.fma(DoubleVector.broadcast(S, a[pa + 2 * ars]), c2);
            c3 = b0.fma(DoubleVector.broadcast(S, a[pa + 3 * ars]), c3);
        }
        c0.intoArray(c, pc);
        c1.intoArray(c, pc + m);
        c2.intoArray(c, pc + 2 * m);
        c3.intoArray(c, pc + 3 * m);
    }

    /** One row, four vectors side by side (a product of one row, such as a one-node layer's dW). */
    private static void block1x4(int i, int j0, int k0, int k1, int m, double[] a, int ars, int acs,
                                 double[] b, double[] c) {
        int pc = i * m + j0;
        DoubleVector c0 = DoubleVector.fromArray(S, c, pc), c1 = DoubleVector.fromArray(S, c, pc + V);
        DoubleVector c2 = DoubleVector.fromArray(S, c, pc + 2 * V), c3 = DoubleVector.fromArray(S, c, pc + 3 * V);
        for (int k = k0, pa = i * ars + k0 * acs, pb = k0 * m + j0; k < k1; k++, pa += acs, pb += m) {
            DoubleVector ak = DoubleVector.broadcast(S, a[pa]);
            c0 = DoubleVector.fromArray(S, b, pb).fma(ak, c0);
            c1 = DoubleVector.fromArray(S, b, pb + V).fma(ak, c1);
            c2 = DoubleVector.fromArray(S, b, pb + 2 * V).fma(ak, c2);
            c3 = DoubleVector.fromArray(S, b, pb + 3 * V).fma(ak, c3);
        }
        c0.intoArray(c, pc);
        c1.intoArray(c, pc + V);
        c2.intoArray(c, pc + 2 * V);
        c3.intoArray(c, pc + 3 * V);
    }

    private static void block1x1(int i, int j0, int k0, int k1, int m, double[] a, int ars, int acs,
                                 double[] b, double[] c) {
        int pc = i * m + j0;
        DoubleVector c0 = DoubleVector.fromArray(S, c, pc);
        for (int k = k0, pa = i * ars + k0 * acs, pb = k0 * m + j0; k < k1; k++, pa += acs, pb += m) {
            c0 = DoubleVector.fromArray(S, b, pb).fma(DoubleVector.broadcast(S, a[pa]), c0);
        }
        c0.intoArray(c, pc);
    }

    /**
     * Column j of rows i0 to i0 + 3, one element at a time but four sums side by side (a one-node
     * layer: four independent chains of fma instead of one, whose latency would set the pace).
     */
    private static void scalar4(int i0, int j, int k0, int k1, int m, double[] a, int ars, int acs,
                                double[] b, double[] c) {
        int pc = i0 * m + j;
        double s0 = c[pc], s1 = c[pc + m], s2 = c[pc + 2 * m], s3 = c[pc + 3 * m];
        for (int k = k0, pa = i0 * ars + k0 * acs, pb = k0 * m + j; k < k1; k++, pa += acs, pb += m) {
            double bk = b[pb];
            s0 = Math.fma(a[pa], bk, s0);
            s1 = Math.fma(a[pa + ars], bk, s1);
            s2 = Math.fma(a[pa + 2 * ars], bk, s2);
            s3 = Math.fma(a[pa + 3 * ars], bk, s3);
        }
        c[pc] = s0;
        c[pc + m] = s1;
        c[pc + 2 * m] = s2;
        c[pc + 3 * m] = s3;
    }

    private static void scalar1(int i, int j, int k0, int k1, int m, double[] a, int ars, int acs,
                                double[] b, double[] c) {
        double s = c[i * m + j];
        for (int k = k0, pa = i * ars + k0 * acs, pb = k0 * m + j; k < k1; k++, pa += acs, pb += m) {
            s = Math.fma(a[pa], b[pb], s);
        }
        c[i * m + j] = s;
    }
}
