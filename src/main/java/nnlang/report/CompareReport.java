package nnlang.report;

import java.util.List;
import nnlang.stats.Estimate;
import nnlang.stats.Interval;
import nnlang.stats.Verdict;

/**
 * The outcome of a compare statement, built by {@link nnlang.experiment.Experiment#compare}: per net a
 * summary over the completed trials, the paired difference of the first two nets, and every trial.
 * Statistics are over the trials 0 to m - 1, m = {@code trials().size()} (a stopped comparison
 * keeps the longest complete prefix, so its numbers do not depend on the thread count either).
 *
 * @param table       the table's name
 * @param tableRows   |X|: the table's row count
 * @param rows        K: training rows per trial; the other tableRows - K are held out
 * @param trialsAsked the trials asked for
 * @param seed        the base seed
 * @param epochs      the epochs asked of every training
 * @param nets        one summary per net, in the order given
 * @param paired      held-out accuracy of the first net minus the second, or null (one net, or no
 *                    held-out rows)
 * @param trials      the completed trials, in order
 * @param nanos       the wall time, or -1 when the host left time out of the report
 * @param family      on a family, its grid (instances x trials, one line per instance), and then
 *                    every interval is a cluster bootstrap over the instances; null on a table
 */
public record CompareReport(String table, int tableRows, int rows, int trialsAsked, long seed, int epochs,
                            List<NetSummary> nets, Paired paired, List<TrialResult> trials, long nanos,
                            FamilyGrid family)
        implements Report {
    public CompareReport {
        nets = List.copyOf(nets);
        trials = List.copyOf(trials);
    }

    /** A compare on one table. */
    public CompareReport(String table, int tableRows, int rows, int trialsAsked, long seed, int epochs,
                         List<NetSummary> nets, Paired paired, List<TrialResult> trials, long nanos) {
        this(table, tableRows, rows, trialsAsked, seed, epochs, nets, paired, trials, nanos, null);
    }

    @Override public String kind() { return "compare"; }

    @Override public <R> R accept(Visitor<R> v) { return v.compare(this); }

    /** The trials that completed: the statistics are over these. */
    public int completed() { return trials.size(); }

    /** True when the comparison stopped before all trials were done. */
    public boolean stopped() { return trials.size() < trialsAsked; }

    /** True when each trial holds rows out (K below |X|). */
    public boolean hasHeldout() { return rows < tableRows; }

    /** The same report without the wall time, so that a script's output is the same bytes every run. */
    public CompareReport withoutTime() {
        return new CompareReport(table, tableRows, rows, trialsAsked, seed, epochs, nets, paired, trials, -1, family);
    }

    /** True on a family (of any size): the grid is instances x trials and the intervals bootstrap the instances. */
    public boolean onFamily() { return family != null; }

    /**
     * The grid of a compare on a family: N instances (those that completed) x T trials, trial t
     * the same rows and seed on every instance; the report's trials are entry i * T + t.
     *
     * @param instancesAsked the family's instances
     * @param trials         T, trials per instance
     * @param resamples      the bootstrap's resamples (its seed is fixed: {@link nnlang.stats.ClusterBootstrap#SEED})
     * @param instances      one line per completed instance, in the family's order
     */
    public record FamilyGrid(int instancesAsked, int trials, int resamples, List<Instance> instances) {
        public FamilyGrid {
            instances = List.copyOf(instances);
        }

        /** The instances that completed all their trials. */
        public int completed() { return instances.size(); }

        /** True when a stop left instances out. */
        public boolean stopped() { return instances.size() < instancesAsked; }
    }

    /**
     * One instance of a family over its T trials: what the one-line summary shows.
     *
     * @param table           the instance's name ({@code F[i]})
     * @param fits            per net, the trials that fit their training rows
     * @param heldoutAccuracy per net, the mean held-out accuracy (NaN without held-out rows)
     * @param accuracy        per net, the mean accuracy on all rows
     * @param difference      the first net's mean held-out accuracy minus the second's (NaN without)
     * @param identical       the first two nets made the same predictions on every held-out row of every trial
     */
    public record Instance(String table, List<Integer> fits, List<Double> heldoutAccuracy, List<Double> accuracy,
                           double difference, boolean identical) {
        public Instance {
            fits = List.copyOf(fits);
            heldoutAccuracy = List.copyOf(heldoutAccuracy);
            accuracy = List.copyOf(accuracy);
        }
    }

    @Override public String toString() { return TextRenderer.render(this); }

    /**
     * One net over the completed trials. Held-out statistics have n = 0 (NaN) without held-out rows.
     *
     * @param net             the net's name
     * @param spec            its one-line form, e.g. {@code bits 3 -> 2 sigmoid -> 3 sigmoid -> sigmoid 1}
     * @param params          its parameter count
     * @param fits            trials whose training rows it fits (accuracy 1 on them)
     * @param heldoutAccuracy accuracy on the held-out rows
     * @param heldoutEntropy  H(Y|X) on the held-out rows, bits
     * @param accuracy        accuracy on all rows
     * @param entropy         H(Y|X) on all rows, bits
     * @param epochs          the epochs that ran
     * @param idle            idle hidden nodes after training (the hidden report's rule)
     * @param hiddenLayers    how many hidden layers the net has (no idle column without them)
     * @param diverged        trials whose training diverged
     * @param fitInterval     the Wilson 95% score interval of the fit rate (on a family: cluster bootstrap)
     * @param heldoutCe       CE - floor on the held-out rows, bits
     */
    public record NetSummary(String net, String spec, int params, int fits, Stats heldoutAccuracy,
                             Stats heldoutEntropy, Stats accuracy, Stats entropy, Stats epochs, Stats idle,
                             int hiddenLayers, int diverged, Interval fitInterval, Stats heldoutCe) {
        /** The share of trials that fit their training rows; NaN without trials. */
        public double fitRate() { return epochs.n() == 0 ? Double.NaN : (double) fits / epochs.n(); }
    }

    /**
     * The per-trial difference of held-out accuracy, net minus {@code minus}: the trials share
     * their rows, so this is the honest way to say which net generalises better.
     *
     * @param net        the first net
     * @param minus      the second net
     * @param difference accuracy of net - accuracy of minus over the trials (Student t)
     * @param bothFit    the same over the trials where both nets fit their training rows
     * @param margin     the equivalence margin M
     * @param identical  both nets made the same prediction on every held-out row of every trial
     */
    public record Paired(String net, String minus, Estimate difference, Estimate bothFit, double margin,
                         boolean identical) {
        /** True when there is an interval and it lies wholly above or below 0. */
        public boolean excludesZero() { return difference.ci95().excludesZero(); }

        /** What the difference says (null with one trial whose predictions differ). */
        public Verdict verdict() { return Verdict.of(difference, margin, identical); }
    }
}
