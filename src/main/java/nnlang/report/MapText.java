package nnlang.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The text form of a map report: a shaded grid of p (x1 across, x2 up; a character is twice as
 * tall as it is wide, so the grid has half as many rows as columns), the table's rows marked at
 * their inputs by their target, and the input values of the rows as ticks on both axes.
 */
final class MapText {
    /** Shades for p in [0, 0.2), [0.2, 0.4), ..., [0.8, 1]. */
    static final String SHADES = " ░▒▓█";
    private static final int MARGIN = 6;

    private MapText() {}

    static String render(MapReport r, int width) { return render(r, width, 1 << 20); }

    /**
     * The map in {@code width} columns and at most {@code height} lines: a text row is two
     * columns high, so the square shrinks to the height when that is the tighter bound.
     */
    static String render(MapReport r, int width, int height) {
        int columns = Math.max(4, Math.min(r.cells(), width - MARGIN - 2));
        columns = Math.max(4, Math.min(columns, 2 * (height - 6)));
        int rows = Math.max(2, (columns + 1) / 2);
        char[][] grid = new char[rows][columns];
        for (int row = 0; row < rows; row++) {
            // text row 0 is the top, grid row 0 the bottom
            int j = r.cells() - 1 - (int) ((row + 0.5) * r.cells() / rows);
            for (int c = 0; c < columns; c++) {
                int i = (int) ((c + 0.5) * r.cells() / columns);
                grid[row][c] = shade((r.p(i, j) - r.low()) / (r.high() - r.low()));
                if (r.node() != null && crosses(r, c, row, columns, rows)) grid[row][c] = '•';
            }
        }
        List<String> out = new ArrayList<>();
        out.add(r.node() == null ? "map of " + r.net() + " on " + r.table() + ": p(" + r.outputs().get(1) + " | x1, x2)"
                : "map of " + r.net() + " " + r.node() + " on " + r.table() + ": the activation of " + r.node()
                + " over x1, x2, with the decision line p(" + r.outputs().get(1) + ") = 0.5");
        TreeSet<Double> xTicks = new TreeSet<>(), yTicks = new TreeSet<>();
        for (MapReport.Point pt : r.rows()) {
            int c = column(pt.at()[0], r.xLow(), r.xHigh(), columns);
            int row = rows - 1 - column(pt.at()[1], r.yLow(), r.yHigh(), rows);
            grid[row][c] = mark(pt, r.outputs());
            xTicks.add(pt.at()[0]);
            yTicks.add(pt.at()[1]);
        }
        String[] yLabels = new String[rows];
        for (double v : yTicks) yLabels[rows - 1 - column(v, r.yLow(), r.yHigh(), rows)] = Fmt.compact(v);
        out.add(pad("x2", MARGIN));
        for (int row = 0; row < rows; row++) {
            String label = yLabels[row] == null ? "" : yLabels[row];
            out.add(pad(label, MARGIN) + (label.isEmpty() ? " │" : " ┤") + new String(grid[row]));
        }
        char[] ticks = new char[columns], numbers = new char[columns + 8];
        Arrays.fill(ticks, '─');
        Arrays.fill(numbers, ' ');
        for (double v : xTicks) {
            int c = column(v, r.xLow(), r.xHigh(), columns);
            ticks[c] = '┬';
            String s = Fmt.compact(v);
            int from = Math.max(0, Math.min(numbers.length - s.length(), c - (s.length() - 1) / 2));
            s.getChars(0, s.length(), numbers, from);
        }
        out.add(" ".repeat(MARGIN + 1) + "└" + new String(ticks));
        out.add(pad("x1", MARGIN) + "  " + new String(numbers));
        out.add(legend(r));
        StringBuilder text = new StringBuilder();
        for (String line : out) text.append(text.length() == 0 ? "" : "\n").append(line.stripTrailing());
        return text.toString();
    }

    /** True when the output's p crosses 1/2 between this text cell and its right or upper neighbour. */
    private static boolean crosses(MapReport r, int c, int row, int columns, int rows) {
        boolean here = decision(r, c, row, columns, rows) >= 0.5;
        return c + 1 < columns && (decision(r, c + 1, row, columns, rows) >= 0.5) != here
                || row > 0 && (decision(r, c, row - 1, columns, rows) >= 0.5) != here;
    }

    private static double decision(MapReport r, int c, int row, int columns, int rows) {
        int j = r.cells() - 1 - (int) ((row + 0.5) * r.cells() / rows);
        return r.decisionAt((int) ((c + 0.5) * r.cells() / columns), j);
    }

    /** The shade of one p; '?' for NaN. */
    static char shade(double p) {
        if (Double.isNaN(p)) return '?';
        return SHADES.charAt((int) Math.max(0, Math.min(SHADES.length() - 1, Math.floor(p * SHADES.length()))));
    }

    /** The column (or row from the bottom) of value v among n equal cells over [lo, hi]. */
    private static int column(double v, double lo, double hi, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.floor((v - lo) / (hi - lo) * n)));
    }

    /** A row's mark: its target when both output states are one character, else ○ for the first, ● for the second; * for both. */
    private static char mark(MapReport.Point pt, List<String> outputs) {
        if (pt.targets().size() > 1) return '*';
        boolean second = pt.targets().get(0).equals(outputs.get(1));
        if (oneCharacter(outputs)) return pt.targets().get(0).charAt(0);
        return second ? '●' : '○';
    }

    private static boolean oneCharacter(List<String> outputs) {
        return outputs.get(0).length() == 1 && outputs.get(1).length() == 1
                && Character.isLetterOrDigit(outputs.get(0).charAt(0)) && Character.isLetterOrDigit(outputs.get(1).charAt(0));
    }

    private static String legend(MapReport r) {
        List<String> outputs = r.outputs();
        String marks = oneCharacter(outputs) ? "rows marked by target"
                : "rows marked ○ " + outputs.get(0) + ", ● " + outputs.get(1);
        String shades = r.node() == null ? "p: ' ' < 0.2  ░ < 0.4  ▒ < 0.6  ▓ < 0.8  █ >= 0.8; "
                : r.node() + " from " + Fmt.compact(r.low()) + " (' ') to " + Fmt.compact(r.high()) + " (█); • the decision line; ";
        return shades + marks
                + (r.rows().stream().anyMatch(pt -> pt.targets().size() > 1) ? ", * both" : "");
    }

    private static String pad(String s, int width) { return " ".repeat(Math.max(0, width - s.length())) + s; }
}
