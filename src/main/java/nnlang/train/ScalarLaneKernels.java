package nnlang.train;

import java.util.Arrays;

/** {@link LaneKernels} with Math.fma, lane by lane: any lane count, the bits of the Vector API ones. */
final class ScalarLaneKernels implements LaneKernels {
    /** Any lane count works. */
    @Override public int width() { return 1; }

    /** Without the Vector API four lanes still give the loops over them some independent work. */
    @Override public int batch() { return 4; }

    @Override public void forward(int n, int m, int rows, int lanes, boolean biasFirst, double[] in, double[] w,
                                  double[] b, double[] z) {
        int rl = rows * lanes;
        for (int j = 0; j < m; j++) {
            int zo = j * rl;
            if (biasFirst) {
                for (int r = 0; r < rows; r++) System.arraycopy(b, j * lanes, z, zo + r * lanes, lanes);
            } else {
                Arrays.fill(z, zo, zo + rl, 0.0);
            }
            for (int i = 0; i < n; i++) {
                int io = i * rl, wo = (i * m + j) * lanes;
                for (int r = 0; r < rows; r++) {
                    int o = r * lanes;
                    for (int v = 0; v < lanes; v++) z[zo + o + v] = Math.fma(in[io + o + v], w[wo + v], z[zo + o + v]);
                }
            }
            if (!biasFirst) {
                for (int r = 0; r < rows; r++) {
                    for (int v = 0; v < lanes; v++) z[zo + r * lanes + v] += b[j * lanes + v];
                }
            }
        }
    }

    @Override public void gradients(int n, int m, int rows, int lanes, double[] in, double[] d, double[] gw,
                                    double[] gb) {
        int rl = rows * lanes;
        for (int j = 0; j < m; j++) {
            int dO = j * rl;
            for (int v = 0; v < lanes; v++) {
                double sb = 0;
                for (int r = 0; r < rows; r++) sb += d[dO + r * lanes + v];
                gb[j * lanes + v] = sb;
            }
            for (int i = 0; i < n; i++) {
                int io = i * rl, go = (i * m + j) * lanes;
                for (int v = 0; v < lanes; v++) {
                    double s = 0;
                    for (int r = 0; r < rows; r++) s = Math.fma(in[io + r * lanes + v], d[dO + r * lanes + v], s);
                    gw[go + v] = s;
                }
            }
        }
    }

    @Override public void back(int n, int m, int rows, int lanes, double[] d, double[] w, double[] dp) {
        int rl = rows * lanes;
        for (int i = 0; i < n; i++) {
            int po = i * rl;
            Arrays.fill(dp, po, po + rl, 0.0);
            for (int j = 0; j < m; j++) {
                int dO = j * rl, wo = (i * m + j) * lanes;
                for (int r = 0; r < rows; r++) {
                    int o = r * lanes;
                    for (int v = 0; v < lanes; v++) dp[po + o + v] = Math.fma(d[dO + o + v], w[wo + v], dp[po + o + v]);
                }
            }
        }
    }
}
