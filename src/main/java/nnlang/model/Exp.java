package nnlang.model;

/**
 * e^x by a polynomial, the one exp of training and reports (sigmoid, tanh, softmax). It is
 * written twice with the same operations in the same order: here for one double with
 * {@link Math#fma}, and in nnlang.train.VectorMath for the lanes of a DoubleVector with its fma,
 * so the scalar and the Vector API paths give the same bits (IEEE 754 rounds every one of these
 * operations the same way, one lane or eight).
 *
 * <p>The steps: x = k ln 2 + r with k = round(x / ln 2) and |r| <= ln 2 / 2 (Cody-Waite: ln 2 in
 * two parts, the first with trailing zeros so that k ln2_hi is exact, and the rounding error of r
 * kept); e^r = 1 + r + r^2 P(r), P the Taylor polynomial to r^13 / 13! (truncation below 2^-57),
 * its last additions done in two parts so that one rounding dominates; then times 2^k, as
 * 2^k1 2^(k - k1) with k1 about k / 2, so that a subnormal result is rounded once. Accuracy: within 1 ulp of
 * {@link Math#exp} for every x (ExpTest checks 10^6 points over [-746, 710] and the edges);
 * training uses x <= 0 (sigmoid of -|z|, tanh of -2|z|, softmax of z - max). Overflow gives
 * +Infinity above 709.782712893384, underflow 0 below -745.1332191019412, NaN stays NaN, -0.0 gives 1.
 */
public final class Exp {
    private Exp() {}

    /** log2(e), and 1.5 * 2^52: x log2(e) + SHIFT - SHIFT rounds to the nearest integer (ties to even). */
    public static final double LOG2E = 1.4426950408889634, SHIFT = 0x1.8p52;
    /** ln 2 = LN2_HI + LN2_LO (fdlibm's split: LN2_HI has 32 trailing zero bits). */
    public static final double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
    /** Beyond these e^x is +Infinity or 0. */
    public static final double OVER = 709.782712893384, UNDER = -745.1332191019412;
    /** The arguments are clamped to [LOW, HIGH] before the reduction (the results outside are set afterwards). */
    public static final double LOW = -746, HIGH = 710;
    /** 1 / n! for n = 2 .. 13: P(r) = C[0] + C[1] r + ... + C[11] r^11. */
    static final double[] C = {
        1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, 1.0 / 362880,
        1.0 / 3628800, 1.0 / 39916800, 1.0 / 479001600, 1.0 / 6227020800.0 };
    public static final double C2 = C[0], C3 = C[1], C4 = C[2], C5 = C[3], C6 = C[4], C7 = C[5], C8 = C[6],
            C9 = C[7], C10 = C[8], C11 = C[9], C12 = C[10], C13 = C[11];

    public static double exp(double x) {
        double xc = Math.min(Math.max(x, LOW), HIGH);
        double shifted = Math.fma(xc, LOG2E, SHIFT);
        double kd = shifted - SHIFT;
        // r = xc - k ln 2 as hi - lo, and its rounding error
        double hi = Math.fma(-kd, LN2_HI, xc);
        double lo = kd * LN2_LO;
        double r = hi - lo;
        double rerr = (hi - r) - lo;
        double p = Math.fma(C13, r, C12);
        p = Math.fma(p, r, C11);
        p = Math.fma(p, r, C10);
        p = Math.fma(p, r, C9);
        p = Math.fma(p, r, C8);
        p = Math.fma(p, r, C7);
        p = Math.fma(p, r, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        // e^r = (1 + r) + (r^2 P + rerr), 1 + r in two parts
        double u = Math.fma(r * p, r, rerr);
        double s = 1 + r;
        double serr = (1 - s) + r;
        double e = s + (serr + u);
        // times 2^k = 2^k1 2^k2
        long k = Double.doubleToRawLongBits(shifted) - Double.doubleToRawLongBits(SHIFT);
        // k1 = k / 2 rounded to the nearest (ties to even), by the same shift as k, and k2 = k - k1
        long k1 = Double.doubleToRawLongBits(Math.fma(kd, 0.5, SHIFT)) - Double.doubleToRawLongBits(SHIFT), k2 = k - k1;
        double y = e * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
        y = x > OVER ? Double.POSITIVE_INFINITY : y;
        y = x < UNDER ? 0 : y;
        return x != x ? x : y;
    }
}
