package nnlang.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The text form of a map report: a shaded grid of p (x1 across, x2 up; a character is twice as
 * tall as it is wide, so the grid has half as many rows as columns), the table's rows marked at
 * their inputs by their target, and the input values of the rows as ticks on both axes. Plain
 * text shades in tenths; on a terminal with colours the cells are coloured instead, orange low
 * to blue high as the pictures are, with the marks and the decision line written on them.
 */
final class MapText {
    /** Shades for p in [0, 0.1), [0.1, 0.2), ..., [0.9, 1]: ten, so 0.45 and 0.55 look different. */
    static final String SHADES = " .:-=+#%@█";
    /** The cells of the coloured legend's strip. */
    private static final int STRIP = 20;
    private static final int MARGIN = 6;

    private MapText() {}

    static String render(MapReport r, int width) { return render(r, width, 1 << 20, Colours.NONE); }

    /**
     * The map in {@code width} columns and at most {@code height} lines: a text row is two
     * columns high, so the square shrinks to the height when that is the tighter bound.
     */
    static String render(MapReport r, int width, int height, Colours colours) {
        int columns = Math.max(4, Math.min(r.cells(), width - MARGIN - 2));
        columns = Math.max(4, Math.min(columns, 2 * (height - 6)));
        int rows = Math.max(2, (columns + 1) / 2);
        char[][] grid = new char[rows][columns];
        double[][] shade = new double[rows][columns];
        for (int row = 0; row < rows; row++) {
            // text row 0 is the top, grid row 0 the bottom
            int j = r.cells() - 1 - (int) ((row + 0.5) * r.cells() / rows);
            for (int c = 0; c < columns; c++) {
                int i = (int) ((c + 0.5) * r.cells() / columns);
                shade[row][c] = (r.p(i, j) - r.low()) / (r.high() - r.low());
                grid[row][c] = shade(shade[row][c]);
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
            String cells = colours == Colours.NONE ? new String(grid[row]) : paint(grid[row], shade[row], colours);
            out.add(pad(label, MARGIN) + (label.isEmpty() ? " │" : " ┤") + cells);
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
        out.add(colours == Colours.NONE ? scale(r) : strip(r, colours));
        out.add(marks(r));
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

    /**
     * One row of cells on their colours: a shade becomes a blank (its colour says it), a mark or
     * the decision line stays, in ink that reads on the cell; a sequence only where the colour changes.
     */
    private static String paint(char[] cells, double[] t, Colours colours) {
        StringBuilder s = new StringBuilder();
        String last = "";
        for (int c = 0; c < cells.length; c++) {
            int rgb = Ramp.rgb(t[c]);
            String style = colours.background(rgb) + colours.foreground(Ramp.ink(rgb));
            if (!style.equals(last)) s.append(style);
            last = style;
            s.append(SHADES.indexOf(cells[c]) >= 0 ? ' ' : cells[c]);
        }
        return s.append(Colours.RESET).toString();
    }

    /** The shades between the bounds of their ranges: "p: 0 ' ' 0.1 . 0.2 ... 0.9 █ 1". */
    private static String scale(MapReport r) {
        StringBuilder s = new StringBuilder(r.node() == null ? "p" : r.node()).append(": ").append(bound(r, 0));
        for (int k = 0; k < SHADES.length(); k++) {
            char c = SHADES.charAt(k);
            s.append(' ').append(c == ' ' ? "' '" : String.valueOf(c)).append(' ').append(bound(r, k + 1));
        }
        return s.toString();
    }

    /** The coloured strip from low to high: "p: 0 [orange ... white ... blue] 1, white 0.5". */
    private static String strip(MapReport r, Colours colours) {
        StringBuilder s = new StringBuilder(r.node() == null ? "p" : r.node()).append(": ").append(bound(r, 0)).append(' ');
        for (int k = 0; k < STRIP; k++) s.append(colours.background(Ramp.rgb((k + 0.5) / STRIP))).append(' ');
        return s.append(Colours.RESET).append(' ').append(bound(r, SHADES.length()))
                .append(", white ").append(bound(r, SHADES.length() / 2)).toString();
    }

    /** The bound k tenths of the way from low to high, to two decimals (a legend, not a measurement). */
    private static String bound(MapReport r, int k) {
        double v = r.low() + k * (r.high() - r.low()) / SHADES.length();
        return Fmt.compact(Math.round(v * 100) / 100.0 + 0.0);
    }

    /** What the marks on the grid are. */
    private static String marks(MapReport r) {
        List<String> outputs = r.outputs();
        String marks = oneCharacter(outputs) ? "rows marked by target"
                : "rows marked ○ " + outputs.get(0) + ", ● " + outputs.get(1);
        return (r.node() == null ? "" : "• the decision line; ") + marks
                + (r.rows().stream().anyMatch(pt -> pt.targets().size() > 1) ? ", * both" : "");
    }

    private static String pad(String s, int width) { return " ".repeat(Math.max(0, width - s.length())) + s; }
}
