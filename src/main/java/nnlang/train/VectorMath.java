package nnlang.train;

import static nnlang.model.Exp.*;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link nnlang.model.Exp#exp}, and sigmoid and tanh as {@link nnlang.model.Activation} builds
 * them on it, for the lanes of a DoubleVector: the same operations in the same order, one per
 * line as there, so every lane has the bits of the scalar function (loaded only with the Vector
 * API, by VectorKernels).
 */
final class VectorMath {
    private VectorMath() {}

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    // Every constant is a vector: an operation given a double broadcasts it several calls deep,
    // past C2's inlining depth (MaxInlineLevel 15) from the loops that call these functions, and
    // a call that is not inlined boxes its vectors (measured: 176 bytes allocated a vector).
    private static final DoubleVector ZERO = DoubleVector.zero(S), ONE = bc(1), TWO_TO_MINUS_55 = bc(0x1p-55),
            V_SHIFT = bc(SHIFT), V_MINUS_LN2_HI = bc(-LN2_HI), V_LN2_LO = bc(LN2_LO),
            V2 = bc(C2), V3 = bc(C3), V4 = bc(C4), V5 = bc(C5), V6 = bc(C6), V7 = bc(C7), V8 = bc(C8), V9 = bc(C9),
            V10 = bc(C10), V11 = bc(C11);
    private static final LongVector SHIFT_BITS = LongVector.broadcast(S.withLanes(long.class),
            Double.doubleToRawLongBits(SHIFT)), BIAS_55 = LongVector.broadcast(S.withLanes(long.class), 1023 + 55);

    private static DoubleVector bc(double v) { return DoubleVector.broadcast(S, v); }

    /** What {@link #lanes} computes. */
    static final int EXP = 0, SIGMOID = 1, TANH = 2;

    /**
     * a[k] = f(z[k]) for k from 0 to n - 1 in whole vectors (the caller does the tail), f being
     * Exp.exp(-|z|) (EXP), Activation's sigmoid (with e = exp(-|z|)) or tanh (e = exp(-2 |z|)).
     * Every exp here is of a number at most 0, so only the low clamp of Exp.exp is done (the high
     * one never acts: the same bits without its compare and select, a sixth of a sigmoid's time).
     * One method with the loop inside and no vector passed to or returned from a call: it is too
     * big for C2 to inline into its callers, so it is compiled as a root of its own and every
     * Vector API call in it is inlined (a call that is not inlined boxes its vectors, and from deep
     * in the trainer's calls the Vector API's own chains of calls go past C2's inlining depth).
     *
     * @return the first k not done (n rounded down to whole vectors)
     */
    static int lanes(int kind, double[] z, double[] a, int n) {
        int V = S.length(), k = 0;
        // x = -c |z| with c = 1 for exp and sigmoid, 2 for tanh (exact, as in Activation). Its clamp
        // to LOW is the clamp of |z| to -LOW / c, and x log2(e) is |z| (-c log2(e)), the same exact
        // product: so the first steps wait for no multiplication (x itself is needed only later)
        double c = kind == TANH ? 2.0 : 1.0;
        DoubleVector minusC = DoubleVector.broadcast(S, -c), top = DoubleVector.broadcast(S, -LOW / c),
                minusCLog2e = DoubleVector.broadcast(S, -c * LOG2E);
        for (; k + V <= n; k += V) {
            DoubleVector zv = DoubleVector.fromArray(S, z, k);
            // Exp.exp(x), step by step, for x <= 0 (or NaN, which passes through)
            DoubleVector az = zv.abs();
            az = az.blend(top, az.compare(VectorOperators.GT, top));
            DoubleVector xc = az.mul(minusC);
            DoubleVector shifted = az.fma(minusCLog2e, V_SHIFT);
            DoubleVector kd = shifted.sub(V_SHIFT);
            // -kd ln2_hi + xc as kd (-ln2_hi) + xc: the same exact product, one negation fewer
            DoubleVector hi = kd.fma(V_MINUS_LN2_HI, xc);
            DoubleVector lo = kd.mul(V_LN2_LO);
            DoubleVector r = hi.sub(lo);
            DoubleVector rerr = hi.sub(r).sub(lo);
            DoubleVector r2 = r.mul(r), r4 = r2.mul(r2);
            DoubleVector q0 = r.fma(V3, V2), q1 = r.fma(V5, V4), q2 = r.fma(V7, V6);
            DoubleVector q3 = r.fma(V9, V8), q4 = r.fma(V11, V10);
            DoubleVector t0 = q1.fma(r2, q0), t1 = q3.fma(r2, q2);
            DoubleVector p = q4.fma(r4, t1).fma(r4, t0);
            DoubleVector u = r.mul(p).fma(r, rerr);
            DoubleVector sum = ONE.add(r);
            DoubleVector serr = ONE.sub(sum).add(r);
            DoubleVector e = sum.add(serr.add(u));
            // times 2^k in two steps, 2^(k + 55) and then 2^-55: with -1076 <= k <= 0 (x clamped
            // to LOW, at most 0) the first product is normal and exact, so e 2^k is rounded once,
            // the bits of Exp.exp's 2^k1 2^k2 (and five operations fewer than that split)
            LongVector kl = shifted.reinterpretAsLongs().sub(SHIFT_BITS);
            DoubleVector y = e.mul(kl.add(BIAS_55).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles())
                    .mul(TWO_TO_MINUS_55);
            // each kind stores its own result (no vector merges between the branches)
            if (kind == EXP) {
                y.intoArray(a, k);
            } else if (kind == SIGMOID) {
                // (z >= 0 ? 1 : e) / (1 + e)
                y.blend(ONE, zv.compare(VectorOperators.GE, ZERO)).div(y.add(ONE)).intoArray(a, k);
            } else {
                // t = (1 - e) / (1 + e), -t for z < 0
                DoubleVector t = ONE.sub(y).div(y.add(ONE));
                t.blend(t.neg(), zv.compare(VectorOperators.LT, ZERO)).intoArray(a, k);
            }
        }
        return k;
    }
}
