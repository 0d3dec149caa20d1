package nnlang.report;

import java.util.List;
import nnlang.stats.Estimate;
import nnlang.stats.Interval;
import nnlang.stats.Verdict;

/**
 * A learning curve, built by {@link nnlang.experiment.Curve#run}: at each K of {@code rows}, the
 * trials of a compare at K (the same seeds and rows for every net, and at every K trial t's rows
 * are the first K of one shuffle). Per net and K a {@link Point}; per K the paired difference of
 * the first two nets; the difference of the areas under their curves. On a family every trial
 * runs on every instance and the intervals come from a cluster bootstrap over the instances; on
 * a table from Student t (rates: Wilson).
 *
 * @param table       the table's or the family's name
 * @param instances   the family's instances (1 for a table)
 * @param tableRows   |X|
 * @param rows        the K's, ascending
 * @param trialsAsked trials per K asked for
 * @param completed   trials per K completed (a stopped curve keeps the trials 0..completed-1 at every K)
 * @param seed        the base seed
 * @param epochs      the epochs asked of every training
 * @param margin      the equivalence margin M
 * @param nets        the nets' names, in the order given
 * @param points      per K (ascending), per net (in order)
 * @param differences per K, the first net minus the second (empty with one net)
 * @param auc         the area under the first net's held-out accuracy curve minus the second's,
 *                    per trial (see {@link #auc()}); null with one net
 * @param trials      every training cell: per K, per trial, per instance
 * @param nanos       the wall time, or -1 when left out
 */
public record CurveReport(String table, int instances, int tableRows, List<Integer> rows, int trialsAsked,
                          int completed, long seed, int epochs, double margin, List<String> nets, List<Point> points,
                          List<Difference> differences, Estimate auc, List<Cell> trials, long nanos)
        implements Report {
    public CurveReport {
        rows = List.copyOf(rows);
        nets = List.copyOf(nets);
        points = List.copyOf(points);
        differences = List.copyOf(differences);
        trials = List.copyOf(trials);
    }

    @Override public String kind() { return "curve"; }

    @Override public <R> R accept(Visitor<R> v) { return v.curve(this); }

    /** True when the curve stopped before all trials were done. */
    public boolean stopped() { return completed < trialsAsked; }

    /** True when the runs are on a family of several instances (bootstrap intervals). */
    public boolean family() { return instances > 1; }

    /** The point of the net at K, or null. */
    public Point point(String net, int k) {
        for (Point p : points) if (p.net().equals(net) && p.rows() == k) return p;
        return null;
    }

    /** The difference at K, or null. */
    public Difference difference(int k) {
        for (Difference d : differences) if (d.rows() == k) return d;
        return null;
    }

    /** The same report without the wall time. */
    public CurveReport withoutTime() {
        return new CurveReport(table, instances, tableRows, rows, trialsAsked, completed, seed, epochs, margin, nets,
                points, differences, auc, trials, -1);
    }

    @Override public String toString() { return TextRenderer.render(this); }

    /**
     * One net at one K, over its completed cells (trials x instances).
     *
     * @param net             the net's name
     * @param rows            K
     * @param cells           trainings measured
     * @param fits            those that fit their training rows
     * @param fitCi           the 95% interval of the fit rate (Wilson; cluster bootstrap on a family)
     * @param heldoutAccuracy accuracy on the held-out rows
     * @param heldoutCe       CE - floor on the held-out rows, bits
     * @param epochs          the mean epochs run
     */
    public record Point(String net, int rows, int cells, int fits, Interval fitCi, Estimate heldoutAccuracy,
                        Estimate heldoutCe, double epochs) {
        /** fits / cells; NaN without cells. */
        public double fitRate() { return cells == 0 ? Double.NaN : (double) fits / cells; }
    }

    /**
     * The paired held-out accuracy difference of the first net minus the second at one K.
     *
     * @param rows       K
     * @param difference over all cells
     * @param pHolm      its two-sided p, Holm-adjusted over the K's
     * @param bothFit    over the cells where both nets fit their training rows
     * @param identical  both nets made the same prediction on every held-out row of every cell
     * @param verdict    what it says at the curve's margin (null with one trial whose predictions differ)
     */
    public record Difference(int rows, Estimate difference, double pHolm, Estimate bothFit, boolean identical,
                             Verdict verdict) {}

    /**
     * One trial at one K on one instance.
     *
     * @param rows     K
     * @param instance the instance's name (the table's for a table)
     * @param result   the trial: its index, seed, training rows and one outcome per net
     */
    public record Cell(int rows, String instance, TrialResult result) {}
}
