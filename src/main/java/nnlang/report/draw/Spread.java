package nnlang.report.draw;

import java.util.Arrays;

/**
 * Where along the lines between two columns of points (m on the left, n on the right, one unit
 * apart, both centred) labels sit furthest apart: every label of a given t shares one x, so only
 * their heights can collide.
 */
final class Spread {
    /** Candidate places along the lines, best first when they separate the labels equally well. */
    private static final double[] ALONG = {0.3, 0.7, 0.35, 0.65, 0.4, 0.6, 0.25, 0.75, 0.45, 0.55};

    private Spread() {}

    /** The first t in ALONG whose labels are at least {@code enough} apart, else the one where they are furthest apart. */
    static double along(int m, int n, double enough) {
        double best = ALONG[0], most = -1;
        for (double t : ALONG) {
            double g = gap(m, n, t);
            if (g >= enough) return t;
            if (g > most + 1e-9) {
                most = g;
                best = t;
            }
        }
        return best;
    }

    /** The least vertical distance between two labels at t, in units of the spacing of the points. */
    static double gap(int m, int n, double t) {
        double[] at = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double a = i - (m - 1) / 2.0, b = j - (n - 1) / 2.0;
                at[i * n + j] = a + t * (b - a);
            }
        }
        Arrays.sort(at);
        double least = Double.POSITIVE_INFINITY;
        for (int k = 1; k < at.length; k++) least = Math.min(least, at[k] - at[k - 1]);
        return at.length < 2 ? 1 : least;
    }
}
