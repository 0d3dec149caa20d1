package nnlang.report.draw;

import nnlang.report.PlotReport;
import nnlang.train.History;

/** The picture of a plot report: loss (nats) and H(Y|X) (bits) against the epochs, on one scale from 0. */
final class PlotPicture {
    static final double WIDTH = 640, HEIGHT = 360, LEFT = 64, RIGHT = 130, TOP = 44, BOTTOM = 50;
    private static final int INK = 0x333333, GRID = 0xdddddd, LOSS = 0xdd6b20, ENTROPY = 0x2b6cb0;

    private PlotPicture() {}

    static Scene of(PlotReport r) {
        Scene s = new Scene();
        s.width = WIDTH;
        s.height = HEIGHT;
        s.add(new Scene.Rect(0, 0, WIDTH, HEIGHT, 0, 0xFFFFFF, 1, "background"));
        s.add(new Scene.Text(LEFT, 24, "training of " + r.net() + " on " + r.table(), 14, Scene.Anchor.START, INK, true,
                false, "title"));
        History h = r.history();
        double top = 0;
        int last = h.size() == 0 ? 1 : Math.max(1, h.epochs()[h.size() - 1]);
        for (int k = 0; k < h.size(); k++) {
            if (Double.isFinite(h.loss()[k])) top = Math.max(top, h.loss()[k]);
            if (Double.isFinite(h.entropy()[k])) top = Math.max(top, h.entropy()[k]);
        }
        if (!(top > 0)) top = 1;
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4, y = y(v, top);
            s.add(new Scene.Line(LEFT, y, WIDTH - RIGHT, y, new Scene.Stroke(GRID, 1, 1, false), "grid", null));
            s.add(new Scene.Text(LEFT - 8, y + 4, String.format(java.util.Locale.ROOT, "%.2f", v), 11, Scene.Anchor.END,
                    INK, false, false, "tick"));
        }
        s.add(new Scene.Text(LEFT, HEIGHT - 24, "0", 11, Scene.Anchor.MIDDLE, INK, false, false, "tick"));
        s.add(new Scene.Text(WIDTH - RIGHT, HEIGHT - 24, Integer.toString(last), 11, Scene.Anchor.MIDDLE, INK, false,
                false, "tick"));
        s.add(new Scene.Text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 10, "epochs", 12, Scene.Anchor.MIDDLE, INK, false,
                false, "axis"));
        curve(s, h, h.loss(), top, last, LOSS, "loss");
        curve(s, h, h.entropy(), top, last, ENTROPY, "entropy");
        legend(s, 0, LOSS, "loss (nats)");
        legend(s, 1, ENTROPY, "H(Y|X) (bits)");
        return s;
    }

    private static void curve(Scene s, History h, double[] v, double top, int last, int rgb, String cls) {
        Scene.Stroke stroke = new Scene.Stroke(rgb, 2, 1, false);
        for (int k = 0; k + 1 < h.size(); k++) {
            if (!Double.isFinite(v[k]) || !Double.isFinite(v[k + 1])) continue;
            s.add(new Scene.Line(x(h.epochs()[k], last), y(v[k], top), x(h.epochs()[k + 1], last), y(v[k + 1], top),
                    stroke, cls, null));
        }
    }

    private static void legend(Scene s, int i, int rgb, String text) {
        double ly = TOP + 10 + 22 * i, lx = WIDTH - RIGHT + 16;
        s.add(new Scene.Line(lx, ly, lx + 24, ly, new Scene.Stroke(rgb, 2.5, 1, false), "legend", null));
        s.add(new Scene.Text(lx + 30, ly + 4, text, 12, Scene.Anchor.START, INK, false, false, "legend"));
    }

    private static double x(int epoch, int last) { return LEFT + (WIDTH - LEFT - RIGHT) * epoch / last; }

    private static double y(double v, double top) { return TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / top); }
}
