package nnlang.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnlang.data.Entropy;

/**
 * The text form of a relations report: one line per relation (x, y) with p(y|x) and -p log2 p,
 * and beside each input's first line its targets, its most probable y, H(Y|x), CE and floor.
 * A {@code ?} marks an undetermined relation (eps &lt;= p &lt;= 1 - eps). When Y has more than
 * {@link #LIST_ALL} states (k-bit sigmoid outputs have 2^k), a row lists only its targets and the
 * relations with p &gt;= {@link #SHOWN}, then one line counting the rest and their total p.
 */
final class RelationsText {
    static final int LIST_ALL = 16;
    static final double SHOWN = 0.001;

    private RelationsText() {}

    /** The columns, all of them, and without CE, floor and -p log p (for narrow terminals). */
    private static final boolean[] ALL = {true, true, true, true, true, true, true, true, true, true};
    private static final boolean[] NARROW = {true, true, true, false, true, true, true, true, false, false};

    static String render(RelationsReport r) { return render(r, ALL); }

    /**
     * The report in at most {@code width} columns where it can: when the table is wider, it leaves
     * out the columns -p log p, CE and floor (the totals line still has CE and floor).
     */
    static String render(RelationsReport r, int width) {
        String all = render(r, ALL);
        if (all.lines().mapToInt(String::length).max().orElse(0) <= width) return all;
        return render(r, NARROW) + "\n  (-p log p, CE and floor per row need a wider terminal)";
    }

    private static String render(RelationsReport r, boolean[] keep) {
        StringBuilder out = new StringBuilder();
        out.append("relations of ").append(r.net()).append(" on ").append(r.table())
                .append(": entropy in bits, ? marks p between ").append(Fmt.compact(r.eps())).append(" and ").append(Fmt.compact(1 - r.eps()));
        int xw = 1;
        for (RelationsReport.Row row : r.rows()) xw = Math.max(xw, row.x().length());
        String restIndent = "  " + " ".repeat(xw) + "  ";
        boolean nonFunction = false;
        for (RelationsReport.Row row : r.rows()) nonFunction |= row.targets().size() > 1;

        Columns c = new Kept(keep, false, false, true, true, false, false, false, true, true, false);
        c.row("x", "y", "p(y|x)", "-p log p", "", nonFunction ? "targets" : "target", "top", "H(Y|x)", "CE", "floor");
        Map<String, Integer> index = new HashMap<>();
        List<String> ys = r.outputs();
        for (int y = 0; y < ys.size(); y++) index.put(ys.get(y), y);
        boolean listAll = ys.size() <= LIST_ALL;
        for (RelationsReport.Row row : r.rows()) addRow(c, row, ys, index, listAll, r.eps(), restIndent);
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        out.append('\n').append(totals(r));
        return out.toString();
    }

    private static void addRow(Columns c, RelationsReport.Row row, List<String> ys, Map<String, Integer> index,
                               boolean listAll, double eps, String restIndent) {
        boolean[] target = new boolean[ys.size()];
        for (String t : row.targets()) target[index.get(t)] = true;
        boolean first = true;
        int rest = 0;
        double restP = 0;
        for (int y = 0; y < ys.size(); y++) {
            double p = row.p(y);
            if (!listAll && !target[y] && !(p >= SHOWN)) {
                rest++;
                restP += p;
                continue;
            }
            String mark = p < eps || p > 1 - eps ? "" : "?";
            String plogp = Fmt.f4(Entropy.term(p));
            if (first) {
                c.row(row.x(), ys.get(y), Fmt.f4(p), plogp, mark, String.join("|", row.targets()), top(row, ys),
                        Fmt.f4(row.entropy()), Fmt.f4(row.crossEntropy()), Fmt.bits(row.floor()));
                first = false;
            } else {
                c.row("", ys.get(y), Fmt.f4(p), plogp, mark, "", "", "", "", "");
            }
        }
        if (rest > 0) {
            c.text(restIndent + "+ " + rest + " more with p < " + Fmt.compact(SHOWN) + ", together "
                    + Fmt.f4(restP));
        }
    }

    /** Columns that keep only some of the cells given. */
    private static final class Kept extends Columns {
        private final boolean[] keep;

        Kept(boolean[] keep, boolean... right) {
            super(only(keep, right));
            this.keep = keep;
        }

        @Override void row(String... cells) {
            String[] kept = new String[cells.length];
            int n = 0;
            for (int i = 0; i < cells.length; i++) if (keep[i]) kept[n++] = cells[i];
            super.row(java.util.Arrays.copyOf(kept, n));
        }

        private static boolean[] only(boolean[] keep, boolean[] right) {
            boolean[] r = new boolean[right.length];
            int n = 0;
            for (int i = 0; i < right.length; i++) if (keep[i]) r[n++] = right[i];
            return java.util.Arrays.copyOf(r, n);
        }
    }

    private static String top(RelationsReport.Row row, List<String> ys) {
        if (row.tie()) return "tie";
        if (row.top() < 0) return "-";
        return ys.get(row.top()) + (row.correct() ? "" : " wrong");
    }

    private static String totals(RelationsReport r) {
        int n = r.rows().size();
        String accuracy = "accuracy " + r.correct() + "/" + n
                + (r.ties() > 0 ? " (" + Fmt.plural(r.ties(), "tie") + ")" : "");
        String line = "  H(Y|X) " + Fmt.f4(r.entropy()) + "  CE " + Fmt.f4(r.crossEntropy()) + "  floor "
                + Fmt.bits(r.floor()) + "  " + accuracy;
        return line + "\n  determined " + r.determined() + "/" + r.relations() + " relations, "
                + r.determinedRows() + "/" + n + " rows";
    }
}
