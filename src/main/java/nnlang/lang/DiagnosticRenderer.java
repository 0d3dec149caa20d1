package nnlang.lang;

/**
 * Renders a diagnostic the way cel-java does:
 * <pre>
 * xor.nn:3:14: error: unknown activation 'sigmod'
 *   | dense 2 sigmod
 *   |         ^^^^^^ did you mean 'sigmoid'?
 * </pre>
 */
public final class DiagnosticRenderer {
    private DiagnosticRenderer() {}

    /** Source lines longer than this are shown as a window around the caret. */
    static final int WIDTH = 100;

    public static String render(Diagnostic d) {
        // a message is one line: a line break inside a quoted state or name is shown escaped
        StringBuilder s = new StringBuilder(shorten(oneLine(d.headline())));
        if (d.span().line() < 1) return s.toString();
        // columns and lengths count code points (as the lexer does); the caret goes under them by
        // their width on a terminal: two columns for CJK and other wide characters, none for marks
        int[] line = d.source().line(d.span().line()).replace('\t', ' ').codePoints().toArray();
        int col = Math.max(1, Math.min(d.span().column(), line.length + 1));
        int len = Math.max(1, Math.min(d.span().length(), line.length + 1 - col));
        String before = "", after = "";
        if (line.length > WIDTH) {
            // a window of the line: the caret's start and a little context, marked as cut
            int from = Math.max(0, col - 1 - 20), to = Math.min(line.length, from + WIDTH - 2);
            before = from > 0 ? "…" : "";
            after = to < line.length ? "…" : "";
            col = col - from;
            line = java.util.Arrays.copyOfRange(line, from, to);
            len = Math.max(1, Math.min(len, line.length + 1 - col));
        }
        int start = Math.min(col - 1, line.length), end = Math.min(start + len, line.length);
        s.append("\n  | ").append(before).append(new String(line, 0, line.length)).append(after);
        int pad = DisplayWidth.of(before) + DisplayWidth.of(line, 0, start);
        int carets = Math.max(1, DisplayWidth.of(line, start, end));
        s.append("\n  | ").append(" ".repeat(pad)).append("^".repeat(carets));
        if (d.hint() != null) s.append(' ').append(shorten(oneLine(d.hint())));
        return s.toString();
    }

    private static String oneLine(String text) { return text.replace("\r", "\\r").replace("\n", "\\n"); }

    /** A word longer than 60 characters (a pasted megabyte, say) is cut to its ends in messages. */
    static String shorten(String message) {
        return message.replaceAll("(\\S{30})\\S{21,}(\\S{10})", "$1…$2");
    }

    public static String render(NnError e) {
        StringBuilder s = new StringBuilder();
        for (Diagnostic d : e.diagnostics()) {
            if (s.length() > 0) s.append('\n');
            s.append(render(d));
        }
        return s.toString();
    }
}
