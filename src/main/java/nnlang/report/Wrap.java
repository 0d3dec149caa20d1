package nnlang.report;

/**
 * Text broken at word boundaries to fit a width: a line too long is cut at its last space that
 * fits, and continues on the next line indented two more than it. A word longer than the width
 * stays whole (it overflows rather than breaks), and source lines of an error ({@code   | ...},
 * whose caret must stay under its token) and coloured lines are never broken.
 */
public final class Wrap {
    private Wrap() {}

    /** The text with every line fitted to {@code width} columns (a width below 20 counts as 20). */
    public static String text(String text, int width) {
        int w = Math.max(20, width);
        StringBuilder out = new StringBuilder(text.length() + 16);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            line(out, lines[i], w);
        }
        return out.toString();
    }

    /**
     * The hint after an error's carets, broken at words and continued under its first word (or,
     * when the carets are far right, from the bar): the carets stay under their token.
     */
    private static void hint(StringBuilder out, String carets, String hint, int width) {
        int bar = carets.indexOf('|');
        String under = carets.length() <= width - 20 ? carets.substring(0, bar + 1) + " ".repeat(carets.length() - bar - 1)
                : carets.substring(0, bar + 1) + " ";
        String text = Wrap.text(hint, width - under.length()).replace("\n  ", "\n");
        String[] parts = text.split("\n");
        out.append(carets.length() <= width - 20 ? carets + parts[0] : carets.stripTrailing() + "\n" + under + parts[0]);
        for (int i = 1; i < parts.length; i++) out.append('\n').append(under).append(parts[i]);
    }

    /**
     * Where a continued line starts: under the second column of a two-column line (a term and
     * its explanation, set apart by two spaces or more), else two in from the line's indent.
     */
    private static int hanging(String line, int indent, int width) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S {2,}(?=\\S)").matcher(line);
        if (m.find(indent) && m.end() <= width / 2) return m.end();
        return Math.min(indent + 2, width / 2);
    }

    /** A caret line of an error: the bar, spaces, carets, then the hint. */
    private static final java.util.regex.Pattern CARET = java.util.regex.Pattern.compile("(\\s*\\|\\s*\\^+ )(.*)");

    private static void line(StringBuilder out, String line, int width) {
        java.util.regex.Matcher caret = CARET.matcher(line);
        if (line.length() > width && caret.matches()) {
            hint(out, caret.group(1), caret.group(2), width);
            return;
        }
        // a coloured line (a map's row) was fitted by its renderer; its sequences take no columns
        if (line.length() <= width || line.stripLeading().startsWith("| ") || line.indexOf('\033') >= 0) {
            out.append(line);
            return;
        }
        int indent = line.length() - line.stripLeading().length();
        String hanging = " ".repeat(hanging(line, indent, width));
        String lead = "", rest = line;
        int from = indent;
        while (lead.length() + rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width - lead.length());
            if (cut <= from) cut = rest.indexOf(' ', Math.max(from, width - lead.length()));
            if (cut < 0) break;
            String head = rest.substring(0, cut).stripTrailing();
            if (head.length() <= from) break;
            out.append(lead).append(head).append('\n');
            rest = rest.substring(cut).stripLeading();
            lead = hanging;
            from = 0;
        }
        out.append(lead).append(rest);
    }
}
