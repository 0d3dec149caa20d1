package nnlang.train;

/**
 * Register-blocked scalar products: a 4 x 4 block of the output lives in 16 local variables, so
 * each step of the shared dimension does 8 loads for 16 multiply-adds (the naive loop does 2 or 3
 * memory operations per multiply-add), each a Math.fma (one vfmadd with the CPU's FMA). C2 (JDK 17)
 * does not vectorise these loops; see VectorKernels.
 */
final class ScalarKernels implements Kernels {
    @Override public void mult(int from, int to, int n, int m, double[] a, double[] b, double[] c) {
        // c[r][j] = sum over k of a[r][k] b[k][j]
        int r0 = from;
        for (; r0 + 4 <= to; r0 += 4) {
            int j0 = 0;
            for (; j0 + 4 <= m; j0 += 4) block(r0, j0, n, m, a, n, 1, b, m, c);
            for (int r = r0; r < r0 + 4; r++) tail(r, j0, n, m, a, n, 1, b, m, c);
        }
        for (int r = r0; r < to; r++) tail(r, 0, n, m, a, n, 1, b, m, c);
    }

    @Override public void multTransA(int from, int to, int rows, int n, int m, double[] a, double[] b, double[] c) {
        // c[i][j] = sum over r of a[r][i] b[r][j]: the same blocks with a read down its columns
        int i0 = from;
        for (; i0 + 4 <= to; i0 += 4) {
            int j0 = 0;
            for (; j0 + 4 <= m; j0 += 4) block(i0, j0, rows, m, a, 1, n, b, m, c);
            for (int i = i0; i < i0 + 4; i++) tail(i, j0, rows, m, a, 1, n, b, m, c);
        }
        for (int i = i0; i < to; i++) tail(i, 0, rows, m, a, 1, n, b, m, c);
    }

    /** The 4 x 4 block of c at (i0, j0): c[i][j] = sum over k of A(i, k) b[k][j], A(i, k) = a[i * ars + k * acs]. */
    private static void block(int i0, int j0, int K, int m, double[] a, int ars, int acs, double[] b, int ldb,
                              double[] c) {
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        double c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        int pa = i0 * ars, pb = j0;
        for (int k = 0; k < K; k++, pa += acs, pb += ldb) {
            double a0 = a[pa], a1 = a[pa + ars], a2 = a[pa + 2 * ars], a3 = a[pa + 3 * ars];
            double b0 = b[pb], b1 = b[pb + 1], b2 = b[pb + 2], b3 = b[pb + 3];
            c00 = Math.fma(a0, b0, c00); c01 = Math.fma(a0, b1, c01); c02 = Math.fma(a0, b2, c02); c03 = Math.fma(a0, b3, c03);
            c10 = Math.fma(a1, b0, c10); c11 = Math.fma(a1, b1, c11); c12 = Math.fma(a1, b2, c12); c13 = Math.fma(a1, b3, c13);
            c20 = Math.fma(a2, b0, c20); c21 = Math.fma(a2, b1, c21); c22 = Math.fma(a2, b2, c22); c23 = Math.fma(a2, b3, c23);
            c30 = Math.fma(a3, b0, c30); c31 = Math.fma(a3, b1, c31); c32 = Math.fma(a3, b2, c32); c33 = Math.fma(a3, b3, c33);
        }
        int pc = i0 * m + j0;
        c[pc] = c00; c[pc + 1] = c01; c[pc + 2] = c02; c[pc + 3] = c03; pc += m;
        c[pc] = c10; c[pc + 1] = c11; c[pc + 2] = c12; c[pc + 3] = c13; pc += m;
        c[pc] = c20; c[pc + 1] = c21; c[pc + 2] = c22; c[pc + 3] = c23; pc += m;
        c[pc] = c30; c[pc + 1] = c31; c[pc + 2] = c32; c[pc + 3] = c33;
    }

    /** Row i of c from column j0 on, one element at a time. */
    private static void tail(int i, int j0, int K, int m, double[] a, int ars, int acs, double[] b, int ldb,
                             double[] c) {
        for (int j = j0; j < m; j++) {
            double s = 0;
            for (int k = 0, pa = i * ars, pb = j; k < K; k++, pa += acs, pb += ldb) s = Math.fma(a[pa], b[pb], s);
            c[i * m + j] = s;
        }
    }
}
