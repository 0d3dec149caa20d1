package nnlang.model;

/**
 * e^x by a polynomial, the one exp of training and reports (sigmoid, tanh, softmax). It is
 * written twice with the same operations in the same order: here for one double with
 * {@link Math#fma}, and in nnlang.train.VectorMath for the lanes of a DoubleVector with its fma,
 * so the scalar and the Vector API paths give the same bits (IEEE 754 rounds every one of these
 * operations the same way, one lane or eight). The lanes only take x <= 0 (sigmoid's and tanh's
 * exps), where the clamp to HIGH never acts, so they leave it out.
 *
 * <p>The steps: x = k ln 2 + r with k = round(x / ln 2) and |r| <= ln 2 / 2 (Cody-Waite: ln 2 in
 * two parts, the first with trailing zeros so that k ln2_hi is exact, and the rounding error of r
 * kept); e^r = 1 + r + r^2 P(r), P a polynomial of degree 9 (see C2),
 * its last additions done in two parts so that one rounding dominates; then times 2^k, as
 * 2^k1 2^(k - k1) with k1 about k / 2, so that a subnormal result is rounded once. Accuracy: within 1 ulp of
 * {@link Math#exp} for every x (ExpTest checks a million points over [-746, 710] and the edges);
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
    /**
     * P(r) = C2 + C3 r + ... + C11 r^9 ~ (e^r - 1 - r) / r^2 on |r| <= ln 2 / 2: the Chebyshev
     * interpolant of degree 9 (mpmath.chebyfit at 50 digits), rounded to doubles; its error
     * times r^2 is below 1.3e-17, about 0.06 ulp of e^r.
     */
    public static final double C2 = 0.5000000000000001, C3 = 0.16666666666666669, C4 = 0.041666666666624164,
            C5 = 0.008333333333330065, C6 = 0.0013888888917197209, C7 = 0.00019841269863040922,
            C8 = 2.4801521321606647e-05, C9 = 2.7557268479724004e-06, C10 = 2.7620076242527254e-07,
            C11 = 2.510037611136142e-08;

    public static double exp(double x) {
        // clamped by selects (Math.min and max are slower for their NaN and -0.0 rules); a NaN
        // passes through and makes every step NaN, and past the ends the steps overflow to
        // +Infinity or round to 0 by themselves
        double xc = x < LOW ? LOW : x;
        xc = xc > HIGH ? HIGH : xc;
        double shifted = Math.fma(xc, LOG2E, SHIFT);
        double kd = shifted - SHIFT;
        // r = xc - k ln 2 as hi - lo, and its rounding error
        double hi = Math.fma(-kd, LN2_HI, xc);
        double lo = kd * LN2_LO;
        double r = hi - lo;
        double rerr = (hi - r) - lo;
        // P(r) by Estrin's scheme: pairs, then r^2 and r^4
        double r2 = r * r, r4 = r2 * r2;
        double q0 = Math.fma(C3, r, C2), q1 = Math.fma(C5, r, C4), q2 = Math.fma(C7, r, C6);
        double q3 = Math.fma(C9, r, C8), q4 = Math.fma(C11, r, C10);
        double t0 = Math.fma(q1, r2, q0), t1 = Math.fma(q3, r2, q2);
        double p = Math.fma(Math.fma(q4, r4, t1), r4, t0);
        // e^r = (1 + r) + (r^2 P + rerr), 1 + r in two parts
        double u = Math.fma(r * p, r, rerr);
        double s = 1 + r;
        double serr = (1 - s) + r;
        double e = s + (serr + u);
        // times 2^k = 2^k1 2^k2, both normal: the first product is exact, so the result is e 2^k
        // rounded once whatever the split (the lanes split k another way, to the same bits)
        long k = Double.doubleToRawLongBits(shifted) - Double.doubleToRawLongBits(SHIFT);
        long k1 = k >> 1, k2 = k - k1;
        return e * Double.longBitsToDouble((k1 + 1023) << 52) * Double.longBitsToDouble((k2 + 1023) << 52);
    }
}
