package nnlang.train;

import org.ejml.data.DMatrixRMaj;

/**
 * The matrix products of the layer-by-layer passes. Large ones go to register-blocked kernels
 * ({@link Kernels#best()}: the Vector API when present, else scalar; measured 4-6x faster than
 * EJML's mult on 1024 x 64 x 64); when the weight matrix is tiny (2-2-1 on XOR) plain loops over
 * the same row-major data arrays do it, as any blocking costs more than the arithmetic. Every sum
 * runs in the same order on both paths, each step a fused multiply-add (see Kernels), except where
 * the bias is added: first on the small path, last on the large one (as EJML did before). The output is never one of the inputs.
 */
final class Products {
    /** Weight matrices with at most this many elements use the plain loops (measured on 2-2-1 and 10-64-64-1). */
    static final int SMALL = nnlang.model.Layer.SMALL_PRODUCT;
    /** Chosen once: a final field holding one class, so the JIT inlines its calls. */
    static final Kernels KERNELS = Kernels.best();
    /**
     * Multiply-adds between two polls of a long product (a few milliseconds at the kernels'
     * speed); smaller products run whole, without a poll.
     */
    static final long PIECE = 1L << 22;

    private Products() {}

    /** c = a b + row, with a rows x n, b n x m and row 1 x m added to every row. */
    static void multAddRow(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj row, DMatrixRMaj c, StopPoll poll) {
        int rows = a.numRows, n = a.numCols, m = b.numCols;
        double[] ad = a.data, bd = b.data, rd = row.data;
        if (n * m > SMALL) {
            c.reshape(rows, m);
            double[] cd = c.data;
            mult(rows, n, m, ad, bd, cd, poll);
            for (int r = 0, k = 0; r < rows; r++) {
                for (int j = 0; j < m; j++, k++) cd[k] += rd[j];
            }
            return;
        }
        c.reshape(rows, m);
        double[] cd = c.data;
        if (m == 1) {
            // one node (the output of a wide net): a dot product per row, not loops of one step;
            // eight rows side by side, so that eight chains of fma run at once (each row's sum as alone)
            int r = 0;
            for (; r + 8 <= rows; r += 8) {
                int r0 = r * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n, r4 = r3 + n, r5 = r4 + n, r6 = r5 + n, r7 = r6 + n;
                double z0 = rd[0], z1 = z0, z2 = z0, z3 = z0, z4 = z0, z5 = z0, z6 = z0, z7 = z0;
                for (int i = 0; i < n; i++) {
                    double w = bd[i];
                    z0 = Math.fma(ad[r0 + i], w, z0);
                    z1 = Math.fma(ad[r1 + i], w, z1);
                    z2 = Math.fma(ad[r2 + i], w, z2);
                    z3 = Math.fma(ad[r3 + i], w, z3);
                    z4 = Math.fma(ad[r4 + i], w, z4);
                    z5 = Math.fma(ad[r5 + i], w, z5);
                    z6 = Math.fma(ad[r6 + i], w, z6);
                    z7 = Math.fma(ad[r7 + i], w, z7);
                }
                cd[r] = z0;
                cd[r + 1] = z1;
                cd[r + 2] = z2;
                cd[r + 3] = z3;
                cd[r + 4] = z4;
                cd[r + 5] = z5;
                cd[r + 6] = z6;
                cd[r + 7] = z7;
            }
            for (int ri = r * n; r < rows; r++, ri += n) {
                double z = rd[0];
                for (int i = 0; i < n; i++) z = Math.fma(ad[ri + i], bd[i], z);
                cd[r] = z;
            }
            return;
        }
        for (int r = 0; r < rows; r++) {
            int ro = r * m, ri = r * n;
            for (int j = 0; j < m; j++) cd[ro + j] = rd[j];
            for (int i = 0; i < n; i++) {
                double v = ad[ri + i];
                for (int j = 0, bo = i * m; j < m; j++) cd[ro + j] = Math.fma(v, bd[bo + j], cd[ro + j]);
            }
        }
    }

    /** c = a^T b and s = the sums over rows of b, with a rows x n and b rows x m (c is n x m, s 1 x m). */
    static void multTransASumCols(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj c, DMatrixRMaj s, StopPoll poll) {
        int rows = a.numRows, n = a.numCols, m = b.numCols;
        double[] ad = a.data, bd = b.data, sd = s.data;
        java.util.Arrays.fill(sd, 0, m, 0);
        if (n * m > SMALL) {
            c.reshape(n, m);
            if (poll.never() || (long) rows * n * m <= PIECE) {
                KERNELS.multTransA(rows, n, m, ad, bd, c.data);
            } else {
                // pieces of c's rows (of n), each a whole sum over the rows of a and b
                int step = piece((long) rows * m);
                for (int from = 0; from < n; from += step) {
                    poll.check();
                    KERNELS.multTransA(from, Math.min(n, from + step), rows, n, m, ad, bd, c.data);
                }
            }
            for (int r = 0, k = 0; r < rows; r++) {
                for (int j = 0; j < m; j++, k++) sd[j] += bd[k];
            }
            return;
        }
        c.reshape(n, m);
        double[] cd = c.data;
        java.util.Arrays.fill(cd, 0, n * m, 0);
        if (m == 1) {
            // dW of one node: c^T (1 x n) = b^T (1 x rows) a, a product of one row for the kernels
            // (in lanes along the n sums, each still over the rows in order from 0)
            for (int r = 0; r < rows; r++) sd[0] += bd[r];
            KERNELS.mult(1, rows, n, bd, ad, cd);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int ri = r * n, ro = r * m;
            for (int j = 0; j < m; j++) sd[j] += bd[ro + j];
            for (int i = 0; i < n; i++) {
                double v = ad[ri + i];
                for (int j = 0, co = i * m; j < m; j++) cd[co + j] = Math.fma(v, bd[ro + j], cd[co + j]);
            }
        }
    }

    /**
     * c = a b^T, with a rows x m and b n x m (c is rows x n). For large b, transposing it into bT
     * first lets the blocked kernel stream rows of bT.
     */
    static void multTransB(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj bT, DMatrixRMaj c, StopPoll poll) {
        int rows = a.numRows, m = a.numCols, n = b.numRows;
        if (n * m > SMALL) {
            // bT = b^T
            double[] bd = b.data, td = bT.data;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) td[j * n + i] = bd[i * m + j];
            }
            c.reshape(rows, n);
            mult(rows, m, n, a.data, td, c.data, poll);
            return;
        }
        c.reshape(rows, n);
        double[] ad = a.data, bd = b.data, cd = c.data;
        if (m == 1) {
            // c[r][i] = fma(a[r], b[i], 0), the sum below of one term (an exact -0.0 product gives +0.0)
            for (int r = 0, rc = 0; r < rows; r++, rc += n) {
                double v = ad[r];
                for (int i = 0; i < n; i++) cd[rc + i] = Math.fma(v, bd[i], 0.0);
            }
            return;
        }
        for (int r = 0; r < rows; r++) {
            int ra = r * m, rc = r * n;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0, bo = i * m; j < m; j++) s = Math.fma(ad[ra + j], bd[bo + j], s);
                cd[rc + i] = s;
            }
        }
    }

    /** c (rows x m) = a b through the kernels, in pieces of rows with a poll before each when it is long. */
    private static void mult(int rows, int n, int m, double[] a, double[] b, double[] c, StopPoll poll) {
        if (poll.never() || (long) rows * n * m <= PIECE) {
            KERNELS.mult(rows, n, m, a, b, c);
            return;
        }
        int step = piece((long) n * m);
        for (int from = 0; from < rows; from += step) {
            poll.check();
            KERNELS.mult(from, Math.min(rows, from + step), n, m, a, b, c);
        }
    }

    /** Output rows per piece when each costs perRow multiply-adds: a multiple of 4 (the kernels' blocks), at least 4. */
    private static int piece(long perRow) {
        return (int) Math.max(4, Math.min(Integer.MAX_VALUE / 2, PIECE / perRow) & ~3L);
    }
}
