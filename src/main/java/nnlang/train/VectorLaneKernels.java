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
 * of fromArray and intoArray). Running sums stay in registers, four or so side by side (chains of
 * fma whose latency overlaps), and no vector is chosen between two values (a phi C2 on JDK 17
 * would box).
 */
final class VectorLaneKernels implements LaneKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int V = S.length();
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1.0);

    @Override public int width() { return V; }

    @Override public boolean exact() { return true; }

    /** Sums start from these (+0.0), and -0.0 is what adds nothing (x + -0.0 is x, -0.0 included). */
    private static final double[] ZEROS = new double[V], MINUS_ZEROS = new double[V];
    static { Arrays.fill(MINUS_ZEROS, -0.0); }

    @Override public void forward(int n, int m, int rows, int lanes, boolean biasFirst, double[] in, double[] w,
                                  double[] b, double[] z) {
        int rl = rows * V;
        for (int j = 0; j < m; j++) {
            // each sum starts from b (biasFirst) or +0.0, and ends adding b or -0.0: arrays chosen,
            // not vectors (a vector chosen between two is a phi, which C2 on JDK 17 boxes)
            double[] from = biasFirst ? b : ZEROS, plus = biasFirst ? MINUS_ZEROS : b;
            int fo = biasFirst ? j * V : 0, po = biasFirst ? 0 : j * V, zo = j * rl, e = 0;
            // four rows' sums at once in registers (four chains of fma, not one whose latency sets the pace)
            for (; e + 8 * V <= rl; e += 8 * V) forward8(n, m, j, rl, e, in, w, from, fo, plus, po, z, zo);
            for (; e + 4 * V <= rl; e += 4 * V) forward4(n, m, j, rl, e, in, w, from, fo, plus, po, z, zo);
            for (; e < rl; e += V) {
                DoubleVector s0 = DoubleVector.fromArray(S, from, fo);
                for (int i = 0; i < n; i++) {
                    s0 = DoubleVector.fromArray(S, in, i * rl + e).fma(DoubleVector.fromArray(S, w, (i * m + j) * V), s0);
                }
                s0.add(DoubleVector.fromArray(S, plus, po)).intoArray(z, zo + e);
            }
        }
    }

    private static void forward8(int n, int m, int j, int rl, int e, double[] in, double[] w, double[] from, int fo,
                                 double[] plus, int po, double[] z, int zo) {
        DoubleVector s0 = DoubleVector.fromArray(S, from, fo), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
        for (int i = 0; i < n; i++) {
            int io = i * rl + e;
            DoubleVector wv = DoubleVector.fromArray(S, w, (i * m + j) * V);
            s0 = DoubleVector.fromArray(S, in, io).fma(wv, s0);
            s1 = DoubleVector.fromArray(S, in, io + V).fma(wv, s1);
            s2 = DoubleVector.fromArray(S, in, io + 2 * V).fma(wv, s2);
            s3 = DoubleVector.fromArray(S, in, io + 3 * V).fma(wv, s3);
            s4 = DoubleVector.fromArray(S, in, io + 4 * V).fma(wv, s4);
            s5 = DoubleVector.fromArray(S, in, io + 5 * V).fma(wv, s5);
            s6 = DoubleVector.fromArray(S, in, io + 6 * V).fma(wv, s6);
            s7 = DoubleVector.fromArray(S, in, io + 7 * V).fma(wv, s7);
        }
        DoubleVector p = DoubleVector.fromArray(S, plus, po);
        s0.add(p).intoArray(z, zo + e);
        s1.add(p).intoArray(z, zo + e + V);
        s2.add(p).intoArray(z, zo + e + 2 * V);
        s3.add(p).intoArray(z, zo + e + 3 * V);
        s4.add(p).intoArray(z, zo + e + 4 * V);
        s5.add(p).intoArray(z, zo + e + 5 * V);
        s6.add(p).intoArray(z, zo + e + 6 * V);
        s7.add(p).intoArray(z, zo + e + 7 * V);
    }

    private static void forward4(int n, int m, int j, int rl, int e, double[] in, double[] w, double[] from, int fo,
                                 double[] plus, int po, double[] z, int zo) {
        DoubleVector s0 = DoubleVector.fromArray(S, from, fo), s1 = s0, s2 = s0, s3 = s0;
        for (int i = 0; i < n; i++) {
            int io = i * rl + e;
            DoubleVector wv = DoubleVector.fromArray(S, w, (i * m + j) * V);
            s0 = DoubleVector.fromArray(S, in, io).fma(wv, s0);
            s1 = DoubleVector.fromArray(S, in, io + V).fma(wv, s1);
            s2 = DoubleVector.fromArray(S, in, io + 2 * V).fma(wv, s2);
            s3 = DoubleVector.fromArray(S, in, io + 3 * V).fma(wv, s3);
        }
        DoubleVector p = DoubleVector.fromArray(S, plus, po);
        s0.add(p).intoArray(z, zo + e);
        s1.add(p).intoArray(z, zo + e + V);
        s2.add(p).intoArray(z, zo + e + 2 * V);
        s3.add(p).intoArray(z, zo + e + 3 * V);
    }

    @Override public void gradients(int n, int m, int rows, int lanes, double[] in, double[] d, double[] gw,
                                    double[] gb) {
        int rl = rows * V, j = 0;
        // two nodes at once: twice the independent chains of fma over the rows
        for (; j + 2 <= m; j += 2) {
            int i = 0;
            for (; i + 2 <= n; i += 2) block2x2(i, j, m, rl, in, d, gw);
            if (i < n) {
                biasAndOne2(i, j, m, rl, in, d, gw, gb);
            } else {
                bias2(j, rl, d, gb);
            }
        }
        if (j < m) {
            int i = 0;
            for (; i + 4 <= n; i += 4) block4(i, j, m, rl, in, d, gw);
            for (; i + 2 <= n; i += 2) block2(i, j, m, rl, in, d, gw);
            if (i < n) {
                biasAndOne(i, j, m, rl, in, d, gw, gb);
            } else {
                DoubleVector sb = DoubleVector.zero(S);
                for (int e = 0; e < rl; e += V) sb = sb.add(DoubleVector.fromArray(S, d, j * rl + e));
                sb.intoArray(gb, j * V);
            }
        }
    }

    // Each dW_ij and db_j below is one chain over the rows in ascending order from +0.0, as
    // ScalarLaneKernels sums it; only which chains run side by side differs.

    // dW rows i .. i + 3 of node j
    private static void block4(int i, int j, int m, int rl, double[] in, double[] d, double[] gw) {
        int g0 = (i * m + j) * V, g1 = g0 + m * V, g2 = g1 + m * V, g3 = g2 + m * V, io = i * rl, dO = j * rl;
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
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

    // dW rows i, i + 1 of node j
    private static void block2(int i, int j, int m, int rl, double[] in, double[] d, double[] gw) {
        int g0 = (i * m + j) * V, g1 = g0 + m * V, io = i * rl, dO = j * rl;
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0;
        for (int e = 0; e < rl; e += V) {
            DoubleVector dv = DoubleVector.fromArray(S, d, dO + e);
            s0 = DoubleVector.fromArray(S, in, io + e).fma(dv, s0);
            s1 = DoubleVector.fromArray(S, in, io + rl + e).fma(dv, s1);
        }
        s0.intoArray(gw, g0);
        s1.intoArray(gw, g1);
    }

    // db_j and dW row i of node j
    private static void biasAndOne(int i, int j, int m, int rl, double[] in, double[] d, double[] gw, double[] gb) {
        int io = i * rl, dO = j * rl;
        DoubleVector s0 = DoubleVector.zero(S), sb = s0;
        for (int e = 0; e < rl; e += V) {
            DoubleVector dv = DoubleVector.fromArray(S, d, dO + e);
            sb = sb.add(dv);
            s0 = DoubleVector.fromArray(S, in, io + e).fma(dv, s0);
        }
        s0.intoArray(gw, (i * m + j) * V);
        sb.intoArray(gb, j * V);
    }

    // dW rows i, i + 1 of nodes j, j + 1
    private static void block2x2(int i, int j, int m, int rl, double[] in, double[] d, double[] gw) {
        int g0 = (i * m + j) * V, g1 = g0 + m * V, io = i * rl, dO = j * rl;
        DoubleVector s00 = DoubleVector.zero(S), s01 = s00, s10 = s00, s11 = s00;
        for (int e = 0; e < rl; e += V) {
            DoubleVector d0 = DoubleVector.fromArray(S, d, dO + e), d1 = DoubleVector.fromArray(S, d, dO + rl + e);
            DoubleVector x0 = DoubleVector.fromArray(S, in, io + e), x1 = DoubleVector.fromArray(S, in, io + rl + e);
            s00 = x0.fma(d0, s00);
            s01 = x0.fma(d1, s01);
            s10 = x1.fma(d0, s10);
            s11 = x1.fma(d1, s11);
        }
        s00.intoArray(gw, g0);
        s01.intoArray(gw, g0 + V);
        s10.intoArray(gw, g1);
        s11.intoArray(gw, g1 + V);
    }

    // db_j, db_j+1 and dW row i of nodes j, j + 1
    private static void biasAndOne2(int i, int j, int m, int rl, double[] in, double[] d, double[] gw, double[] gb) {
        int io = i * rl, dO = j * rl;
        DoubleVector s0 = DoubleVector.zero(S), s1 = s0, b0 = s0, b1 = s0;
        for (int e = 0; e < rl; e += V) {
            DoubleVector d0 = DoubleVector.fromArray(S, d, dO + e), d1 = DoubleVector.fromArray(S, d, dO + rl + e);
            DoubleVector x = DoubleVector.fromArray(S, in, io + e);
            b0 = b0.add(d0);
            b1 = b1.add(d1);
            s0 = x.fma(d0, s0);
            s1 = x.fma(d1, s1);
        }
        s0.intoArray(gw, (i * m + j) * V);
        s1.intoArray(gw, (i * m + j) * V + V);
        b0.intoArray(gb, j * V);
        b1.intoArray(gb, j * V + V);
    }

    // db_j and db_j+1
    private static void bias2(int j, int rl, double[] d, double[] gb) {
        DoubleVector b0 = DoubleVector.zero(S), b1 = b0;
        for (int e = 0; e < rl; e += V) {
            b0 = b0.add(DoubleVector.fromArray(S, d, j * rl + e));
            b1 = b1.add(DoubleVector.fromArray(S, d, j * rl + rl + e));
        }
        b0.intoArray(gb, j * V);
        b1.intoArray(gb, j * V + V);
    }

    @Override public void back(int n, int m, int rows, int lanes, double[] d, double[] w, double[] dp) {
        back(NONE, n, m, rows, d, w, null, dp);
    }

    @Override public void backAndSlope(int n, int m, int rows, int lanes, double[] d, double[] w, Activation f,
                                       double[] z, double[] a, double[] dp) {
        if (f == Activation.SIGMOID || f == Activation.TANH) {
            back(f == Activation.SIGMOID ? SIGMOID_SLOPE : TANH_SLOPE, n, m, rows, d, w, a, dp);
        } else {
            LaneKernels.super.backAndSlope(n, m, rows, lanes, d, w, f, z, a, dp);
        }
    }

    /** What the sums of {@link #back} are multiplied by before they are stored: nothing, a (1 - a), 1 - a a. */
    private static final int NONE = 0, SIGMOID_SLOPE = 1, TANH_SLOPE = 2;

    // dA_i = sum over j of fma(dZ_j, w_ij) from +0.0, four rows' sums at once in registers; then
    // times the slope as slope() has it (the one store of each sum)
    private static void back(int kind, int n, int m, int rows, double[] d, double[] w, double[] a, double[] dp) {
        int rl = rows * V;
        for (int i = 0; i < n; i++) {
            int po = i * rl, e = 0;
            for (; e + 4 * V <= rl; e += 4 * V) {
                DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
                for (int j = 0; j < m; j++) {
                    int dO = j * rl + e;
                    DoubleVector wv = DoubleVector.fromArray(S, w, (i * m + j) * V);
                    s0 = DoubleVector.fromArray(S, d, dO).fma(wv, s0);
                    s1 = DoubleVector.fromArray(S, d, dO + V).fma(wv, s1);
                    s2 = DoubleVector.fromArray(S, d, dO + 2 * V).fma(wv, s2);
                    s3 = DoubleVector.fromArray(S, d, dO + 3 * V).fma(wv, s3);
                }
                store(kind, s0, a, dp, po + e);
                store(kind, s1, a, dp, po + e + V);
                store(kind, s2, a, dp, po + e + 2 * V);
                store(kind, s3, a, dp, po + e + 3 * V);
            }
            for (; e < rl; e += V) {
                DoubleVector s0 = DoubleVector.zero(S);
                for (int j = 0; j < m; j++) {
                    s0 = DoubleVector.fromArray(S, d, j * rl + e).fma(DoubleVector.fromArray(S, w, (i * m + j) * V), s0);
                }
                store(kind, s0, a, dp, po + e);
            }
        }
    }

    // each kind its own store (no vector chosen between the kinds' results: a phi C2 on JDK 17 boxes)
    private static void store(int kind, DoubleVector s, double[] a, double[] dp, int k) {
        if (kind == NONE) {
            s.intoArray(dp, k);
        } else if (kind == SIGMOID_SLOPE) {
            // d * (a * (1 - a)), as slope()
            DoubleVector av = DoubleVector.fromArray(S, a, k);
            s.mul(av.mul(ONE.sub(av))).intoArray(dp, k);
        } else {
            // d * (1 - a * a)
            DoubleVector av = DoubleVector.fromArray(S, a, k);
            s.mul(ONE.sub(av.mul(av))).intoArray(dp, k);
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
}
