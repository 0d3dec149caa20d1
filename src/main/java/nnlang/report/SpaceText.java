package nnlang.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text form of a space report: per hidden layer, the share of variance of its two components,
 * each row's coordinates, and a scatter of the rows marked by their target (x across is pc1, up is pc2).
 */
final class SpaceText {
    static final int COLUMNS = 41, ROWS = 11;

    private SpaceText() {}

    static String render(SpaceReport r) {
        List<String> out = new ArrayList<>();
        out.add("hidden space of " + r.net() + " on " + r.table()
                + ": each input's code on its layer's two principal components");
        for (SpaceReport.Layer l : r.layers()) {
            double[] e = l.explained();
            out.add("  layer " + l.layer() + " (" + Fmt.plural(l.nodes(), "node") + "): pc1 holds " + Fmt.f4(e[0])
                    + (e.length > 1 ? ", pc2 " + Fmt.f4(e[1]) : " (one node: no pc2)") + " of the codes' variance");
            Columns table = new Columns(false, true, true, false);
            table.row("x", "pc1", "pc2", "target");
            for (SpaceReport.Point p : l.points()) {
                table.row(p.x(), Fmt.f4(p.pc()[0]), Fmt.f4(p.pc()[1]), String.join("|", p.targets()));
            }
            StringBuilder t = new StringBuilder();
            table.appendTo(t, "    ", "  ");
            out.addAll(List.of(t.toString().split("\n")));
            scatter(out, l);
        }
        StringBuilder text = new StringBuilder();
        for (String line : out) text.append(text.length() == 0 ? "" : "\n").append(line.stripTrailing());
        return text.toString();
    }

    private static void scatter(List<String> out, SpaceReport.Layer l) {
        double lo0 = Double.POSITIVE_INFINITY, hi0 = Double.NEGATIVE_INFINITY, lo1 = lo0, hi1 = hi0;
        for (SpaceReport.Point p : l.points()) {
            lo0 = Math.min(lo0, p.pc()[0]);
            hi0 = Math.max(hi0, p.pc()[0]);
            lo1 = Math.min(lo1, p.pc()[1]);
            hi1 = Math.max(hi1, p.pc()[1]);
        }
        // one scale on both axes (a text row is two columns high), so distances read true
        double unit = Math.max((hi0 - lo0) / (COLUMNS - 1), (hi1 - lo1) / (2.0 * (ROWS - 1)));
        if (!(unit > 1e-12)) unit = 1;
        double mid0 = (lo0 + hi0) / 2, mid1 = (lo1 + hi1) / 2;
        char[][] grid = new char[ROWS][COLUMNS];
        for (char[] row : grid) Arrays.fill(row, '·');
        for (SpaceReport.Point p : l.points()) {
            int c = clamp((int) Math.round((p.pc()[0] - mid0) / unit + (COLUMNS - 1) / 2.0), COLUMNS);
            int row = ROWS - 1 - clamp((int) Math.round((p.pc()[1] - mid1) / (2 * unit) + (ROWS - 1) / 2.0), ROWS);
            char mark = p.targets().size() == 1 && p.targets().get(0).length() == 1 ? p.targets().get(0).charAt(0) : '●';
            grid[row][c] = grid[row][c] == '·' || grid[row][c] == mark ? mark : '#';
        }
        out.add("    pc1 across, pc2 up, on one scale; rows marked by target (# where different targets meet):");
        for (char[] row : grid) out.add("      " + new String(row));
    }

    private static int clamp(int i, int n) { return Math.max(0, Math.min(n - 1, i)); }
}
