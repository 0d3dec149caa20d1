package nnlang.report;

import java.util.List;

/**
 * The text form of a hidden report. Per hidden layer: the activations per input with the code
 * T(x) beside them (up to {@link #GRID} nodes; a wider layer shows only the codes), one line per
 * node with its variants, share, idle mark, the inputs in the upper half of its range and the
 * gate they spell, then H(T), I(T;Y) and H(Y) with one sentence on what the code keeps. Last, how
 * the output layer reads the last hidden layer linearly: z = h . w + b per input.
 */
final class HiddenText {
    /** Layers with more nodes than this show no activation grid. */
    static final int GRID = 6;
    /** Codes longer than this are not printed (their count is). */
    static final int CODE = 32;
    /** The upper-half set is listed when it fits in this many characters, else counted. */
    static final int ON = 24;
    /** Output layers with more nodes than this show no z columns. */
    static final int Z = 4;
    private static final double SAME = 1e-9;

    private HiddenText() {}

    static String render(HiddenReport r) {
        StringBuilder out = new StringBuilder("hidden layers of ").append(r.net()).append(" on ").append(r.table());
        if (r.layers().isEmpty()) {
            return out.append(": ").append(r.net()).append(" has no hidden layer; its output reads the input directly")
                    .toString();
        }
        out.append(": ").append(Fmt.plural(r.bins(), "bin")).append(" per node, entropy in bits");
        for (HiddenReport.Layer l : r.layers()) layer(out, r, l);
        readout(out, r);
        return out.toString();
    }

    private static void layer(StringBuilder out, HiddenReport r, HiddenReport.Layer l) {
        int m = l.nodes().size();
        out.append("\n  layer ").append(l.number()).append(": dense ").append(m).append(' ').append(l.activation())
                .append(" (idle: share below ").append(Fmt.f4(l.idleBelow())).append(')');
        boolean codes = !l.codes().isEmpty() && l.codes().get(0).length() <= CODE;
        if (m <= GRID) {
            out.append('\n');
            grid(r, l, codes).appendTo(out, "    ", "  ");
        } else {
            out.append("\n    ").append(m).append(" activation columns ").append(codes ? "" : "and the codes ")
                    .append("omitted (--json has them)");
            if (codes) {
                Columns c = new Columns(false, false);
                c.row("x", "code");
                for (int x = 0; x < r.inputs().size(); x++) c.row(r.inputs().get(x), l.codes().get(x));
                out.append('\n');
                c.appendTo(out, "    ", "  ");
            }
        }
        Columns c = new Columns(false, true, true, false, false, false);
        c.row("node", "variants", "share", "idle", "upper half", "reads as");
        for (HiddenReport.Node n : l.nodes()) {
            c.row(n.name(), Integer.toString(n.variants()), Fmt.f4(n.share()), n.idle() ? "idle" : "",
                    on(n.on(), r.inputs().size()), n.gate() == null ? "" : n.gate());
        }
        out.append('\n');
        c.appendTo(out, "    ", "  ");
        if (noWork(l)) out.append("\n    no node of this layer moves the next one: all are idle, shares equal");
        out.append("\n    H(T) ").append(Fmt.f4(l.hT())).append("  I(T;Y) ").append(Fmt.f4(l.iTY()))
                .append("  H(Y) ").append(Fmt.f4(r.hY())).append("  ").append(Fmt.plural(l.distinct(), "code")).append(" for ")
                .append(Fmt.plural(r.inputs().size(), "input"));
        out.append("\n    ").append(keeps(r, l));
    }

    /** True when no node has both a spread and an outgoing weight: the shares are equal by convention. */
    private static boolean noWork(HiddenReport.Layer l) {
        for (HiddenReport.Node n : l.nodes()) if (n.spread() * n.outgoing() > 0) return false;
        return true;
    }

    /** x, one column per node (four decimals), and the code. */
    private static Columns grid(HiddenReport r, HiddenReport.Layer l, boolean codes) {
        int m = l.nodes().size();
        int width = codes ? m + 2 : m + 1;
        boolean[] right = new boolean[width];
        java.util.Arrays.fill(right, 1, m + 1, true);
        Columns c = new Columns(right);
        String[] head = new String[width];
        head[0] = "x";
        for (int j = 0; j < m; j++) head[j + 1] = l.nodes().get(j).name();
        if (codes) head[m + 1] = "code";
        c.row(head);
        for (int x = 0; x < r.inputs().size(); x++) {
            String[] cells = new String[width];
            cells[0] = r.inputs().get(x);
            for (int j = 0; j < m; j++) cells[j + 1] = Fmt.f4(l.nodes().get(j).activation(x));
            if (codes) cells[m + 1] = l.codes().get(x);
            c.row(cells);
        }
        return c;
    }

    /** "01 10 11", or "5 of 16" when the list is long; "-" when the node is never on. */
    private static String on(List<String> on, int inputs) {
        if (on.isEmpty()) return "-";
        String s = String.join(" ", on);
        return s.length() <= ON ? s : on.size() + " of " + inputs;
    }

    /** One sentence on what the code keeps of H(Y); at most H(Y) - floor can be kept. */
    private static String keeps(HiddenReport r, HiddenReport.Layer l) {
        double most = r.hY() - r.floor();
        double lost = most - l.iTY();
        if (lost > SAME) {
            return "the code loses " + Fmt.f4(lost) + " bits: inputs with different targets share a code";
        }
        if (r.floor() > 0) return "the code keeps all the table says about y: I(T;Y) = H(Y) - floor";
        return "the code keeps all of H(Y): y can be read from it";
    }

    /** The output layer reading the last hidden layer: per input its code, z, the top y and its p. */
    private static void readout(StringBuilder out, HiddenReport r) {
        HiddenReport.Readout ro = r.readout();
        HiddenReport.Layer last = r.layers().get(r.layers().size() - 1);
        int k = ro.rows().isEmpty() ? 0 : ro.rows().get(0).z().length;
        boolean codes = !last.codes().isEmpty() && last.codes().get(0).length() <= CODE;
        int zs = k <= Z ? k : 0;
        out.append("\n  output ").append(ro.output()).append(" reads layer ").append(last.number())
                .append(" linearly: z = h . w + b");
        if (zs < k) out.append(" (").append(k).append(" z columns omitted)");
        int first = codes ? 2 : 1;
        boolean[] right = new boolean[first + zs + 3];
        for (int i = first; i < first + zs; i++) right[i] = true;
        right[first + zs + 1] = true;
        Columns c = new Columns(right);
        String[] head = new String[right.length];
        head[0] = "x";
        if (codes) head[1] = "code";
        for (int i = 0; i < zs; i++) head[first + i] = zs == 1 ? "z" : "z" + (i + 1);
        head[first + zs] = "top";
        head[first + zs + 1] = "p(top)";
        head[first + zs + 2] = "target";
        c.row(head);
        for (HiddenReport.Row row : ro.rows()) {
            String[] cells = new String[right.length];
            cells[0] = row.x();
            if (codes) cells[1] = row.code();
            for (int i = 0; i < zs; i++) cells[first + i] = Fmt.f4(row.z(i));
            cells[first + zs] = top(row, ro.outputs());
            cells[first + zs + 1] = Fmt.f4(max(row.p()));
            cells[first + zs + 2] = String.join("|", row.targets());
            c.row(cells);
        }
        out.append('\n');
        c.appendTo(out, "    ", "  ");
        int n = ro.rows().size();
        out.append("\n    ").append(ro.correct()).append('/').append(n).append(" rows right");
        if (n > 0 && ro.correct() == n) out.append(": y is a linear function of the hidden code");
        else out.append(": this z does not yet separate the targets");
    }

    private static String top(HiddenReport.Row row, List<String> ys) {
        if (row.top() < 0) return Double.isNaN(max(row.p())) ? "-" : "tie";
        return ys.get(row.top()) + (row.correct() ? "" : " wrong");
    }

    private static double max(double[] p) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : p) m = Double.isNaN(v) ? v : Math.max(m, v);
        return m;
    }
}
