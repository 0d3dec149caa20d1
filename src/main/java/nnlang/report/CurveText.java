package nnlang.report;

import java.util.List;
import nnlang.stats.ClusterBootstrap;
import nnlang.stats.Estimate;

/**
 * The text form of a curve report, within 80 columns for short net names: a title; per K one
 * line per net (fit rate and its interval, held-out accuracy and CE - floor with their intervals,
 * mean epochs); per K the paired difference of the first two nets (interval, Holm-adjusted p,
 * the same where both fit, the verdict); the difference of the areas; a legend; and a braille
 * plot of every net's held-out accuracy against K with its 95% band.
 *
 * <pre>
 * curve tree, shallow on t8: 2 row counts x 20 trials, 256 rows, seed 1
 *   rows  net      fit     fit 95% CI     held-out acc   CE - floor     epochs
 *     16  tree     1.0000  0.8389-1.0000  0.6021±0.0210  0.6123±0.0400    3000
 * </pre>
 */
final class CurveText {
    private CurveText() {}

    static String render(CurveReport r, int width) { return render(r, width, CompareText.WIDTH); }

    /** The text with the plot {@code width} columns wide and the prose broken at {@code prose} columns. */
    static String render(CurveReport r, int width, int prose) {
        StringBuilder title = new StringBuilder("curve ").append(String.join(", ", r.nets())).append(" on ")
                .append(r.table()).append(": ").append(Fmt.plural(r.rows().size(), "row count")).append(" x ")
                .append(Fmt.plural(r.trialsAsked(), "trial"));
        if (r.family()) title.append(" x ").append(r.instances()).append(" instances");
        title.append(", ").append(r.tableRows()).append(" rows, seed ").append(r.seed());
        if (r.nanos() >= 0) title.append(", ").append(Fmt.seconds(r.nanos()));
        StringBuilder out = new StringBuilder();
        CompareText.wrap(out, title.toString(), "", prose);
        if (r.stopped()) {
            out.append('\n');
            CompareText.wrap(out, "stopped after " + r.completed() + " of " + r.trialsAsked() + " trials at every K;"
                    + " the numbers are over those.", "  ", prose);
        }
        if (r.completed() == 0) return out.toString();
        Columns c = new Columns(true, false, true, false, false, false, true);
        c.row("rows", "net", "fit", "fit 95% CI", "held-out acc", "CE - floor", "epochs");
        for (int k : r.rows()) {
            boolean first = true;
            for (String net : r.nets()) {
                CurveReport.Point p = r.point(net, k);
                c.row(first ? Integer.toString(k) : "", net, Fmt.f4(p.fitRate()), CompareText.range(p.fitCi()),
                        interval(p.heldoutAccuracy()), interval(p.heldoutCe()), Long.toString(Math.round(p.epochs())));
                first = false;
            }
        }
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        if (!r.differences().isEmpty()) differences(out, r, prose);
        out.append('\n');
        CompareText.wrap(out, legend(r), "  ", prose);
        out.append("\n\n").append(CurvePlot.render(r, width));
        return out.toString();
    }

    private static void differences(StringBuilder out, CurveReport r, int prose) {
        String a = r.nets().get(0), b = r.nets().get(1);
        out.append('\n');
        String paired = r.family() ? "paired over " + r.instances() + " instances x " + Fmt.plural(r.completed(), "trial")
                + " (the same " + (r.completed() == 1 ? "row subset" : r.completed() + " row subsets")
                + " on every instance)" : "paired trial by trial";
        CompareText.wrap(out, "Held-out accuracy, " + a + " minus " + b + ", " + paired + ":", "  ", prose);
        Columns c = new Columns(true, true, false, true, false, false);
        c.row("rows", "difference", "95% CI", "p (Holm)", "both fit", "verdict");
        for (CurveReport.Difference d : r.differences()) {
            Estimate e = d.difference(), both = d.bothFit();
            String bothCell = both.n() == 0 ? "- (0)" : CompareText.signed(both.mean()) + " (" + both.n() + ")";
            c.row(Integer.toString(d.rows()), CompareText.signed(e.mean()), ci(e), p(d.pHolm()), bothCell,
                    verdict(d, a, b));
        }
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        Estimate auc = r.auc();
        String span = r.rows().size() == 1 ? "at rows " + r.rows().get(0)
                : "over rows " + r.rows().get(0) + " to " + r.rows().get(r.rows().size() - 1);
        String s = "Area under the held-out accuracy curves " + span + " (trapezoids over the K's, divided by the"
                + " span: a mean accuracy), " + a + " minus " + b + ", paired: " + CompareText.signed(auc.mean());
        s += auc.hasInterval() ? " (95% CI " + ci(auc) + ")." : ".";
        out.append('\n');
        CompareText.wrap(out, s, "  ", prose);
        for (CurveReport.Difference d : r.differences()) {
            if (!d.identical()) continue;
            out.append('\n');
            CompareText.wrap(out, "At rows " + d.rows() + ": identical held-out predictions in all "
                    + d.difference().n() + (r.family() ? " trainings" : " trials") + ".", "  ", prose);
        }
    }

    /** The verdict, naming the net that is better. */
    private static String verdict(CurveReport.Difference d, String first, String second) {
        if (d.verdict() == null) return "-";
        return switch (d.verdict()) {
            case BETTER -> first + " better";
            case WORSE -> second + " better";
            default -> d.verdict().word();
        };
    }

    private static String legend(CurveReport r) {
        String how = r.family()
                ? "± half the 95% interval; intervals: cluster bootstrap over " + r.instances() + " instances, "
                        + ClusterBootstrap.RESAMPLES + " resamples (percentile, fixed seed), since trainings on one"
                        + " instance are not independent"
                : "fit interval: Wilson; ± half the 95% interval of the mean (Student t)";
        String unit = r.family() ? "trainings" : "trials";
        String points = "fit: share of " + unit + " that fit their training rows; held-out acc and CE - floor (bits):"
                + " on the rows a trial did not train on; " + how;
        if (r.differences().isEmpty()) return points + ".";
        return points + "; p (Holm): two-sided, adjusted over the "
                + r.rows().size() + " row counts; both fit: the mean difference over the " + unit + " (count) where"
                + " both nets fit; verdict at margin ±" + Fmt.compact(r.margin()) + ": a net better when the 95% interval"
                + " excludes 0, no difference when the 90% interval lies within the margin (TOST), else inconclusive.";
    }

    private static String interval(Estimate e) {
        if (e.n() == 0) return "-";
        return e.hasInterval() ? Fmt.f4(e.mean()) + "±" + Fmt.f4(e.ci95().half()) : Fmt.f4(e.mean());
    }

    private static String ci(Estimate e) {
        return e.hasInterval() ? CompareText.signed(e.ci95().lo()) + " to " + CompareText.signed(e.ci95().hi()) : "-";
    }

    private static String p(double p) { return Double.isNaN(p) ? "-" : Fmt.f4(p); }

    /** The braille panels, one per net. */
    static final class CurvePlot {
        /** Text rows per panel: 32 dots high. */
        static final int ROWS = 8;

        private CurvePlot() {}

        /** The dot row of an accuracy, 0 at the top: 1 at the centre of the top text row, 0 at that of the bottom one. */
        static int dotY(double v, double[] scale) {
            double c = Double.isFinite(v) ? v : scale[0];
            double d = 1.5 + (scale[1] - c) / (scale[1] - scale[0]) * (4 * ROWS - 4);
            return (int) Math.max(0, Math.min(4 * ROWS - 1, Math.round(d)));
        }

        static String render(CurveReport r, int width) {
            String[] labels = {"1", "0.5", "0"};
            double[] scale = {0, 1};
            int margin = 4, columns = Math.max(10, width - margin - 2);
            int n = r.rows().size();
            StringBuilder out = new StringBuilder("held-out accuracy by rows (line: the mean; bars, dotted edges: 95%"
                    + " interval)");
            for (String net : r.nets()) {
                boolean[][] dots = new boolean[4 * ROWS][2 * columns];
                int[] xs = new int[n], mean = new int[n], lo = new int[n], hi = new int[n];
                boolean band = true;
                for (int k = 0; k < n; k++) {
                    Estimate e = r.point(net, r.rows().get(k)).heldoutAccuracy();
                    xs[k] = n == 1 ? columns : (int) Math.round((double) k / (n - 1) * (2 * columns - 1));
                    mean[k] = dotY(e.mean(), scale);
                    band &= e.hasInterval();
                    lo[k] = band ? dotY(e.ci95().lo(), scale) : mean[k];
                    hi[k] = band ? dotY(e.ci95().hi(), scale) : mean[k];
                }
                for (int k = 0; k < n; k++) {
                    if (k == 0) dots[mean[0]][xs[0]] = true;
                    else PlotText.line(dots, xs[k - 1], mean[k - 1], xs[k], mean[k]);
                }
                if (band) {
                    boolean[][] edge = new boolean[dots.length][dots[0].length];
                    for (int k = 1; k < n; k++) {
                        PlotText.line(edge, xs[k - 1], lo[k - 1], xs[k], lo[k]);
                        PlotText.line(edge, xs[k - 1], hi[k - 1], xs[k], hi[k]);
                    }
                    // dotted edges: every fourth dot column; a full bar at each K
                    for (int y = 0; y < dots.length; y++) {
                        for (int x = 0; x < dots[0].length; x += 4) dots[y][x] |= edge[y][x];
                    }
                    for (int k = 0; k < n; k++) for (int y = hi[k]; y <= lo[k]; y++) dots[y][xs[k]] = true;
                }
                out.append('\n').append(net);
                for (int row = 0; row < ROWS; row++) {
                    String label = row == 0 ? labels[0] : row == ROWS / 2 ? labels[1]
                            : row == ROWS - 1 ? labels[2] : "";
                    StringBuilder line = new StringBuilder(" ".repeat(margin - label.length())).append(label)
                            .append(label.isEmpty() ? " │" : " ┤");
                    for (int col = 0; col < columns; col++) line.append(PlotText.braille(dots, row, col));
                    out.append('\n').append(line.toString().stripTrailing());
                }
            }
            axis(out, r.rows(), margin, columns);
            return out.toString();
        }

        /** Ticks at each K, its number below (skipped where it would run into the last one written). */
        private static void axis(StringBuilder out, List<Integer> ks, int margin, int columns) {
            char[] ticks = new char[columns], numbers = new char[columns];
            java.util.Arrays.fill(ticks, '─');
            java.util.Arrays.fill(numbers, ' ');
            int n = ks.size(), free = 0;
            for (int k = 0; k < n; k++) {
                int dot = n == 1 ? columns : (int) Math.round((double) k / (n - 1) * (2 * columns - 1));
                int col = Math.min(columns - 1, dot / 2);
                String s = Integer.toString(ks.get(k));
                int from = Math.max(0, Math.min(columns - s.length(), col - s.length() / 2));
                ticks[col] = '┬';
                if (from >= free) {
                    s.getChars(0, s.length(), numbers, from);
                    free = from + s.length() + 1;
                }
            }
            out.append('\n').append(" ".repeat(margin + 1)).append('└').append(ticks);
            out.append('\n').append("rows").append(" ".repeat(margin - 2)).append(new String(numbers).stripTrailing());
        }
    }
}
