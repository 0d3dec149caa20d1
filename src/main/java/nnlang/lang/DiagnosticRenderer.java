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

    public static String render(Diagnostic d) {
        StringBuilder s = new StringBuilder(d.headline());
        if (d.span().line() < 1) return s.toString();
        String line = d.source().line(d.span().line());
        s.append("\n  | ").append(line.replace('\t', ' '));
        int col = Math.max(1, Math.min(d.span().column(), line.length() + 1));
        int len = Math.max(1, Math.min(d.span().length(), line.length() + 1 - col));
        s.append("\n  | ").append(" ".repeat(col - 1)).append("^".repeat(len));
        if (d.hint() != null) s.append(' ').append(d.hint());
        return s.toString();
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
