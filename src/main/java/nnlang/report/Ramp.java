package nnlang.report;

/**
 * The diverging colours of maps, TensorFlow Playground's: orange for low, white in the middle,
 * blue for high. The pictures (draw) and the terminal's coloured maps use the same ramp.
 */
public final class Ramp {
    public static final int LOW = 0xF59322, MID = 0xF8F8F8, HIGH = 0x0877BD;
    private static final int DARK = 0x111111, LIGHT = 0xFFFFFF;

    private Ramp() {}

    /** Orange at 0, white at 1/2, blue at 1; a value that is not finite is the middle. */
    public static int rgb(double t) {
        double c = Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5;
        return c < 0.5 ? mix(LOW, MID, c * 2) : mix(MID, HIGH, (c - 0.5) * 2);
    }

    /** Ink that reads on a cell of this colour: dark on light cells, white on dark ones. */
    static int ink(int rgb) {
        // relative luminance, Rec. 709 weights
        double y = 0.2126 * (rgb >> 16 & 255) + 0.7152 * (rgb >> 8 & 255) + 0.0722 * (rgb & 255);
        return y > 140 ? DARK : LIGHT;
    }

    private static int mix(int a, int b, double f) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int p = (a >> shift) & 0xFF, q = (b >> shift) & 0xFF;
            rgb |= ((int) Math.round(p + (q - p) * f)) << shift;
        }
        return rgb;
    }
}
