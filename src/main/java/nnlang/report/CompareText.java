package nnlang.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of a compare report, within 80 columns for short net names: a title, one line
 * per net, a legend, and one sentence on the paired difference of the first two nets.
 *
 * <pre>
 * compare shallow, deep on p3: 200 trials, 4 of 8 rows each, seed 1
 *   net      params     fit  held-out acc      held-out H        all acc  epochs
 *   shallow      41  1.0000  0.2113 +- 0.0330  0.0645 +- 0.0168   0.6056    3000
 *   deep         21  0.9750  0.2250 +- 0.0332  0.0691 +- 0.0195   0.6063    3000
 * </pre>
 */
final class CompareText {
    static final int WIDTH = 80;

    private CompareText() {}

    static String render(CompareReport r) {
        List<String> names = new ArrayList<>();
        for (CompareReport.NetSummary n : r.nets()) names.add(n.net());
        StringBuilder title = new StringBuilder("compare ").append(String.join(", ", names)).append(" on ")
                .append(r.table()).append(": ").append(Fmt.plural(r.trialsAsked(), "trial")).append(", ")
                .append(r.rows()).append(" of ").append(r.tableRows()).append(" rows each, seed ").append(r.seed());
        if (r.nanos() >= 0) title.append(", ").append(Fmt.seconds(r.nanos()));
        StringBuilder out = new StringBuilder();
        wrap(out, title.toString(), "");
        if (r.stopped()) {
            out.append('\n');
            wrap(out, "stopped after " + r.completed() + " of " + r.trialsAsked() + " trials; the numbers are over the "
                    + (r.completed() == 1 ? "one that completed" : r.completed() + " that completed") + ".", "  ");
        }
        if (r.completed() == 0) return out.toString();
        boolean hidden = false;
        for (CompareReport.NetSummary n : r.nets()) hidden |= n.hiddenLayers() > 0;
        Columns c = hidden ? new Columns(false, true, true, false, false, true, true, true)
                : new Columns(false, true, true, false, false, true, true);
        List<String> head = new ArrayList<>(List.of("net", "params", "fit", "held-out acc", "held-out H", "all acc",
                "epochs"));
        if (hidden) head.add("idle");
        c.row(head.toArray(new String[0]));
        for (CompareReport.NetSummary n : r.nets()) {
            List<String> cells = new ArrayList<>(List.of(n.net(), Integer.toString(n.params()), Fmt.f4(n.fitRate()),
                    interval(n.heldoutAccuracy()), interval(n.heldoutEntropy()), Fmt.f4(n.accuracy().mean()),
                    Long.toString(Math.round(n.epochs().mean()))));
            if (hidden) cells.add(n.hiddenLayers() == 0 ? "-" : Fmt.f2(n.idle().mean()));
            c.row(cells.toArray(new String[0]));
        }
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        out.append('\n');
        wrap(out, legend(r), "  ");
        for (CompareReport.NetSummary n : r.nets()) {
            if (n.diverged() == 0) continue;
            out.append('\n');
            wrap(out, n.net() + " diverged in " + Fmt.plural(n.diverged(), "trial") + "; try a smaller lr.", "  ");
        }
        if (r.paired() != null) {
            out.append('\n');
            wrap(out, paired(r.paired()), "  ");
        }
        return out.toString();
    }

    /** "0.4650 +- 0.0315", the mean alone for one trial, "-" when there is nothing to measure. */
    private static String interval(Stats s) {
        if (s.n() == 0) return "-";
        return s.hasInterval() ? Fmt.f4(s.mean()) + "±" + Fmt.f4(s.half()) : Fmt.f4(s.mean());
    }

    private static String legend(CompareReport r) {
        String words = "fit: share of trials that fit their training rows; acc: accuracy; H: H(Y|X) in bits; epochs: mean epochs run";
        for (CompareReport.NetSummary n : r.nets()) {
            if (n.hiddenLayers() > 0) {
                words += "; idle: mean hidden nodes idle after training";
                break;
            }
        }
        if (!r.hasHeldout()) {
            return words + ". No rows are held out: every trial trains on all " + r.tableRows() + " rows and the"
                    + " trials differ only in their seed; compare fit and all-rows accuracy.";
        }
        if (r.completed() < 2) return words + ". One trial gives no confidence interval.";
        return words + "; ± half the 95% confidence interval of the mean (Student t).";
    }

    /** One sentence on the paired held-out accuracy difference of the second net minus the first. */
    private static String paired(CompareReport.Paired p) {
        Stats d = p.difference();
        String what = "Held-out accuracy, " + p.net() + " minus " + p.minus() + ", paired over the same "
                + (d.n() == 1 ? "row subset" : d.n() + " row subsets") + ": " + signed(d.mean());
        if (!d.hasInterval()) return what + "; too few trials for an interval.";
        what += " (95% CI " + signed(d.lo()) + " to " + signed(d.hi()) + ").";
        if (!p.excludesZero()) return what + " The interval includes 0: no clear difference at this many trials.";
        String better = d.mean() > 0 ? p.net() : p.minus();
        return what + " The interval excludes 0: " + better + " generalises better from these rows.";
    }

    private static String signed(double v) {
        String s = Fmt.f4(v);
        return v > 0 && !s.equals("0.0000") ? "+" + s : s;
    }

    /** Words wrapped at {@link #WIDTH} columns; the caller starts the first line, later lines get indent. */
    static void wrap(StringBuilder out, String text, String indent) {
        int lineStart = out.length();
        out.append(indent);
        boolean first = true;
        for (String word : text.split(" ")) {
            if (!first && out.length() - lineStart + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
                out.append(indent).append(indent.isEmpty() ? "  " : "");
                first = true;
            }
            if (!first) out.append(' ');
            out.append(word);
            first = false;
        }
    }
}
