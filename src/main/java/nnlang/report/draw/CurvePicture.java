package nnlang.report.draw;

import java.util.List;
import nnlang.report.CurveReport;
import nnlang.stats.Estimate;

/**
 * The picture of a curve report: held-out accuracy (0 to 1) against the K's, evenly spaced in
 * the order given; per net its mean as a line with a dot at each K, and its 95% interval as a
 * light band (vertical slices, so the SVG and the PNG need no polygon) with a bar at each K.
 */
final class CurvePicture {
    static final double WIDTH = 640, HEIGHT = 400, LEFT = 64, RIGHT = 150, TOP = 44, BOTTOM = 56;
    /** Slices of the band per segment between two K's. */
    static final int SLICES = 24;
    private static final int[] COLOURS = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd, 0x8c564b, 0xe377c2};
    private static final int INK = 0x333333, GRID = 0xdddddd;

    private CurvePicture() {}

    static Scene of(CurveReport r) {
        Scene s = new Scene();
        s.width = WIDTH;
        s.height = HEIGHT;
        s.add(new Scene.Rect(0, 0, WIDTH, HEIGHT, 0, 0xFFFFFF, 1, "background"));
        s.add(new Scene.Text(LEFT, 24, "held-out accuracy of " + String.join(", ", r.nets()) + " on " + r.table()
                + " (" + r.completed() + " trials per K)", 14, Scene.Anchor.START, INK, true, false, "title"));
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double v = i / 4.0, y = y(v);
            s.add(new Scene.Line(LEFT, y, LEFT + plotW, y, new Scene.Stroke(GRID, 1, 1, false), "grid", null));
            s.add(new Scene.Text(LEFT - 8, y + 4, label(v), 11, Scene.Anchor.END, INK, false, false, "tick"));
        }
        List<Integer> ks = r.rows();
        for (int k = 0; k < ks.size(); k++) {
            s.add(new Scene.Text(x(k, ks.size()), TOP + plotH + 18, Integer.toString(ks.get(k)), 11, Scene.Anchor.MIDDLE,
                    INK, false, false, "tick"));
        }
        s.add(new Scene.Text(LEFT + plotW / 2, HEIGHT - 14, "training rows K", 12, Scene.Anchor.MIDDLE, INK, false,
                false, "axis"));
        for (int j = 0; j < r.nets().size(); j++) net(s, r, j);
        return s;
    }

    private static void net(Scene s, CurveReport r, int j) {
        String net = r.nets().get(j);
        int rgb = COLOURS[j % COLOURS.length], n = r.rows().size();
        Estimate[] e = new Estimate[n];
        for (int k = 0; k < n; k++) e[k] = r.point(net, r.rows().get(k)).heldoutAccuracy();
        // the band: slices between neighbouring K's, the interval's ends interpolated
        for (int k = 0; k + 1 < n; k++) {
            if (!e[k].hasInterval() || !e[k + 1].hasInterval()) continue;
            double x0 = x(k, n), x1 = x(k + 1, n), w = (x1 - x0) / SLICES;
            for (int i = 0; i < SLICES; i++) {
                double f = (i + 0.5) / SLICES;
                double hi = e[k].ci95().hi() + f * (e[k + 1].ci95().hi() - e[k].ci95().hi());
                double lo = e[k].ci95().lo() + f * (e[k + 1].ci95().lo() - e[k].ci95().lo());
                s.add(new Scene.Rect(x0 + i * w, y(hi), w + 0.01, Math.max(0, y(lo) - y(hi)), 0, rgb, 0.16, "band"));
            }
        }
        for (int k = 0; k < n; k++) {
            if (!e[k].hasInterval()) continue;
            s.add(new Scene.Line(x(k, n), y(e[k].ci95().hi()), x(k, n), y(e[k].ci95().lo()),
                    new Scene.Stroke(rgb, 1.5, 0.8, false), "interval", net + " at " + r.rows().get(k) + ": 95% CI "
                    + label4(e[k].ci95().lo()) + " to " + label4(e[k].ci95().hi())));
        }
        for (int k = 0; k + 1 < n; k++) {
            s.add(new Scene.Line(x(k, n), y(e[k].mean()), x(k + 1, n), y(e[k + 1].mean()),
                    new Scene.Stroke(rgb, 2.5, 1, false), "mean", null));
        }
        for (int k = 0; k < n; k++) {
            s.add(new Scene.Circle(x(k, n), y(e[k].mean()), 4, rgb, new Scene.Stroke(0xFFFFFF, 1, 1, false), "point",
                    net + " at " + r.rows().get(k) + ": " + label4(e[k].mean())));
        }
        double ly = TOP + 10 + 22 * j, lx = WIDTH - RIGHT + 16;
        s.add(new Scene.Line(lx, ly, lx + 24, ly, new Scene.Stroke(rgb, 2.5, 1, false), "legend", null));
        s.add(new Scene.Text(lx + 30, ly + 4, net, 12, Scene.Anchor.START, INK, false, false, "legend"));
    }

    /** The x of the k-th of n K's: evenly spaced, one K in the middle. */
    static double x(int k, int n) {
        double plotW = WIDTH - LEFT - RIGHT;
        return n == 1 ? LEFT + plotW / 2 : LEFT + 12 + (plotW - 24) * k / (n - 1);
    }

    /** The y of an accuracy (NaN drawn at 0). */
    static double y(double v) {
        double plotH = HEIGHT - TOP - BOTTOM;
        double c = Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
        return TOP + (1 - c) * plotH;
    }

    private static String label(double v) { return SvgPainter.n(v); }

    private static String label4(double v) { return String.format(java.util.Locale.ROOT, "%.4f", v); }
}
