package nnlang.report;

import java.util.ArrayList;
import java.util.List;

/** Texts put side by side: line i of each, each padded to its widest line, with a gap between them. */
final class SideBySideText {
    static final String GAP = "   ";

    private SideBySideText() {}

    static String join(List<String> texts) {
        List<String[]> lines = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        int height = 0;
        for (String t : texts) {
            String[] l = t.split("\n", -1);
            lines.add(l);
            int w = 0;
            for (String line : l) w = Math.max(w, width(line));
            widths.add(w);
            height = Math.max(height, l.length);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < height; i++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < lines.size(); k++) {
                String part = i < lines.get(k).length ? lines.get(k)[i] : "";
                line.append(part);
                if (k + 1 < lines.size()) line.append(" ".repeat(widths.get(k) - width(part))).append(GAP);
            }
            if (i > 0) out.append('\n');
            out.append(line.toString().stripTrailing());
        }
        return out.toString();
    }

    /**
     * The parts wrapped to their share of a terminal's width, so that no line of the joined text
     * is wrapped again across both. A part's first line (its title) may wrap into more lines than
     * another's: the shorter titles get blank lines under them, so that the parts' tables and grids
     * still start on one line.
     */
    static List<String> fitted(List<String> texts, int share) {
        List<String> titles = new ArrayList<>(), bodies = new ArrayList<>();
        int titleLines = 0;
        for (String t : texts) {
            int nl = t.indexOf('\n');
            String title = Wrap.text(nl < 0 ? t : t.substring(0, nl), share);
            titles.add(title);
            bodies.add(nl < 0 ? null : Wrap.text(t.substring(nl + 1), share));
            titleLines = Math.max(titleLines, title.split("\n", -1).length);
        }
        List<String> out = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            String title = titles.get(k);
            title += "\n".repeat(titleLines - title.split("\n", -1).length);
            out.add(bodies.get(k) == null ? title : title + "\n" + bodies.get(k));
        }
        return out;
    }

    /**
     * The columns a line takes: one per code point (the reports' box and shade characters are one
     * column each), colour sequences none.
     */
    private static int width(String line) {
        String plain = Colours.plain(line);
        return plain.codePointCount(0, plain.length());
    }
}
