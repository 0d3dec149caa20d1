package nnlang.data;

/** The entropy terms of DESIGN.md section 2, in bits. Allocation-free: the trainer calls these. */
public final class Entropy {
    private static final double LN2 = Math.log(2);

    private Entropy() {}

    /** log base 2. */
    public static double log2(double v) { return Math.log(v) / LN2; }

    /** h = -p log2 p, with h(0) = 0. */
    public static double term(double p) { return p <= 0 ? 0 : -p * log2(p); }

    /** H(Y|X=x) = sum over y of -p log2 p, over p[0 .. n). */
    public static double of(double[] p, int n) {
        double h = 0;
        for (int i = 0; i < n; i++) h += term(p[i]);
        return h;
    }
}
