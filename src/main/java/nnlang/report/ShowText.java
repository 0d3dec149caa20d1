package nnlang.report;

/**
 * The text form of a show report: the shape in one line, the two spaces, then each layer in the
 * language's weight syntax with four decimals, on one line when it fits in 80 columns and else
 * one line per input row with the columns aligned.
 */
final class ShowText {
    private static final int WIDTH = 80;

    private ShowText() {}

    static String render(ShowReport r) {
        StringBuilder out = new StringBuilder("net ").append(r.net()).append(" = ").append(r.encoding()).append(' ')
                .append(r.inputWidth());
        int last = r.layers().size() - 1;
        for (int i = 0; i <= last; i++) {
            ShowReport.Weights l = r.layers().get(i);
            out.append(" -> ").append(i == last ? l.activation() + " " + l.nodes() : l.nodes() + " " + l.activation()
                    + (l.groups() > 1 ? " groups " + l.groups() : ""));
        }
        out.append(" (").append(Fmt.plural(r.params(), "parameter")).append(')');
        out.append("\n  input   ").append(r.encoding()).append(", ").append(Fmt.plural(r.inputWidth(), "node"))
                .append(": ").append(Fmt.states(r.inputStates()));
        int outNodes = r.layers().get(last).nodes();
        String kind = r.output().equals("bits") ? "sigmoid per bit" : r.output();
        out.append("\n  output  ").append(kind).append(", ").append(Fmt.plural(outNodes, "node")).append(": ")
                .append(Fmt.states(r.outputStates()));
        for (int i = 0; i <= last; i++) {
            ShowReport.Weights l = r.layers().get(i);
            String head = i == last ? "output " + l.activation() : "dense " + l.nodes() + " " + l.activation()
                    + (l.groups() > 1 ? " groups " + l.groups() : "");
            out.append('\n').append(layer("  ", head, l));
        }
        return out.toString();
    }

    /** One layer, e.g. {@code dense 2 sigmoid { w [[5.2000, -3.1000], [5.2000, -3.1000]]  b [-2.1000, 4.6000] }}. */
    static String layer(String indent, String head, ShowReport.Weights l) {
        StringBuilder one = new StringBuilder(indent).append(head).append(" { w [");
        for (int i = 0; i < l.inputs(); i++) {
            if (i > 0) one.append(", ");
            one.append('[');
            for (int j = 0; j < l.nodes(); j++) one.append(j > 0 ? ", " : "").append(Fmt.f4(l.w(i, j)));
            one.append(']');
        }
        one.append("]  b [");
        for (int j = 0; j < l.nodes(); j++) one.append(j > 0 ? ", " : "").append(Fmt.f4(l.b(j)));
        one.append("] }");
        if (one.length() <= WIDTH) return one.toString();

        int cell = 0;
        for (int j = 0; j < l.nodes(); j++) {
            cell = Math.max(cell, Fmt.f4(l.b(j)).length());
            for (int i = 0; i < l.inputs(); i++) cell = Math.max(cell, Fmt.f4(l.w(i, j)).length());
        }
        StringBuilder s = new StringBuilder(indent).append(head).append(" {");
        for (int i = 0; i < l.inputs(); i++) {
            s.append('\n').append(indent).append(i == 0 ? "  w [[" : "     [");
            for (int j = 0; j < l.nodes(); j++) s.append(j > 0 ? ", " : "").append(pad(Fmt.f4(l.w(i, j)), cell));
            s.append(i == l.inputs() - 1 ? "]]" : "],");
        }
        s.append('\n').append(indent).append("  b  [");
        for (int j = 0; j < l.nodes(); j++) s.append(j > 0 ? ", " : "").append(pad(Fmt.f4(l.b(j)), cell));
        return s.append("]\n").append(indent).append('}').toString();
    }

    private static String pad(String s, int width) { return " ".repeat(width - s.length()) + s; }
}
