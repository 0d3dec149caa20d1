package nnlang.report;

import java.util.ArrayList;
import java.util.List;
import nnlang.stats.Estimate;
import nnlang.stats.Verdict;

/**
 * The text form of a compare report, within 80 columns for short net names: a title, one line
 * per net, one per net on the held-out rows, a legend, and a few sentences on the paired
 * difference of the first two nets (its verdict, then the same where both fit).
 *
 * <pre>
 * compare shallow, deep on p3: 200 trials, 4 of 8 rows each, seed 1
 *   net      params     fit  fit 95% CI     all acc  epochs  idle
 *   shallow      41  1.0000  0.9812-1.0000   0.6069    3000  0.77
 *   deep         21  0.9750  0.9428-0.9893   0.6088    3000  0.23
 *   held out  acc            H              CE - floor
 *   shallow   0.2138±0.0330  0.0488±0.0152  11.0659±0.3705
 *   deep      0.2288±0.0333  0.0505±0.0180  8.4802±0.3472
 * </pre>
 */
final class CompareText {
    static final int WIDTH = 80;

    private CompareText() {}

    static String render(CompareReport r) { return render(r, WIDTH); }

    /** The text with its prose broken at word boundaries to {@code width} columns (a terminal's). */
    static String render(CompareReport r, int width) {
        List<String> names = new ArrayList<>();
        for (CompareReport.NetSummary n : r.nets()) names.add(n.net());
        StringBuilder title = new StringBuilder("compare ").append(String.join(", ", names)).append(" on ")
                .append(r.table()).append(": ");
        CompareReport.FamilyGrid f = r.family();
        if (f != null) title.append(grid(f)).append(" (the same ").append(subsets(f.trials()))
                .append(" on every instance)");
        else title.append(Fmt.plural(r.trialsAsked(), "trial"));
        title.append(", ").append(r.rows()).append(" of ").append(r.tableRows()).append(" rows each, seed ")
                .append(r.seed());
        if (r.nanos() >= 0) title.append(", ").append(Fmt.seconds(r.nanos()));
        StringBuilder out = new StringBuilder();
        wrap(out, title.toString(), "", width);
        if (f != null && f.stopped()) {
            out.append('\n');
            wrap(out, "stopped after " + f.completed() + " of " + f.instancesAsked() + " instances; the numbers are over"
                    + " those that completed all their trials.", "  ", width);
        }
        if (f != null) instances(out, r, width);
        if (r.stopped() && f == null) {
            out.append('\n');
            wrap(out, "stopped after " + r.completed() + " of " + r.trialsAsked() + " trials; the numbers are over the "
                    + (r.completed() == 1 ? "one that completed" : r.completed() + " that completed") + ".", "  ", width);
        }
        if (r.completed() == 0) return out.toString();
        boolean hidden = false;
        for (CompareReport.NetSummary n : r.nets()) hidden |= n.hiddenLayers() > 0;
        Columns c = hidden ? new Columns(false, true, true, false, true, true, true)
                : new Columns(false, true, true, false, true, true);
        List<String> head = new ArrayList<>(List.of("net", "params", "fit", "fit 95% CI", "all acc", "epochs"));
        if (hidden) head.add("idle");
        c.row(head.toArray(new String[0]));
        for (CompareReport.NetSummary n : r.nets()) {
            List<String> cells = new ArrayList<>(List.of(n.net(), Integer.toString(n.params()), Fmt.f4(n.fitRate()),
                    range(n.fitInterval()), Fmt.f4(n.accuracy().mean()), Long.toString(Math.round(n.epochs().mean()))));
            if (hidden) cells.add(n.hiddenLayers() == 0 ? "-" : Fmt.f2(n.idle().mean()));
            c.row(cells.toArray(new String[0]));
        }
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        if (r.hasHeldout()) {
            Columns h = new Columns(false, false, false, false);
            h.row("held out", "acc", "H", "CE - floor");
            for (CompareReport.NetSummary n : r.nets()) {
                h.row(n.net(), interval(n.heldoutAccuracy()), interval(n.heldoutEntropy()), interval(n.heldoutCe()));
            }
            out.append('\n');
            h.appendTo(out, "  ", "  ");
        }
        out.append('\n');
        wrap(out, legend(r), "  ", width);
        for (CompareReport.NetSummary n : r.nets()) {
            if (n.diverged() == 0) continue;
            out.append('\n');
            wrap(out, n.net() + " diverged in " + Fmt.plural(n.diverged(), "trial") + "; try a smaller lr.", "  ", width);
        }
        if (r.paired() != null) {
            out.append('\n');
            wrap(out, paired(r.paired(), r.family()), "  ", width);
        }
        return out.toString();
    }

    /** "0.9812-1.0000", "-" when there is none. */
    static String range(nnlang.stats.Interval i) {
        return i.exists() ? Fmt.f4(i.lo()) + "-" + Fmt.f4(i.hi()) : "-";
    }

    /** "0.4650 +- 0.0315", the mean alone for one trial, "-" when there is nothing to measure. */
    private static String interval(Stats s) {
        if (s.n() == 0) return "-";
        return s.hasInterval() ? Fmt.f4(s.mean()) + "±" + Fmt.f4(s.half()) : Fmt.f4(s.mean());
    }

    private static String legend(CompareReport r) {
        String words = r.onFamily()
                ? "fit: share of the " + r.completed() + " trainings per net that fit their training rows, with its 95%"
                        + " interval; acc: accuracy; epochs: mean epochs run"
                : "fit: share of trials that fit their training rows, with its Wilson 95% interval; acc: accuracy;"
                        + " epochs: mean epochs run";
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
        int out = r.tableRows() - r.rows();
        words += ". Held out: on " + (out == 1 ? "the row" : "the " + out + " rows") + " a trial did not train on; H: H(Y|X),"
                + " CE - floor: cross-entropy above its floor, both in bits";
        if (r.onFamily()) return words + "; ± half the 95% interval of the mean. " + intervals(r.family()) + ".";
        if (r.completed() < 2) return words + ". One trial gives no confidence interval.";
        return words + "; ± half the 95% confidence interval of the mean (Student t).";
    }

    /** "256 instances x 2 trials". */
    private static String grid(CompareReport.FamilyGrid f) {
        return Fmt.plural(f.completed(), "instance") + " x " + Fmt.plural(f.trials(), "trial");
    }

    private static String subsets(int trials) { return trials == 1 ? "row subset" : trials + " row subsets"; }

    /** How the intervals of a family's grid are made, as a sentence. */
    static String intervals(CompareReport.FamilyGrid f) {
        if (f.completed() < 2) {
            return "Intervals: over the trials of the one instance (Student t; fit: Wilson), as on a table";
        }
        return "Intervals: cluster bootstrap over " + f.completed() + " instances, " + f.resamples() + " resamples"
                + " (percentile, fixed seed): trainings on one instance share its relation, so whole instances are"
                + " resampled";
    }

    /** One line per instance: each net's mean over the instance's trials, and the difference of the first two. */
    private static void instances(StringBuilder out, CompareReport r, int width) {
        CompareReport.FamilyGrid f = r.family();
        boolean held = r.hasHeldout(), pair = r.nets().size() >= 2 && held;
        out.append('\n');
        wrap(out, (held ? "Held-out" : "All-rows") + " accuracy per instance, the mean over its "
                + Fmt.plural(f.trials(), "trial") + (pair ? "; difference: " + r.nets().get(0).net() + " minus "
                + r.nets().get(1).net() : "") + ":", "  ", width);
        int cols = 1 + r.nets().size() + (pair ? 1 : 0);
        boolean[] right = new boolean[cols];
        java.util.Arrays.fill(right, 1, cols, true);
        Columns c = new Columns(right);
        List<String> head = new ArrayList<>(List.of("instance"));
        for (CompareReport.NetSummary n : r.nets()) head.add(n.net());
        if (pair) head.add("difference");
        c.row(head.toArray(new String[0]));
        for (CompareReport.Instance i : f.instances()) {
            List<String> cells = new ArrayList<>(List.of(i.table()));
            for (int j = 0; j < r.nets().size(); j++) {
                cells.add(Fmt.f4(held ? i.heldoutAccuracy().get(j) : i.accuracy().get(j)));
            }
            if (pair) cells.add(i.identical() ? "identical" : signed(i.difference()));
            c.row(cells.toArray(new String[0]));
        }
        out.append('\n');
        c.appendTo(out, "  ", "  ");
    }

    /**
     * The paired held-out accuracy difference of the first net minus the second: its interval and
     * what it says, then the same over the trials where both fit their training rows.
     */
    static String paired(CompareReport.Paired p) { return paired(p, null); }

    /** The same on a family's grid (f not null): its words count trainings and name the grid. */
    static String paired(CompareReport.Paired p, CompareReport.FamilyGrid f) {
        Estimate d = p.difference();
        String trials = d.n() == 1 ? "the one trial" : "all " + d.n() + " trials";
        if (f != null) trials = "all " + d.n() + " trainings (" + grid(f) + ")";
        if (p.identical()) {
            return "Held-out accuracy, " + p.net() + " minus " + p.minus() + ": identical held-out predictions in "
                    + trials + " (every paired difference is exactly 0).";
        }
        String what = "Held-out accuracy, " + p.net() + " minus " + p.minus() + ", paired over the same "
                + (d.n() == 1 ? "row subset" : d.n() + " row subsets") + ": " + signed(d.mean());
        if (f != null) {
            what = "Held-out accuracy, " + p.net() + " minus " + p.minus() + ", paired over " + grid(f) + " (the same "
                    + subsets(f.trials()) + " on every instance): " + signed(d.mean());
        }
        if (!d.hasInterval()) return what + "; too few trials for an interval.";
        what += " (95% CI " + signed(d.ci95().lo()) + " to " + signed(d.ci95().hi()) + "). " + verdict(p.verdict(),
                p.net(), p.minus(), d, p.margin());
        return what + " " + bothFit(p.bothFit(), d.n(), f != null ? "training" : "trial");
    }

    /** One sentence on the verdict, with the 90% interval when equivalence was tested. */
    static String verdict(Verdict v, String first, String second, Estimate d, double margin) {
        String m = "±" + Fmt.compact(margin);
        return switch (v) {
            case BETTER -> "The interval excludes 0: " + first + " generalises better from these rows.";
            case WORSE -> "The interval excludes 0: " + second + " generalises better from these rows.";
            case NO_DIFFERENCE -> "No difference: the 90% CI (" + signed(d.ci90().lo()) + " to " + signed(d.ci90().hi())
                    + ") lies within the margin " + m + " (TOST at 0.05).";
            case INCONCLUSIVE -> "Inconclusive: the interval includes 0, and the 90% CI (" + signed(d.ci90().lo())
                    + " to " + signed(d.ci90().hi()) + ") reaches past the margin " + m + ": more trials would tell.";
            case IDENTICAL -> "Identical predictions.";
        };
    }

    /** The difference over the trials where both nets fit their own rows. */
    static String bothFit(Estimate b, int all) { return bothFit(b, all, "trial"); }

    /** The same, counting in the unit given ("trial", or "training" on a family). */
    static String bothFit(Estimate b, int all, String unit) {
        if (b.n() == all) return "Both nets fit their training rows in every " + unit + ".";
        if (b.n() == 0) return "In no " + unit + " did both nets fit their training rows.";
        String s = "Where both fit their training rows (" + Fmt.plural(b.n(), unit) + "): " + signed(b.mean());
        if (!b.hasInterval()) return s + ".";
        return s + " (95% CI " + signed(b.ci95().lo()) + " to " + signed(b.ci95().hi()) + ").";
    }

    static String signed(double v) {
        String s = Fmt.f4(v);
        return v > 0 && !s.equals("0.0000") ? "+" + s : s;
    }

    /** Words wrapped at {@link #WIDTH} columns; the caller starts the first line, later lines get indent. */
    static void wrap(StringBuilder out, String text, String indent) { wrap(out, text, indent, WIDTH); }

    /** Words wrapped at {@code width} columns (at least 40); the caller starts the first line, later lines get indent. */
    static void wrap(StringBuilder out, String text, String indent, int width) {
        width = Math.max(40, width);
        int lineStart = out.length();
        out.append(indent);
        boolean first = true;
        for (String word : text.split(" ")) {
            if (!first && out.length() - lineStart + 1 + word.length() > width) {
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
