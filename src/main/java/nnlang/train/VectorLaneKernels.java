package nnlang.train;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import nnlang.model.Activation;

/**
 * {@link LaneKernels} with the Vector API (loaded only with jdk.incubator.vector, by
 * LaneKernels.best): one vector holds one element of V lanes (V trials), so a vector fma is V
 * trials' fma of the same step, the bits of ScalarLaneKernels lane by lane. The lane count must
 * be a multiple of V. Running sums live in the output arrays (loaded, fma, stored): between two
 * steps of one sum come the other rows' steps, which hides the fma's latency, and no vector is
 * chosen between two values (a phi C2 on JDK 17 would box).
 */
final class VectorLaneKernels implements LaneKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1.0);

    @Override public int width() { return V; }

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
                for (int v = 0; v < lanes; v += V) {
                    DoubleVector wv = DoubleVector.fromArray(S, w, wo + v);
                    for (int o = zo + v, p = io + v, end = zo + rl; o < end; o += lanes, p += lanes) {
                        DoubleVector.fromArray(S, in, p).fma(wv, DoubleVector.fromArray(S, z, o)).intoArray(z, o);
                    }
                }
            }
            if (!biasFirst) {
                for (int v = 0; v < lanes; v += V) {
                    DoubleVector bv = DoubleVector.fromArray(S, b, j * lanes + v);
                    for (int o = zo + v, end = zo + rl; o < end; o += lanes) {
                        DoubleVector.fromArray(S, z, o).add(bv).intoArray(z, o);
                    }
                }
            }
        }
    }

    @Override public void gradients(int n, int m, int rows, int lanes, double[] in, double[] d, double[] gw,
                                    double[] gb) {
        int rl = rows * lanes;
        Arrays.fill(gb, 0, m * lanes, 0.0);
        Arrays.fill(gw, 0, n * m * lanes, 0.0);
        for (int j = 0; j < m; j++) {
            int dO = j * rl;
            for (int v = 0; v < lanes; v += V) {
                int go = j * lanes + v;
                DoubleVector sb = DoubleVector.fromArray(S, gb, go);
                for (int p = dO + v, end = dO + rl; p < end; p += lanes) sb = sb.add(DoubleVector.fromArray(S, d, p));
                sb.intoArray(gb, go);
            }
            for (int i = 0; i < n; i++) {
                int io = i * rl;
                for (int v = 0; v < lanes; v += V) {
                    int go = (i * m + j) * lanes + v;
                    DoubleVector s = DoubleVector.fromArray(S, gw, go);
                    for (int p = io + v, q = dO + v, end = io + rl; p < end; p += lanes, q += lanes) {
                        s = DoubleVector.fromArray(S, in, p).fma(DoubleVector.fromArray(S, d, q), s);
                    }
                    s.intoArray(gw, go);
                }
            }
        }
    }

    @Override public void back(int n, int m, int rows, int lanes, double[] d, double[] w, double[] dp) {
        int rl = rows * lanes;
        Arrays.fill(dp, 0, n * rl, 0.0);
        for (int i = 0; i < n; i++) {
            int po = i * rl;
            for (int j = 0; j < m; j++) {
                int dO = j * rl, wo = (i * m + j) * lanes;
                for (int v = 0; v < lanes; v += V) {
                    DoubleVector wv = DoubleVector.fromArray(S, w, wo + v);
                    for (int o = po + v, p = dO + v, end = po + rl; o < end; o += lanes, p += lanes) {
                        DoubleVector.fromArray(S, d, p).fma(wv, DoubleVector.fromArray(S, dp, o)).intoArray(dp, o);
                    }
                }
            }
        }
    }

    /** Sigmoid's a (1 - a) and tanh's 1 - a a in lanes; the others as Activation has them. */
    @Override public void slope(Activation f, double[] z, double[] a, double[] d, int n) {
        if (f != Activation.SIGMOID && f != Activation.TANH) {
            f.scaleBySlope(z, a, d, 0, n);
            return;
        }
        int k = 0;
        // two loops, not a choice between two vectors (a phi, which C2 on JDK 17 boxes)
        if (f == Activation.SIGMOID) {
            for (; k + V <= n; k += V) {
                // d * (a * (1 - a)), each product rounded as in Activation
                DoubleVector av = DoubleVector.fromArray(S, a, k);
                DoubleVector.fromArray(S, d, k).mul(av.mul(ONE.sub(av))).intoArray(d, k);
            }
        } else {
            for (; k + V <= n; k += V) {
                // d * (1 - a * a)
                DoubleVector av = DoubleVector.fromArray(S, a, k);
                DoubleVector.fromArray(S, d, k).mul(ONE.sub(av.mul(av))).intoArray(d, k);
            }
        }
        f.scaleBySlope(z, a, d, k, n - k);
    }
}
