package nnlang.report;

import java.util.List;
import nnlang.data.Entropy;

/**
 * The text form of an ablation report: every relation's p(y|x) and -p log2 p, and every input's
 * H(Y|x) and most probable y, each as "before -> after"; a * marks a p that moved by more than
 * {@link AblationReport#MOVED}. When Y has more than {@link RelationsText#LIST_ALL} states, a row
 * lists its targets and the relations with p &gt;= {@link RelationsText#SHOWN} before or after.
 * Totals: H(Y|X), CE and accuracy before -> after, the predictions that changed, the relations
 * that moved.
 */
final class AblationText {
    /** How many moved relations the last line names. */
    static final int NAMED = 6;

    private AblationText() {}

    static String render(AblationReport r) {
        StringBuilder out = new StringBuilder("ablate ").append(r.node()).append(" of ").append(r.net()).append(" on ")
                .append(r.table()).append(": before -> after in bits, * marks p moved > ")
                .append(Fmt.compact(AblationReport.MOVED));
        out.append("\n  ").append(r.node()).append(" is silenced: it sends 0 to ")
                .append(r.intoOutput() ? "the output layer" : "layer " + (r.layer() + 1)).append(" whatever its input");
        out.append("\n  (").append(rest(r.activation())).append(')');
        RelationsReport b = r.before(), a = r.after();
        List<String> ys = b.outputs();
        boolean listAll = ys.size() <= RelationsText.LIST_ALL;
        Columns c = new Columns(false, false, false, false, false, false, false);
        c.row("x", "y", "p(y|x)", "-p log p", "", "H(Y|x)", "top");
        for (int row = 0; row < b.rows().size(); row++) addRow(c, r, row, ys, listAll);
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        out.append("\n  H(Y|X) ").append(arrow(b.entropy(), a.entropy())).append("  CE ")
                .append(arrow(b.crossEntropy(), a.crossEntropy())).append("  accuracy ").append(b.correct()).append('/')
                .append(b.rows().size()).append(" -> ").append(a.correct()).append('/').append(a.rows().size());
        out.append("\n  ").append(r.changed()).append('/').append(b.rows().size()).append(" predictions changed, ")
                .append("determined ").append(b.determined()).append(" -> ").append(a.determined()).append(" of ")
                .append(Fmt.plural(b.relations(), "relation"));
        out.append("\n  ").append(moved(r));
        return out.toString();
    }

    /** What 0 means for a node of this activation. */
    private static String rest(String activation) {
        if (activation.equals("sigmoid")) return "for a sigmoid node 0 is the bottom of its range, not a resting value";
        return "for a " + activation + " node 0 is its resting value";
    }

    private static void addRow(Columns c, AblationReport r, int row, List<String> ys, boolean listAll) {
        RelationsReport.Row b = r.before().rows().get(row), a = r.after().rows().get(row);
        boolean first = true;
        int rest = 0;
        double restBefore = 0, restAfter = 0;
        for (int y = 0; y < ys.size(); y++) {
            double pb = b.p(y), pa = a.p(y);
            if (!listAll && !b.targets().contains(ys.get(y)) && !(pb >= RelationsText.SHOWN) && !(pa >= RelationsText.SHOWN)) {
                rest++;
                restBefore += pb;
                restAfter += pa;
                continue;
            }
            String mark = Math.abs(pa - pb) > AblationReport.MOVED ? "*" : "";
            String terms = arrow(Entropy.term(pb), Entropy.term(pa));
            if (first) {
                c.row(b.x(), ys.get(y), arrow(pb, pa), terms, mark, arrow(b.entropy(), a.entropy()), top(r, row));
                first = false;
            } else {
                c.row("", ys.get(y), arrow(pb, pa), terms, mark, "", "");
            }
        }
        if (rest > 0) {
            c.text("  " + " ".repeat(b.x().length()) + "  + " + rest + " more with p < "
                    + Fmt.compact(RelationsText.SHOWN) + ", together " + arrow(restBefore, restAfter));
        }
    }

    /** "0" when the prediction stayed, "0 -> 1" when it changed; "tie" for a tie. */
    private static String top(AblationReport r, int row) {
        String before = top(r.before().rows().get(row), r.before().outputs());
        return r.changed(row) ? before + " -> " + top(r.after().rows().get(row), r.after().outputs()) : before;
    }

    private static String top(RelationsReport.Row row, List<String> ys) {
        if (row.tie()) return "tie";
        return row.top() < 0 ? "-" : ys.get(row.top());
    }

    private static String arrow(double before, double after) { return Fmt.f4(before) + " -> " + Fmt.f4(after); }

    /** "moved by more than 0.1: (00, 0) (00, 1) ..." or a sentence saying nothing moved. */
    private static String moved(AblationReport r) {
        List<AblationReport.Moved> moved = r.moved();
        String limit = Fmt.compact(AblationReport.MOVED);
        if (moved.isEmpty()) return "no relation moved by more than " + limit + ": " + r.node() + " does little here";
        StringBuilder s = new StringBuilder(Fmt.plural(moved.size(), "relation")).append(" moved by more than ")
                .append(limit).append(':');
        for (int i = 0; i < Math.min(NAMED, moved.size()); i++) {
            s.append(" (").append(moved.get(i).x()).append(", ").append(moved.get(i).y()).append(')');
        }
        if (moved.size() > NAMED) s.append(" ...");
        return s.toString();
    }
}
