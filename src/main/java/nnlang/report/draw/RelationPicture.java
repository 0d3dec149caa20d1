package nnlang.report.draw;

import java.util.Arrays;
import java.util.List;
import nnlang.report.RelationsReport;

/**
 * The relation diagram: the input states X in a column on the left, the output states Y in a
 * column on the right, and one line per relation (x, y) whose width and opacity grow with
 * p(y|x), labelled "p 0.93 · h 0.10" (h = -p log2 p). Undetermined relations (eps &lt;= p &lt;=
 * 1 - eps) are dashed and drawn in a colour of their own. Below each input state: H(Y|x).
 */
final class RelationPicture {
    /** Larger spaces would not be readable. */
    static final int MAX_STATES = 32;
    /** Up to this many relations, every one has its p and h written on it; beyond, those with p &lt; eps do not. */
    static final int LABELLED = 12;
    static final double BAND = 16, SPAN = 330, DOT = 6, MIN_STEP = 56, MAX_STEP = 110, LABEL_GAP = 16;
    private static final double STATE = 14, SMALL = 11, HEADER = 13;

    private RelationPicture() {}

    static double height(RelationsReport r) {
        check(r);
        return (Math.max(r.rows().size(), r.outputs().size()) - 1) * step(r) + 2 * DOT + 20;
    }

    /** Draws the diagram from {@code left} with its headers at baseline {@code headers}, centred on mid; returns its right edge. */
    static double draw(Scene s, RelationsReport r, double left, double headers, double mid) {
        check(r);
        List<RelationsReport.Row> rows = r.rows();
        List<String> ys = r.outputs();
        double step = step(r), t = along(rows.size(), ys.size());
        double stateWidth = 0;
        for (RelationsReport.Row row : rows) stateWidth = Math.max(stateWidth, Scene.textWidth(row.x(), STATE));
        double xl = left + stateWidth + 14, xr = xl + SPAN;
        s.add(new Scene.Text(xl, headers, "x", HEADER, Scene.Anchor.MIDDLE, Layout.GREY, true, false, "header"));
        s.add(new Scene.Text(xr, headers, "y", HEADER, Scene.Anchor.MIDDLE, Layout.GREY, true, false, "header"));
        s.add(new Scene.Text((xl + xr) / 2, headers, "relations, p(y|x)", HEADER, Scene.Anchor.MIDDLE, Layout.GREY,
                true, false, "header"));
        boolean all = r.relations() <= LABELLED;
        // thin lines first, so that the ones that hold are drawn over them
        Integer[] order = new Integer[rows.size() * ys.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        Arrays.sort(order, (a, b) -> Double.compare(p(r, a), p(r, b)));
        for (int k : order) band(s, r, k / ys.size(), k % ys.size(), xl, xr, mid, step);
        for (int k : order) line(s, r, k / ys.size(), k % ys.size(), xl, xr, mid, step);
        for (int k : order) {
            if (all || !(p(r, k) < r.eps())) label(s, r, k / ys.size(), k % ys.size(), xl, xr, mid, step, t);
        }
        for (int i = 0; i < rows.size(); i++) {
            RelationsReport.Row row = rows.get(i);
            double y = y(mid, rows.size(), i, step);
            s.add(new Scene.Circle(xl, y, DOT, Layout.INK, null, "state input", row.x()));
            s.add(new Scene.Text(xl - 14, y + 5, row.x(), STATE, Scene.Anchor.END, Layout.INK, true, false, "state"));
            s.add(new Scene.Text(xl - 14, y + 20, "H " + Layout.f2(row.entropy()), SMALL, Scene.Anchor.END,
                    row.isDetermined() ? Layout.GREY : Layout.UNDETERMINED, false, false, "entropy"));
        }
        double right = xr;
        for (int j = 0; j < ys.size(); j++) {
            double y = y(mid, ys.size(), j, step);
            s.add(new Scene.Circle(xr, y, DOT, Layout.INK, null, "state output", ys.get(j)));
            s.add(new Scene.Text(xr + 14, y + 5, ys.get(j), STATE, Scene.Anchor.START, Layout.INK, true, false, "state"));
            right = Math.max(right, xr + 14 + Scene.textWidth(ys.get(j), STATE));
        }
        return right;
    }

    private static void check(RelationsReport r) {
        int most = Math.max(r.rows().size(), r.outputs().size());
        if (most > MAX_STATES) throw new IllegalArgumentException("relations of " + r.net() + " on " + r.table()
                + " have " + most + " states on one side; diagrams draw at most " + MAX_STATES);
    }

    private static double p(RelationsReport r, int k) {
        double p = r.rows().get(k / r.outputs().size()).p(k % r.outputs().size());
        return Double.isNaN(p) ? 0 : p;
    }

    static boolean undetermined(double p, double eps) { return !(p < eps || p > 1 - eps); }

    private static void line(Scene s, RelationsReport r, int i, int j, double xl, double xr, double mid, double step) {
        RelationsReport.Row row = r.rows().get(i);
        double p = row.p(j), q = Double.isNaN(p) ? 0 : p;
        boolean open = undetermined(p, r.eps());
        boolean target = row.targets().contains(r.outputs().get(j));
        Scene.Stroke stroke = open
                ? new Scene.Stroke(Layout.UNDETERMINED, 1.25 + 5 * q, Math.max(0.7, 0.15 + 0.85 * q), true)
                : new Scene.Stroke(Layout.INK, 0.75 + 5 * q, 0.15 + 0.8 * q, false);
        String cls = "relation" + (open ? " undetermined" : "") + (target ? " target" : "");
        s.add(new Scene.Line(xl, y(mid, r.rows().size(), i, step), xr, y(mid, r.outputs().size(), j, step), stroke, cls,
                row.x() + " \u2192 " + r.outputs().get(j) + ": p " + Layout.compact(p) + ", h "
                        + Layout.compact(h(p)) + (target ? " (in the table)" : "")));
    }

    /** A wide pale band under each relation the table holds, so that the lines the data asks for show. */
    private static void band(Scene s, RelationsReport r, int i, int j, double xl, double xr, double mid, double step) {
        RelationsReport.Row row = r.rows().get(i);
        if (!row.targets().contains(r.outputs().get(j))) return;
        s.add(new Scene.Line(xl, y(mid, r.rows().size(), i, step), xr, y(mid, r.outputs().size(), j, step),
                new Scene.Stroke(Layout.TABLE, BAND, 1, false), "target", null));
    }

    private static void label(Scene s, RelationsReport r, int i, int j, double xl, double xr, double mid, double step,
                              double t) {
        double p = r.rows().get(i).p(j);
        double y0 = y(mid, r.rows().size(), i, step), y1 = y(mid, r.outputs().size(), j, step);
        int colour = undetermined(p, r.eps()) ? Layout.UNDETERMINED : p > 0.5 ? Layout.INK : Layout.LIGHT;
        s.plated(new Scene.Text(xl + t * (xr - xl), y0 + t * (y1 - y0) + 4, "p " + Layout.f2(p) + " \u00b7 h "
                + Layout.f2(h(p)), SMALL, Scene.Anchor.MIDDLE, colour, undetermined(p, r.eps()), false,
                "relation-label"));
    }

    /** Where the labels sit along the lines: the first place where they can be LABEL_GAP apart at a middling step. */
    private static double along(int m, int n) { return Spread.along(m, n, LABEL_GAP / ((MIN_STEP + MAX_STEP) / 2)); }

    private static double h(double p) { return p > 0 ? -p * Math.log(p) / Math.log(2) : 0; }

    private static double y(double mid, int n, int i, double step) { return mid + (i - (n - 1) / 2.0) * step; }

    /** The spacing of states that keeps the labels at least LABEL_GAP apart, within [MIN_STEP, MAX_STEP]. */
    static double step(RelationsReport r) {
        int m = r.rows().size(), n = r.outputs().size();
        double gap = Spread.gap(m, n, along(m, n));
        return gap <= 0 ? MAX_STEP : Math.max(MIN_STEP, Math.min(MAX_STEP, LABEL_GAP / gap));
    }
}
