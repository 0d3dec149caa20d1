package nnlang.report;

import java.util.Arrays;
import nnlang.train.History;

/**
 * The text form of a plot report: two stacked panels, the loss (nats) above H(Y|X) (bits), drawn
 * with braille dots (2 x 4 per character) along a shared axis of epochs from 0 to the last one.
 * Each panel runs from 0 (or a negative least value) to a round number above its greatest value;
 * its top, middle and bottom rows carry their value. Lines fit the given width.
 */
final class PlotText {
    /** The width when there is no terminal. */
    static final int WIDTH = 80;
    /** Text rows per panel: 20 dots high. */
    static final int ROWS = 5;
    private static final int MIN_COLUMNS = 10;
    private static final String EPOCHS = "epochs";
    private static final double[] NICE = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    private PlotText() {}

    /** The curves' colours on a terminal that has them: the pictures' (draw.PlotPicture), orange loss, blue H. */
    private static final int LOSS = 0xdd6b20, ENTROPY = 0x2b6cb0;

    static String render(PlotReport r, int width) { return render(r, width, ROWS, Colours.NONE); }

    /**
     * The plot in {@code width} columns, each panel {@code rows} text rows high (5 at least); on a
     * terminal with {@code colours}, each curve in its colour.
     */
    static String render(PlotReport r, int width, int rows, Colours colours) {
        rows = Math.max(ROWS, rows);
        History h = r.history();
        StringBuilder out = new StringBuilder("plot of ").append(r.net()).append(" on ").append(r.table());
        if (h.size() == 0) return out.append(": no training yet").toString();
        int last = h.size() - 1, epochs = h.epochs()[last];
        out.append(": ").append(Fmt.plural(epochs, "epoch"));
        double[][] scales = {scale(h.loss()), scale(h.entropy())};
        int margin = EPOCHS.length();
        for (double[] s : scales) for (String label : labels(s)) margin = Math.max(margin, label.length());
        int columns = Math.max(MIN_COLUMNS, width - margin - 2);
        out.append("\nloss (nats): ").append(Fmt.f4(h.loss()[0])).append(" -> ").append(Fmt.f4(h.loss()[last]));
        panel(out, h.epochs(), h.loss(), scales[0], margin, columns, rows, colours.foreground(LOSS));
        out.append("\nH(Y|X) (bits): ").append(Fmt.f4(h.entropy()[0])).append(" -> ")
                .append(Fmt.f4(h.entropy()[last]));
        panel(out, h.epochs(), h.entropy(), scales[1], margin, columns, rows, colours.foreground(ENTROPY));
        axis(out, epochs, margin, columns);
        return out.toString();
    }

    /** {lo, hi}: from 0 (or the least value, when negative) to a round number at or above the greatest. */
    static double[] scale(double[] values) {
        double lo = 0, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) hi = lo + 1;
        double span = hi - lo, unit = Math.pow(10, Math.floor(Math.log10(span)));
        for (double n : NICE) {
            if (n * unit >= span * (1 - 1e-12)) return new double[] {lo, lo + n * unit};
        }
        return new double[] {lo, lo + 10 * unit};
    }

    /** The labels of the top, middle and bottom rows. */
    static String[] labels(double[] scale) {
        return new String[] {Fmt.compact(scale[1]), Fmt.compact((scale[0] + scale[1]) / 2), Fmt.compact(scale[0])};
    }

    /** One panel: rows lines of braille after a labelled axis, the dots after {@code ink} ("": the terminal's own). */
    private static void panel(StringBuilder out, int[] epochs, double[] values, double[] scale, int margin,
                              int columns, int rows, String ink) {
        boolean[][] dots = new boolean[4 * rows][2 * columns];
        int px = -1, py = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                px = -1;
                continue;
            }
            int x = dotX(epochs[i], epochs[epochs.length - 1], 2 * columns);
            int y = dotY(values[i], scale, rows);
            if (px < 0) dots[y][x] = true;
            else line(dots, px, py, x, y);
            px = x;
            py = y;
        }
        String[] labels = labels(scale);
        for (int row = 0; row < rows; row++) {
            String label = row == 0 ? labels[0] : row == rows / 2 ? labels[1] : row == rows - 1 ? labels[2] : "";
            StringBuilder line = new StringBuilder(" ".repeat(margin - label.length())).append(label)
                    .append(label.isEmpty() ? " │" : " ┤");
            StringBuilder curve = new StringBuilder();
            for (int c = 0; c < columns; c++) curve.append(braille(dots, row, c));
            String drawn = curve.toString().stripTrailing();
            line.append(ink.isEmpty() || drawn.isBlank() ? drawn : ink + drawn + Colours.RESET);
            out.append('\n').append(line.toString().stripTrailing());
        }
    }

    /** The dot column of an epoch: 0 for epoch 0, dots - 1 for the last one. */
    private static int dotX(int epoch, int lastEpoch, int dots) {
        return (int) Math.round((double) epoch / Math.max(1, lastEpoch) * (dots - 1));
    }

    /** The dot row of a value, 0 at the top: hi at the centre of the top text row, lo at that of the bottom one. */
    static int dotY(double v, double[] scale, int rows) {
        // the centres of the top and bottom text rows are dots 1.5 and 4 rows - 2.5
        double d = 1.5 + (scale[1] - v) / (scale[1] - scale[0]) * (4 * rows - 4);
        return (int) Math.max(0, Math.min(4 * rows - 1, Math.round(d)));
    }

    /** Every dot on the segment from (x0, y0) to (x1, y1) (Bresenham). */
    static void line(boolean[][] dots, int x0, int y0, int x1, int y1) {
        int dx = Math.abs(x1 - x0), dy = -Math.abs(y1 - y0), sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        while (true) {
            dots[y0][x0] = true;
            if (x0 == x1 && y0 == y1) return;
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x0 += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y0 += sy;
            }
        }
    }

    // braille dot bits by (row, column) within a character, U+2800 + bits
    private static final int[][] BIT = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

    /** The braille character of text row row and column c, or a space when it has no dots. */
    static char braille(boolean[][] dots, int row, int c) {
        int bits = 0;
        for (int dy = 0; dy < 4; dy++) {
            for (int dx = 0; dx < 2; dx++) if (dots[4 * row + dy][2 * c + dx]) bits |= BIT[dy][dx];
        }
        return bits == 0 ? ' ' : (char) (0x2800 + bits);
    }

    /** The epoch axis: ticks at 0, the middle and the last epoch, with their numbers below. */
    private static void axis(StringBuilder out, int epochs, int margin, int columns) {
        char[] ticks = new char[columns], numbers = new char[columns];
        Arrays.fill(ticks, '─');
        Arrays.fill(numbers, ' ');
        put(ticks, numbers, 0, "0", 0);
        String end = Integer.toString(epochs);
        put(ticks, numbers, columns - 1, end, columns - end.length());
        if (epochs >= 2) {
            int mid = epochs / 2, col = dotX(mid, epochs, 2 * columns) / 2;
            String s = Integer.toString(mid);
            int from = col - s.length() / 2;
            if (from > 1 && from + s.length() < columns - end.length() - 1) put(ticks, numbers, col, s, from);
        }
        out.append('\n').append(" ".repeat(margin + 1)).append('└').append(ticks);
        out.append('\n').append(" ".repeat(margin - EPOCHS.length())).append(EPOCHS).append("  ")
                .append(new String(numbers).stripTrailing());
    }

    private static void put(char[] ticks, char[] numbers, int col, String label, int from) {
        ticks[col] = '┬';
        label.getChars(0, label.length(), numbers, from);
    }
}
