package nnlang.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.info.HiddenLayers;
import nnlang.info.Relations;
import nnlang.model.Layer;
import nnlang.model.Net;
import nnlang.model.SplitMix64;
import nnlang.report.CompareReport;
import nnlang.report.HiddenReport;
import nnlang.report.RelationsReport;
import nnlang.report.Stats;
import nnlang.report.TrialResult;
import nnlang.stats.ClusterBootstrap;
import nnlang.stats.Estimate;
import nnlang.stats.Wilson;
import nnlang.train.Lanes;
import nnlang.train.StopReason;
import nnlang.train.TrainConfig;
import nnlang.train.TrainListener;
import nnlang.train.TrainResult;
import nnlang.train.Trainer;

/**
 * Experiments over many trials: does one net generalise from K rows better than another?
 *
 * <p>Trial t (from 0) draws everything from its own splitmix64 stream, seeded with
 * {@code baseSeed ^ (TRIAL_STREAM * (t + 1))}: first the trial seed, {@code nextLong() >>> 12}
 * (52 bits, so that {@code seed N} in a script can redo the trial), then K of the table's rows by
 * a partial Fisher-Yates shuffle of the row indices (for i = 0..K-1: swap i with
 * i + nextInt(|X| - i)), kept in table order. Every net trains a fresh copy of its template on
 * those rows with that seed, and is then measured on the held-out rows, the training rows and
 * all rows (eps {@link Relations#EPS}).
 *
 * <p>Trials run as one {@link Job} of a {@link TrialRunner}: by default a fixed pool of daemon
 * threads that take trial indices in turn; also a shard of a job array, shards merged, or Spark.
 * Results are stored by index and statistics summed in index order afterwards, so the report is
 * bit-identical whatever the thread count or the runner. No static mutable state.
 */
public final class Experiment {
    /** Multiplied by t + 1 and mixed into the base seed: the seed of trial t's own stream. */
    static final long TRIAL_STREAM = 0xD1B54A32D192ED03L;

    /**
     * One trial as an independent, deterministic task: its index, the seed of every training in
     * it, the indices of its training rows (ascending) and the training's options. Any engine that
     * runs {@link #run} on each task, anywhere and in any order, and hands the results to
     * {@link #reduce} in index order, gets the same report bit for bit.
     */
    public record Trial(int index, long seed, int[] rows, TrainConfig config) implements java.io.Serializable {}

    /** The trials of a compare, each one independent of the others. */
    public static List<Trial> trials(Table table, CompareConfig cfg) {
        // no progress lines and always a fresh start; seed and rows are set per trial
        TrainConfig train = cfg.train().rows(null).every(0).resume(false);
        List<Trial> trials = new ArrayList<>(cfg.trials());
        for (int t = 0; t < cfg.trials(); t++) {
            long seed = trialSeed(train.seed(), t);
            trials.add(new Trial(t, seed, draw(train.seed(), t, table.rows().size(), cfg.rows()), train.seed(seed)));
        }
        return trials;
    }

    /**
     * Runs one trial: every net (a template, copied) trains on the trial's rows with its seed and
     * is measured on all rows; null if a stop was asked for before it finished.
     */
    public static TrialResult run(Trial trial, List<Net> nets, Table table, TrainListener stop) {
        Training t = new Training(trial, table);
        List<TrialResult.Outcome> outcomes = new ArrayList<>(nets.size());
        for (Net template : nets) {
            Net net = template.copy();
            // no history: the report reads only the final weights
            TrainResult r = Trainer.train(net, t.table, trial.config(), stop, false);
            if (r.reason() == StopReason.INTERRUPTED) return null;
            outcomes.add(outcome(r, net, table, t.inTraining));
        }
        return new TrialResult(trial.index(), trial.seed(), t.xs, outcomes);
    }

    /**
     * Runs these trials, each net's trainings side by side in lanes where they can be
     * ({@link Lanes}: consecutive trials of one row count share a batch): the results in the
     * order given, each equal to {@link #run(Trial, List, Table, TrainListener)} of its trial, bit
     * for bit; null for a trial a stop cut.
     */
    public static List<TrialResult> run(List<Trial> trials, List<Net> nets, Table table, TrainListener stop) {
        int n = trials.size();
        List<Training> trainings = new ArrayList<>(n);
        List<List<TrialResult.Outcome>> outcomes = new ArrayList<>(n);
        for (Trial trial : trials) {
            trainings.add(new Training(trial, table));
            outcomes.add(new ArrayList<>(nets.size()));
        }
        boolean[] cut = new boolean[n];
        for (Net template : nets) {
            // the trials still whole train this net, as many at once as the lanes take
            List<Integer> live = new ArrayList<>(n);
            List<Net> copies = new ArrayList<>(n);
            List<Table> tables = new ArrayList<>(n);
            List<TrainConfig> configs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (cut[i]) continue;
                live.add(i);
                copies.add(template.copy());
                tables.add(trainings.get(i).table);
                configs.add(trials.get(i).config());
            }
            List<TrainResult> results = Lanes.train(copies, tables, configs, stop);
            for (int k = 0; k < live.size(); k++) {
                int i = live.get(k);
                TrainResult r = results.get(k);
                if (r.reason() == StopReason.INTERRUPTED) {
                    cut[i] = true;
                    continue;
                }
                outcomes.get(i).add(outcome(r, copies.get(k), table, trainings.get(i).inTraining));
            }
        }
        List<TrialResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Trial trial = trials.get(i);
            results.add(cut[i] ? null : new TrialResult(trial.index(), trial.seed(), trainings.get(i).xs, outcomes.get(i)));
        }
        return results;
    }

    /** A trial's training table (its rows in table order), their input states, and which rows they are. */
    private static final class Training {
        final Table table;
        final List<String> xs;
        final boolean[] inTraining;

        Training(Trial trial, Table all) {
            inTraining = new boolean[all.rows().size()];
            xs = new ArrayList<>(trial.rows().length);
            List<Row> rows = new ArrayList<>(trial.rows().length);
            for (int i : trial.rows()) {
                Row r = all.rows().get(i);
                inTraining[i] = true;
                xs.add(r.x());
                rows.add(r);
            }
            table = new Table(all.name(), all.inputs(), all.outputs(), rows);
        }
    }

    /** A trained net's outcome: measured on all rows of the table. */
    private static TrialResult.Outcome outcome(TrainResult r, Net net, Table table, boolean[] inTraining) {
        return outcome(r, Relations.of(net, table, Relations.EPS), inTraining, idleNodes(net, table));
    }

    private final List<Net> nets;
    private final Table table;
    private final CompareConfig cfg;
    private final ExperimentListener listener;
    private final List<Trial> tasks;
    private final AtomicReferenceArray<TrialResult> results;
    private final AtomicBoolean stop = new AtomicBoolean();
    private int done;

    private Experiment(List<Net> nets, Table table, CompareConfig cfg, ExperimentListener listener) {
        this.nets = List.copyOf(nets);
        this.table = table;
        this.cfg = cfg;
        this.listener = listener;
        this.tasks = trials(table, cfg);
        this.results = new AtomicReferenceArray<>(cfg.trials());
    }

    /**
     * Trains every net on the same K-row subsets, trial after trial, and summarises how each does
     * on the rows it did not see. A stop request skips the trials not yet finished; the report
     * then keeps the trials 0 to m - 1 that all completed.
     *
     * @param nets     bound nets (NetBuilder.build on the table's spaces), used as templates:
     *                 every trial trains a copy; their weights are not touched
     * @param table    the table whose rows are drawn
     * @param cfg      rows per trial, trials, and the train options (base seed; rows must be null)
     * @param threads  worker threads (at least 1; more than the trials are not started)
     * @param listener progress and stop requests, or null
     * @throws IllegalArgumentException on no nets, K outside 1..|X|, trials or threads below 1,
     *         train rows given, or anything {@link Trainer#train} refuses
     */
    public static CompareReport compare(List<Net> nets, Table table, CompareConfig cfg, int threads,
                                        ExperimentListener listener) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        return compare(nets, table, cfg, TrialRunner.threads(threads), listener);
    }

    /** {@link #compare(List, Table, CompareConfig, int, ExperimentListener)} with its trials run by the given runner. */
    public static CompareReport compare(List<Net> nets, Table table, CompareConfig cfg, TrialRunner runner,
                                        ExperimentListener listener) {
        long start = System.nanoTime();
        check(nets, table, cfg);
        Experiment e = new Experiment(nets, table, cfg, listener == null ? ExperimentListener.NONE : listener);
        e.runAll(runner);
        return e.report(System.nanoTime() - start);
    }

    private static void check(List<Net> nets, Table table, CompareConfig cfg) {
        int n = table.rows().size();
        if (nets.isEmpty()) throw new IllegalArgumentException("no nets to compare");
        if (cfg.rows() < 1 || cfg.rows() > n) {
            throw new IllegalArgumentException("rows must be from 1 to " + n + " (the table's rows), not " + cfg.rows());
        }
        if (cfg.trials() < 1) throw new IllegalArgumentException("trials must be at least 1, not " + cfg.trials());
        if (cfg.train().rows() != null) throw new IllegalArgumentException("each trial draws its own rows");
    }

    /** Runs the trials as one job of the runner; rethrows a failed trial's exception. */
    private void runAll(TrialRunner runner) {
        runner.run(new Job(nets, List.of(table), tasks), new TrialRunner.Sink() {
            @Override public void done(int task, TrialResult[] cell) { trial(task, cell[0]); }

            @Override public boolean stopping() { return Experiment.this.stopping(); }

            @Override public void stop() { stop.set(true); }
        });
    }

    /** True once a stop was asked for (by the listener, a failure or an interrupt); then it stays true. */
    private boolean stopping() {
        if (stop.get()) return true;
        if (!listener.stopRequested()) return false;
        stop.set(true);
        return true;
    }

    /** A finished trial of the list, stored by its index. */
    private void trial(int t, TrialResult r) {
        results.set(t, r);
        synchronized (this) {
            listener.trialsDone(++done, cfg.trials());
        }
    }

    /**
     * Accuracy and H(Y|X) on the training rows, the held-out rows and all rows, summed in table
     * order; on the held-out rows also CE - floor and the predictions.
     */
    private static TrialResult.Outcome outcome(TrainResult r, RelationsReport all, boolean[] inTraining, int idle) {
        int trainCorrect = 0, heldCorrect = 0, trainRows = 0, heldRows = 0;
        double trainH = 0, heldH = 0, heldCe = 0;
        int[] predictions = new int[inTraining.length - countTrue(inTraining)];
        for (int i = 0; i < inTraining.length; i++) {
            RelationsReport.Row row = all.rows().get(i);
            if (inTraining[i]) {
                trainRows++;
                trainH += row.entropy();
                if (row.correct()) trainCorrect++;
            } else {
                predictions[heldRows] = row.top();
                heldRows++;
                heldH += row.entropy();
                // CE(x) - floor(x): what training could still remove on this row
                heldCe += row.crossEntropy() - row.floor();
                if (row.correct()) heldCorrect++;
            }
        }
        double heldAccuracy = heldRows == 0 ? Double.NaN : (double) heldCorrect / heldRows;
        double heldEntropy = heldRows == 0 ? Double.NaN : heldH / heldRows;
        double heldoutCe = heldRows == 0 ? Double.NaN : heldCe / heldRows;
        return new TrialResult.Outcome(r.epochsRun(), r.reason(), (double) trainCorrect / trainRows,
                trainH / trainRows, heldAccuracy, heldEntropy, all.accuracy(), all.entropy(), idle, heldoutCe,
                predictions);
    }

    private static int countTrue(boolean[] b) {
        int n = 0;
        for (boolean v : b) if (v) n++;
        return n;
    }

    /** Idle hidden nodes of a trained net by the hidden report's rule (E4: which nodes do no work). */
    private static int idleNodes(Net net, Table table) {
        if (net.layers().size() < 2) return 0;
        int idle = 0;
        for (HiddenReport.Layer layer : HiddenLayers.of(net, table, HiddenLayers.BINS).layers()) {
            for (HiddenReport.Node node : layer.nodes()) if (node.idle()) idle++;
        }
        return idle;
    }

    /** The seed of every training in trial t: the first number of the trial's stream, 52 bits. */
    public static long trialSeed(long baseSeed, int t) {
        return new SplitMix64(baseSeed ^ (TRIAL_STREAM * (t + 1L))).nextLong() >>> 12;
    }

    /**
     * The indices of the k training rows of trial t among n rows, ascending: the trial's stream
     * after its seed, driving a partial Fisher-Yates shuffle of 0..n-1.
     */
    public static int[] draw(long baseSeed, int t, int n, int k) {
        SplitMix64 g = new SplitMix64(baseSeed ^ (TRIAL_STREAM * (t + 1L)));
        g.nextLong(); // the trial seed
        int[] index = new int[n];
        for (int i = 0; i < n; i++) index[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + g.nextInt(n - i), swap = index[i];
            index[i] = index[j];
            index[j] = swap;
        }
        int[] chosen = Arrays.copyOf(index, k);
        Arrays.sort(chosen);
        return chosen;
    }

    /** The summary over the longest prefix of completed trials. */
    private CompareReport report(long nanos) {
        int m = 0;
        while (m < cfg.trials() && results.get(m) != null) m++;
        List<TrialResult> trials = new ArrayList<>(m);
        for (int t = 0; t < m; t++) trials.add(results.get(t));
        return reduce(nets, table, cfg, trials, nanos);
    }

    /**
     * The report of trials 0 to m - 1 (their results in index order), summed in that order:
     * rates, means and intervals per net, and the paired difference of the first two.
     */
    public static CompareReport reduce(List<Net> nets, Table table, CompareConfig cfg, List<TrialResult> trials,
                                       long nanos) {
        int m = trials.size();
        for (int t = 0; t < m; t++) {
            if (trials.get(t).index() != t) throw new IllegalArgumentException("trial results out of order at " + t);
        }
        boolean heldout = cfg.rows() < table.rows().size();
        List<CompareReport.NetSummary> summaries = new ArrayList<>(nets.size());
        for (int j = 0; j < nets.size(); j++) summaries.add(summary(nets.get(j), j, trials, heldout));
        CompareReport.Paired paired = null;
        if (nets.size() >= 2 && heldout) paired = paired(nets.get(0).name(), nets.get(1).name(), trials, cfg.margin());
        return new CompareReport(table.name(), table.rows().size(), cfg.rows(), cfg.trials(), cfg.train().seed(),
                cfg.train().epochs(), summaries, paired, trials, nanos);
    }

    /**
     * The pooled report of a compare on a family: the grid of the completed instances x their T
     * trials (trial t the same rows and seed on every instance; grid entry i * T + t). Means are
     * over all N x T trainings; every interval, the fit rate's included, and so the verdict come
     * from a cluster bootstrap over the instances ({@link ClusterBootstrap}: its resamples and
     * fixed seed), since the trials on one instance share its relation and are not independent.
     * With one instance the trials are the independent units: Student t and Wilson, as on a table.
     *
     * @param nets           the nets (their names, shapes and sizes)
     * @param pooled         the first instance under the family's name (rows and spaces)
     * @param cfg            the config every instance ran: rows, T trials, train options, margin
     * @param instancesAsked the family's instances
     * @param instances      the compare of each instance that completed, in the family's order
     */
    public static CompareReport reduceFamily(List<Net> nets, Table pooled, CompareConfig cfg, int instancesAsked,
                                             List<CompareReport> instances, long nanos) {
        int ni = instances.size(), m = cfg.trials();
        List<List<TrialResult>> byInstance = new ArrayList<>(ni);
        List<TrialResult> grid = new ArrayList<>(ni * m);
        List<CompareReport.Instance> lines = new ArrayList<>(ni);
        for (CompareReport r : instances) {
            if (r.completed() != m) throw new IllegalArgumentException("instance " + r.table() + " did not complete");
            byInstance.add(r.trials());
            for (TrialResult t : r.trials()) grid.add(new TrialResult(grid.size(), t.seed(), t.rows(), t.outcomes()));
            List<Integer> fits = new ArrayList<>();
            List<Double> held = new ArrayList<>(), all = new ArrayList<>();
            for (CompareReport.NetSummary n : r.nets()) {
                fits.add(n.fits());
                held.add(n.heldoutAccuracy().mean());
                all.add(n.accuracy().mean());
            }
            CompareReport.Paired p = r.paired();
            lines.add(new CompareReport.Instance(r.table(), fits, held, all,
                    p == null ? Double.NaN : p.difference().mean(), p != null && p.identical()));
        }
        boolean heldout = cfg.rows() < pooled.rows().size();
        // one instance is no cluster sample: its trials are independent, as on a table (Student t, Wilson), as in Curve
        boolean boot = ni > 1;
        List<CompareReport.NetSummary> summaries = new ArrayList<>(nets.size());
        for (int j = 0; j < nets.size(); j++) {
            summaries.add(boot ? clusterSummary(nets.get(j), j, byInstance, heldout)
                    : summary(nets.get(j), j, grid, heldout));
        }
        CompareReport.Paired paired = null;
        if (nets.size() >= 2 && heldout) {
            paired = boot ? clusterPaired(nets.get(0).name(), nets.get(1).name(), byInstance, cfg.margin())
                    : paired(nets.get(0).name(), nets.get(1).name(), grid, cfg.margin());
        }
        // trials asked: the whole grid, so that a stopped compare says it rests on part of it
        return new CompareReport(pooled.name(), pooled.rows().size(), cfg.rows(), instancesAsked * m, cfg.train().seed(),
                cfg.train().epochs(), summaries, paired, grid, nanos,
                new CompareReport.FamilyGrid(instancesAsked, m, ClusterBootstrap.RESAMPLES, lines));
    }

    /** A net over the grid: means over all cells, intervals by the cluster bootstrap. */
    private static CompareReport.NetSummary clusterSummary(Net net, int j, List<List<TrialResult>> byInstance,
                                                           boolean heldout) {
        int ni = byInstance.size(), m = ni == 0 ? 0 : byInstance.get(0).size(), fits = 0, diverged = 0;
        double[][] held = new double[ni][m], heldH = new double[ni][m], heldCe = new double[ni][m],
                acc = new double[ni][m], h = new double[ni][m], fit = new double[ni][m];
        double[] epochs = new double[ni * m], idle = new double[ni * m];
        for (int i = 0; i < ni; i++) {
            for (int t = 0; t < m; t++) {
                TrialResult.Outcome o = byInstance.get(i).get(t).outcomes().get(j);
                held[i][t] = o.heldoutAccuracy();
                heldH[i][t] = o.heldoutEntropy();
                heldCe[i][t] = o.heldoutCe();
                acc[i][t] = o.accuracy();
                h[i][t] = o.entropy();
                fit[i][t] = o.fit() ? 1 : 0;
                epochs[i * m + t] = o.epochs();
                idle[i * m + t] = o.idle();
                if (o.fit()) fits++;
                if (o.reason() == StopReason.DIVERGED) diverged++;
            }
        }
        Stats none = Stats.of(new double[0], 0);
        return new CompareReport.NetSummary(net.name(), shape(net), net.parameterCount(), fits,
                heldout ? boot(held) : none, heldout ? boot(heldH) : none, boot(acc), boot(h),
                Stats.of(epochs, ni * m), Stats.of(idle, ni * m), net.layers().size() - 1, diverged,
                Curve.familyFitInterval(fit, fits, ni * m), heldout ? boot(heldCe) : none);
    }

    /** The bootstrap estimate of a grid as the compare's statistics: mean, std, 95% interval. */
    private static Stats boot(double[][] grid) {
        Estimate e = ClusterBootstrap.of(grid);
        return new Stats(e.n(), e.mean(), e.std(), e.ci95().lo(), e.ci95().hi());
    }

    /** The first net's held-out accuracy minus the second's, per cell, bootstrapped over the instances. */
    static CompareReport.Paired clusterPaired(String first, String second, List<List<TrialResult>> byInstance,
                                              double margin) {
        int ni = byInstance.size();
        double[][] d = new double[ni][], both = new double[ni][];
        boolean identical = ni > 0;
        for (int i = 0; i < ni; i++) {
            List<TrialResult> trials = byInstance.get(i);
            int m = trials.size(), nb = 0;
            d[i] = new double[m];
            double[] b = new double[m];
            for (int t = 0; t < m; t++) {
                TrialResult.Outcome x = trials.get(t).outcomes().get(0), y = trials.get(t).outcomes().get(1);
                d[i][t] = x.heldoutAccuracy() - y.heldoutAccuracy();
                if (x.fit() && y.fit()) b[nb++] = d[i][t];
                identical &= x.samePredictions(y);
            }
            both[i] = Arrays.copyOf(b, nb);
        }
        return new CompareReport.Paired(first, second, ClusterBootstrap.of(d), ClusterBootstrap.of(both), margin,
                identical);
    }

    /**
     * Held-out accuracy of the first net minus the second, trial by trial, over all trials and over
     * those where both fit their training rows; identical when every held-out prediction agrees.
     */
    static CompareReport.Paired paired(String first, String second, List<TrialResult> trials, double margin) {
        int m = trials.size(), both = 0;
        double[] d = new double[m], dBoth = new double[m];
        boolean identical = m > 0;
        for (int t = 0; t < m; t++) {
            TrialResult.Outcome a = trials.get(t).outcomes().get(0), b = trials.get(t).outcomes().get(1);
            d[t] = a.heldoutAccuracy() - b.heldoutAccuracy();
            if (a.fit() && b.fit()) dBoth[both++] = d[t];
            identical &= a.samePredictions(b);
        }
        return new CompareReport.Paired(first, second, Estimate.student(d, m), Estimate.student(dBoth, both), margin,
                identical);
    }

    private static CompareReport.NetSummary summary(Net net, int j, List<TrialResult> trials, boolean heldout) {
        int m = trials.size(), fits = 0, diverged = 0;
        double[] heldAccuracy = new double[m], heldEntropy = new double[m], heldCe = new double[m], accuracy = new double[m],
                entropy = new double[m], epochs = new double[m], idle = new double[m];
        for (int t = 0; t < m; t++) {
            TrialResult.Outcome o = trials.get(t).outcomes().get(j);
            heldAccuracy[t] = o.heldoutAccuracy();
            heldEntropy[t] = o.heldoutEntropy();
            heldCe[t] = o.heldoutCe();
            accuracy[t] = o.accuracy();
            entropy[t] = o.entropy();
            epochs[t] = o.epochs();
            idle[t] = o.idle();
            if (o.fit()) fits++;
            if (o.reason() == StopReason.DIVERGED) diverged++;
        }
        int mh = heldout ? m : 0;
        return new CompareReport.NetSummary(net.name(), shape(net), net.parameterCount(), fits,
                Stats.of(heldAccuracy, mh), Stats.of(heldEntropy, mh), Stats.of(accuracy, m), Stats.of(entropy, m),
                Stats.of(epochs, m), Stats.of(idle, m), net.layers().size() - 1, diverged, Wilson.interval95(fits, m),
                Stats.of(heldCe, mh));
    }

    /** The net's one-line form with every size, e.g. {@code bits 3 -> 2 sigmoid -> 3 sigmoid -> sigmoid 1}. */
    static String shape(Net net) {
        StringBuilder s = new StringBuilder(net.encoding().word()).append(' ').append(net.inputWidth());
        List<Layer> layers = net.layers();
        for (int i = 0; i < layers.size() - 1; i++) {
            s.append(" -> ").append(layers.get(i).nodes()).append(' ').append(layers.get(i).activation.word());
            if (layers.get(i).groups() > 1) s.append(" groups ").append(layers.get(i).groups());
        }
        return s.append(" -> ").append(net.output().kind().word()).append(' ').append(layers.get(layers.size() - 1).nodes())
                .toString();
    }
}
