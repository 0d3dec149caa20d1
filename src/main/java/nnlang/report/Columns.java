package nnlang.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of cells in aligned columns, with free-text lines in between that take no part in the
 * widths. Linear in the number of cells, so a table of thousands of rows renders at once.
 */
class Columns {
    private final boolean[] right;
    private final List<String[]> lines = new ArrayList<>();
    private final List<String> free = new ArrayList<>();

    /** One flag per column: true for right-aligned (numbers), false for left-aligned. */
    Columns(boolean... right) { this.right = right.clone(); }

    void row(String... cells) {
        if (cells.length != right.length) throw new IllegalArgumentException("expected " + right.length + " cells");
        lines.add(cells);
        free.add(null);
    }

    /** A line outside the grid, printed as is. */
    void text(String line) {
        lines.add(null);
        free.add(line);
    }

    /** The lines, each led by indent (the caller starts the first line), columns separated by gap, trailing spaces removed. */
    void appendTo(StringBuilder out, String indent, String gap) {
        int[] width = new int[right.length];
        for (String[] cells : lines) {
            if (cells == null) continue;
            for (int c = 0; c < cells.length; c++) width[c] = Math.max(width[c], cells[c].length());
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) out.append('\n');
            String[] cells = lines.get(i);
            if (cells == null) {
                out.append(free.get(i));
                continue;
            }
            line.setLength(0);
            line.append(indent);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) line.append(gap);
                int pad = width[c] - cells[c].length();
                if (right[c]) line.append(" ".repeat(pad)).append(cells[c]);
                else line.append(cells[c]).append(" ".repeat(pad));
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') end--;
            out.append(line, 0, end);
        }
    }
}
