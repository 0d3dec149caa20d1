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
        StringBuilder s = new StringBuilder(shorten(d.headline()));
        if (d.span().line() < 1) return s.toString();
        String line = d.source().line(d.span().line()).replace('\t', ' ');
        int col = Math.max(1, Math.min(d.span().column(), line.length() + 1));
        int len = Math.max(1, Math.min(d.span().length(), line.length() + 1 - col));
        if (line.length() > WIDTH) {
            // a window of the line: the caret's start and a little context, marked as cut
            int from = Math.max(0, col - 1 - 20), to = Math.min(line.length(), from + WIDTH - 2);
            String window = (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
            col = col - from + (from > 0 ? 1 : 0);
            len = Math.max(1, Math.min(len, window.length() + 1 - col));
            line = window;
        }
        s.append("\n  | ").append(line);
        s.append("\n  | ").append(" ".repeat(col - 1)).append("^".repeat(len));
        if (d.hint() != null) s.append(' ').append(shorten(d.hint()));
        return s.toString();
    }

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
