package nnlang.report.draw;

import nnlang.report.MapReport;
import nnlang.report.Ramp;

/**
 * The picture of a map report: the square's cells coloured from orange (low) through white to
 * blue (high), TensorFlow Playground's colours; for a node's map the output's decision line
 * (p = 1/2) as dark cell edges; the table's rows as dots coloured by their target.
 */
final class MapPicture {
    static final double CELL = 10, LEFT = 56, TOP = 44, RIGHT = 24, BOTTOM = 64;
    private static final int INK = 0x333333, LOW = Ramp.LOW, HIGH = Ramp.HIGH;

    private MapPicture() {}

    static Scene of(MapReport r) {
        Scene s = new Scene();
        int n = r.cells();
        double side = n * CELL;
        s.width = LEFT + side + RIGHT;
        s.height = TOP + side + BOTTOM;
        s.add(new Scene.Rect(0, 0, s.width, s.height, 0, 0xFFFFFF, 1, "background"));
        String title = r.node() == null ? "p(" + r.outputs().get(1) + " | x1, x2) of " + r.net() + " on " + r.table()
                : r.node() + " of " + r.net() + " on " + r.table() + ", with the decision line p(" + r.outputs().get(1) + ") = 0.5";
        s.add(new Scene.Text(LEFT, 24, title, 13, Scene.Anchor.START, INK, true, false, "title"));
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double t = (r.p(i, j) - r.low()) / (r.high() - r.low());
                s.add(new Scene.Rect(x(i), y(j, n), CELL + 0.02, CELL + 0.02, 0, colour(t), 1, "cell"));
            }
        }
        Scene.Stroke edge = new Scene.Stroke(0x111111, 2, 1, false);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                boolean here = r.decisionAt(i, j) >= 0.5;
                if (i + 1 < n && (r.decisionAt(i + 1, j) >= 0.5) != here) {
                    s.add(new Scene.Line(x(i + 1), y(j, n), x(i + 1), y(j, n) + CELL, edge, "decision", null));
                }
                if (j + 1 < n && (r.decisionAt(i, j + 1) >= 0.5) != here) {
                    s.add(new Scene.Line(x(i), y(j, n), x(i) + CELL, y(j, n), edge, "decision", null));
                }
            }
        }
        for (MapReport.Point pt : r.rows()) {
            double cx = LEFT + (pt.at()[0] - r.xLow()) / (r.xHigh() - r.xLow()) * side;
            double cy = TOP + side - (pt.at()[1] - r.yLow()) / (r.yHigh() - r.yLow()) * side;
            boolean second = pt.targets().contains(r.outputs().get(1)), first = pt.targets().contains(r.outputs().get(0));
            int fill = second && first ? 0x999999 : second ? HIGH : LOW;
            s.add(new Scene.Circle(cx, cy, 6, fill, new Scene.Stroke(0x111111, 1.5, 1, false), "row",
                    pt.x() + " -> " + String.join("|", pt.targets())));
        }
        s.add(new Scene.Text(LEFT + side / 2, TOP + side + 22, "x1", 12, Scene.Anchor.MIDDLE, INK, false, false, "axis"));
        s.add(new Scene.Text(LEFT - 12, TOP + side / 2, "x2", 12, Scene.Anchor.END, INK, false, false, "axis"));
        String legend = (r.node() == null ? "p" : r.node()) + ": orange " + SvgPainter.n(r.low()) + ", white "
                + SvgPainter.n((r.low() + r.high()) / 2) + ", blue " + SvgPainter.n(r.high()) + "; dots: rows by target";
        s.add(new Scene.Text(LEFT, TOP + side + 46, legend, 11, Scene.Anchor.START, INK, false, false, "legend"));
        return s;
    }

    private static double x(int i) { return LEFT + i * CELL; }

    /** Row j = 0 is the bottom of the square. */
    private static double y(int j, int n) { return TOP + (n - 1 - j) * CELL; }

    /** Orange at 0, white at 1/2, blue at 1: the terminal's coloured maps use the same ramp. */
    static int colour(double t) { return Ramp.rgb(t); }
}
