package nnlang.train;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import nnlang.model.Activation;

/**
 * {@link LaneKernels} with the Vector API (loaded only with jdk.incubator.vector, by
 * LaneKernels.best): one vector holds one element of V lanes (V trials), so a vector fma is V
 * trials' fma of the same step, the bits of ScalarLaneKernels lane by lane. The lane count is V
 * (the loops step by the constant V, so that C2 sees counted loops and drops the index checks
 * of fromArray and intoArray). Running sums live in the output arrays (loaded, fma, stored): between two
 * steps of one sum come the other rows' steps, which hides the fma's latency, and no vector is
 * chosen between two values (a phi C2 on JDK 17 would box).
 */
final class VectorLaneKernels implements LaneKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1.0);

    @Override public int width() { return V; }

    @Override public boolean exact() { return true; }

    @Override public void forward(int n, int m, int rows, int lanes, boolean biasFirst, double[] in, double[] w,
                                  double[] b, double[] z) {
        int rl = rows * V;
        for (int j = 0; j < m; j++) {
            int zo = j * rl;
            if (biasFirst) {
                DoubleVector bv = DoubleVector.fromArray(S, b, j * V);
                for (int e = 0; e < rl; e += V) bv.intoArray(z, zo + e);
            } else {
                Arrays.fill(z, zo, zo + rl, 0.0);
            }
            for (int i = 0; i < n; i++) {
                int io = i * rl;
                DoubleVector wv = DoubleVector.fromArray(S, w, (i * m + j) * V);
                for (int e = 0; e < rl; e += V) {
                    DoubleVector.fromArray(S, in, io + e).fma(wv, DoubleVector.fromArray(S, z, zo + e)).intoArray(z, zo + e);
                }
            }
            if (!biasFirst) {
                DoubleVector bv = DoubleVector.fromArray(S, b, j * V);
                for (int e = 0; e < rl; e += V) DoubleVector.fromArray(S, z, zo + e).add(bv).intoArray(z, zo + e);
            }
        }
    }

    @Override public void gradients(int n, int m, int rows, int lanes, double[] in, double[] d, double[] gw,
                                    double[] gb) {
        int rl = rows * V;
        Arrays.fill(gb, 0, m * V, 0.0);
        Arrays.fill(gw, 0, n * m * V, 0.0);
        for (int j = 0; j < m; j++) {
            int dO = j * rl, i = 0;
            // four sums side by side (four chains of fma over the rows, not one whose latency sets the pace)
            for (; i + 4 <= n; i += 4) block4(i, j, m, rl, in, d, gw);
            // the bias with the last odd input, or alone
            if ((n - i) % 2 == 1) {
                biasAndOne(i, j, m, rl, in, d, gw, gb);
                i++;
            } else {
                DoubleVector sb = DoubleVector.fromArray(S, gb, j * V);
                for (int e = 0; e < rl; e += V) sb = sb.add(DoubleVector.fromArray(S, d, dO + e));
                sb.intoArray(gb, j * V);
            }
            for (; i + 2 <= n; i += 2) block2(i, j, m, rl, in, d, gw);
        }
    }

    // dW rows i .. i + 3 of node j: each a chain over the rows from the zeros in gw
    private static void block4(int i, int j, int m, int rl, double[] in, double[] d, double[] gw) {
        int g0 = (i * m + j) * V, g1 = g0 + m * V, g2 = g1 + m * V, g3 = g2 + m * V, io = i * rl, dO = j * rl;
        DoubleVector s0 = DoubleVector.fromArray(S, gw, g0), s1 = DoubleVector.fromArray(S, gw, g1);
        DoubleVector s2 = DoubleVector.fromArray(S, gw, g2), s3 = DoubleVector.fromArray(S, gw, g3);
        for (int e = 0; e < rl; e += V) {
            DoubleVector dv = DoubleVector.fromArray(S, d, dO + e);
            s0 = DoubleVector.fromArray(S, in, io + e).fma(dv, s0);
            s1 = DoubleVector.fromArray(S, in, io + rl + e).fma(dv, s1);
            s2 = DoubleVector.fromArray(S, in, io + 2 * rl + e).fma(dv, s2);
            s3 = DoubleVector.fromArray(S, in, io + 3 * rl + e).fma(dv, s3);
        }
        s0.intoArray(gw, g0);
        s1.intoArray(gw, g1);
        s2.intoArray(gw, g2);
        s3.intoArray(gw, g3);
    }

    private static void block2(int i, int j, int m, int rl, double[] in, double[] d, double[] gw) {
        int g0 = (i * m + j) * V, g1 = g0 + m * V, io = i * rl, dO = j * rl;
        DoubleVector s0 = DoubleVector.fromArray(S, gw, g0), s1 = DoubleVector.fromArray(S, gw, g1);
        for (int e = 0; e < rl; e += V) {
            DoubleVector dv = DoubleVector.fromArray(S, d, dO + e);
            s0 = DoubleVector.fromArray(S, in, io + e).fma(dv, s0);
            s1 = DoubleVector.fromArray(S, in, io + rl + e).fma(dv, s1);
        }
        s0.intoArray(gw, g0);
        s1.intoArray(gw, g1);
    }

    // db_j = 0.0 + dZ over the rows, and dW row i of node j, side by side
    private static void biasAndOne(int i, int j, int m, int rl, double[] in, double[] d, double[] gw, double[] gb) {
        int g0 = (i * m + j) * V, io = i * rl, dO = j * rl;
        DoubleVector s0 = DoubleVector.fromArray(S, gw, g0), sb = DoubleVector.fromArray(S, gb, j * V);
        for (int e = 0; e < rl; e += V) {
            DoubleVector dv = DoubleVector.fromArray(S, d, dO + e);
            sb = sb.add(dv);
            s0 = DoubleVector.fromArray(S, in, io + e).fma(dv, s0);
        }
        s0.intoArray(gw, g0);
        sb.intoArray(gb, j * V);
    }

    @Override public void back(int n, int m, int rows, int lanes, double[] d, double[] w, double[] dp) {
        int rl = rows * V;
        Arrays.fill(dp, 0, n * rl, 0.0);
        for (int i = 0; i < n; i++) {
            int po = i * rl;
            for (int j = 0; j < m; j++) {
                int dO = j * rl;
                DoubleVector wv = DoubleVector.fromArray(S, w, (i * m + j) * V);
                for (int e = 0; e < rl; e += V) {
                    DoubleVector.fromArray(S, d, dO + e).fma(wv, DoubleVector.fromArray(S, dp, po + e)).intoArray(dp, po + e);
                }
            }
        }
    }

    /** Optimizer's rules in lanes (each array's length is a multiple of V): the same operations, element by element. */
    @Override public boolean step(OptimizerKind kind, double lr, double mu, double c1, double c2, double[] w,
                                  double[] g, double[] snap, double[] s1, double[] s2) {
        int n = g.length;
        DoubleVector check = DoubleVector.zero(S), zero = DoubleVector.zero(S), rate = DoubleVector.broadcast(S, lr);
        // one loop per rule: no vector chosen between the rules' results (a phi C2 on JDK 17 boxes)
        if (kind == OptimizerKind.SGD) {
            for (int k = 0; k < n; k += V) {
                // w -= lr g
                DoubleVector wk = DoubleVector.fromArray(S, w, k);
                wk.intoArray(snap, k);
                wk = wk.sub(rate.mul(DoubleVector.fromArray(S, g, k)));
                wk.intoArray(w, k);
                check = check.add(wk.mul(zero));
            }
        } else if (kind == OptimizerKind.MOMENTUM) {
            DoubleVector m = DoubleVector.broadcast(S, mu);
            for (int k = 0; k < n; k += V) {
                // v = mu v - lr g; w += v
                DoubleVector wk = DoubleVector.fromArray(S, w, k);
                wk.intoArray(snap, k);
                DoubleVector v = m.mul(DoubleVector.fromArray(S, s1, k)).sub(rate.mul(DoubleVector.fromArray(S, g, k)));
                v.intoArray(s1, k);
                wk = wk.add(v);
                wk.intoArray(w, k);
                check = check.add(wk.mul(zero));
            }
        } else {
            DoubleVector b1 = DoubleVector.broadcast(S, Optimizer.BETA1), b2 = DoubleVector.broadcast(S, Optimizer.BETA2),
                    o1 = DoubleVector.broadcast(S, 1 - Optimizer.BETA1), o2 = DoubleVector.broadcast(S, 1 - Optimizer.BETA2),
                    k1 = DoubleVector.broadcast(S, c1), k2 = DoubleVector.broadcast(S, c2),
                    eps = DoubleVector.broadcast(S, Optimizer.EPSILON);
            for (int k = 0; k < n; k += V) {
                // m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g g; w -= lr (m c1) / (sqrt(v c2) + eps)
                DoubleVector wk = DoubleVector.fromArray(S, w, k), gk = DoubleVector.fromArray(S, g, k);
                wk.intoArray(snap, k);
                DoubleVector m = b1.mul(DoubleVector.fromArray(S, s1, k)).add(o1.mul(gk));
                DoubleVector v = b2.mul(DoubleVector.fromArray(S, s2, k)).add(o2.mul(gk).mul(gk));
                m.intoArray(s1, k);
                v.intoArray(s2, k);
                wk = wk.sub(rate.mul(m.mul(k1)).div(v.mul(k2).sqrt().add(eps)));
                wk.intoArray(w, k);
                check = check.add(wk.mul(zero));
            }
        }
        return check.reduceLanes(VectorOperators.ADD) == 0;
    }

    @Override public void nanCheck(double[] out, int lanes, double[] check) {
        DoubleVector c = DoubleVector.zero(S), zero = DoubleVector.zero(S);
        for (int e = 0; e < out.length; e += V) c = c.add(DoubleVector.fromArray(S, out, e).mul(zero));
        c.intoArray(check, 0);
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
