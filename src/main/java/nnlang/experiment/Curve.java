package nnlang.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import nnlang.data.Family;
import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.report.CurveReport;
import nnlang.report.TrialResult;
import nnlang.stats.ClusterBootstrap;
import nnlang.stats.Estimate;
import nnlang.stats.Holm;
import nnlang.stats.Interval;
import nnlang.stats.Verdict;
import nnlang.stats.Wilson;
import nnlang.train.Lanes;
import nnlang.train.TrainListener;

/**
 * Learning curves: at each K, the trials of {@link Experiment#compare} at K, the very same tasks
 * ({@link Experiment#trials}: seeds and rows), so a curve's point at K is the compare at K bit
 * for bit. On a family, every trial runs on every instance with the same rows and seed.
 *
 * <p>The tasks are (trial t, K) pairs in the order t = 0, all K's; t = 1, all K's; ... (run
 * a batch of consecutive t's at a time, side by side in lanes: {@link Experiment#run(List, List,
 * Table, TrainListener)}). A stop
 * keeps the longest complete prefix of that order cut to whole trials, so every K has the same
 * trials 0..m-1 (the areas need every K of a trial).
 *
 * <p>Statistics per net and K over the cells (instances x trials): on a table (one instance),
 * Student t intervals and Wilson for the fit rate; on a family of several instances, a cluster
 * bootstrap over the instances ({@link ClusterBootstrap}, 2000 resamples, fixed seed) for all of
 * them, the fit rate included, since trials on one instance are not independent.
 *
 * <p>The area under a net's curve, per cell: the trapezoid rule over the K's given on held-out
 * accuracy, divided by the span K_last - K_first, so it is the curve's mean height over that
 * span (an accuracy, 0 to 1); with one K it is the accuracy at that K. The areas of the first
 * two nets are differenced per cell (the same trial at every K), and that difference gets a mean
 * and an interval like any other.
 *
 * <p>A compare on a family is a curve of one K: {@code run(nets, family, new CurveConfig(List.of(k),
 * ...))} gives its points, its paired difference and verdict, with bootstrap intervals.
 */
public final class Curve {
    private Curve() {}

    /** A curve on one table (a family of one instance). */
    public static CurveReport run(List<Net> nets, Table table, CurveConfig cfg, int threads,
                                  ExperimentListener listener) {
        return run(nets, new Family(table.name(), table.name(), List.of(table)), cfg, threads, listener);
    }

    /**
     * Trains every net at every K on every instance, trial after trial, and summarises.
     *
     * @throws IllegalArgumentException on no nets, K's not ascending or outside 1..|X|-1, trials
     *         or threads below 1, train rows given
     */
    public static CurveReport run(List<Net> nets, Family family, CurveConfig cfg, int threads,
                                  ExperimentListener listener) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        return run(nets, family, cfg, TrialRunner.threads(threads), listener);
    }

    /** {@link #run(List, Family, CurveConfig, int, ExperimentListener)} with its tasks run by the given runner. */
    public static CurveReport run(List<Net> nets, Family family, CurveConfig cfg, TrialRunner runner,
                                  ExperimentListener listener) {
        long start = System.nanoTime();
        check(nets, family, cfg);
        ExperimentListener l = listener == null ? ExperimentListener.NONE : listener;
        List<Table> instances = family.instances();
        List<Integer> ks = cfg.rows();
        int nk = ks.size(), tasks = nk * cfg.trials();
        List<List<Experiment.Trial>> trials = new ArrayList<>(nk);
        for (int k : ks) trials.add(Experiment.trials(instances.get(0), cfg.at(k)));
        AtomicReferenceArray<TrialResult[]> results = new AtomicReferenceArray<>(tasks);
        AtomicBoolean stop = new AtomicBoolean();
        int[] done = {0};
        List<Net> templates = List.copyOf(nets);
        // the tasks in an order that trains side by side in lanes: a group of `lanes` consecutive
        // trials at the first K, the same trials at the next K, and so on, then the next group. A
        // task's result is stored at slot t * nk + k, so that the report reads (t, K) in order
        int lanes = Lanes.width();
        List<Experiment.Trial> order = new ArrayList<>(tasks);
        int[] slot = new int[tasks];
        for (int from = 0; from < cfg.trials(); from += lanes) {
            for (int k = 0; k < nk; k++) {
                for (int t = from; t < Math.min(cfg.trials(), from + lanes); t++) {
                    slot[order.size()] = t * nk + k;
                    order.add(trials.get(k).get(t));
                }
            }
        }
        runner.run(new Job(templates, instances, order), new TrialRunner.Sink() {
            @Override public void done(int task, TrialResult[] cell) {
                results.set(slot[task], cell);
                synchronized (done) {
                    l.trialsDone(++done[0], tasks);
                }
            }

            @Override public boolean stopping() { return Curve.stopping(stop, l); }

            @Override public void stop() { stop.set(true); }
        });
        int prefix = 0;
        while (prefix < tasks && results.get(prefix) != null) prefix++;
        int m = prefix / nk;
        List<List<TrialResult[]>> byK = new ArrayList<>(nk);
        for (int k = 0; k < nk; k++) {
            List<TrialResult[]> list = new ArrayList<>(m);
            for (int t = 0; t < m; t++) list.add(results.get(t * nk + k));
            byK.add(list);
        }
        return reduce(templates, family, cfg, byK, System.nanoTime() - start);
    }

    private static boolean stopping(AtomicBoolean stop, ExperimentListener l) {
        if (stop.get()) return true;
        if (!l.stopRequested()) return false;
        stop.set(true);
        return true;
    }

    private static void check(List<Net> nets, Family family, CurveConfig cfg) {
        int n = family.instances().get(0).rows().size();
        if (nets.isEmpty()) throw new IllegalArgumentException("no nets for a curve");
        if (cfg.rows().isEmpty()) throw new IllegalArgumentException("a curve needs at least one K");
        int previous = 0;
        for (int k : cfg.rows()) {
            if (k < 1 || k >= n) throw new IllegalArgumentException("rows must be from 1 to " + (n - 1) + ", not " + k);
            if (k <= previous) throw new IllegalArgumentException("the K's must ascend: " + cfg.rows());
            previous = k;
        }
        if (cfg.trials() < 1) throw new IllegalArgumentException("trials must be at least 1, not " + cfg.trials());
        if (cfg.train().rows() != null) throw new IllegalArgumentException("each trial draws its own rows");
        for (Table t : family.instances()) {
            if (t.rows().size() != n) throw new IllegalArgumentException("instance " + t.name() + " has other rows");
        }
    }

    /** The report of the completed trials: byK.get(k).get(t)[instance]. */
    static CurveReport reduce(List<Net> nets, Family family, CurveConfig cfg, List<List<TrialResult[]>> byK,
                              long nanos) {
        List<Integer> ks = cfg.rows();
        int nk = ks.size(), m = byK.get(0).size(), ni = family.size();
        boolean boot = ni > 1;
        List<CurveReport.Point> points = new ArrayList<>();
        for (int k = 0; k < nk; k++) {
            for (int j = 0; j < nets.size(); j++) {
                points.add(point(nets.get(j).name(), ks.get(k), j, byK.get(k), ni, boot));
            }
        }
        List<CurveReport.Difference> differences = new ArrayList<>();
        Estimate auc = null;
        if (nets.size() >= 2) {
            List<Estimate> d = new ArrayList<>(), both = new ArrayList<>();
            boolean[] identical = new boolean[nk];
            double[] p = new double[nk];
            for (int k = 0; k < nk; k++) {
                double[][] grid = new double[ni][m], bothGrid = new double[ni][];
                identical[k] = m > 0;
                for (int i = 0; i < ni; i++) {
                    double[] bothCells = new double[m];
                    int nb = 0;
                    for (int t = 0; t < m; t++) {
                        TrialResult.Outcome a = byK.get(k).get(t)[i].outcomes().get(0);
                        TrialResult.Outcome b = byK.get(k).get(t)[i].outcomes().get(1);
                        grid[i][t] = a.heldoutAccuracy() - b.heldoutAccuracy();
                        if (a.fit() && b.fit()) bothCells[nb++] = grid[i][t];
                        identical[k] &= a.samePredictions(b);
                    }
                    bothGrid[i] = Arrays.copyOf(bothCells, nb);
                }
                d.add(estimate(grid, boot));
                both.add(estimate(bothGrid, boot));
                p[k] = d.get(k).p();
            }
            double[] holm = Holm.adjust(p);
            for (int k = 0; k < nk; k++) {
                differences.add(new CurveReport.Difference(ks.get(k), d.get(k), holm[k], both.get(k), identical[k],
                        Verdict.of(d.get(k), cfg.margin(), identical[k])));
            }
            auc = estimate(aucDifference(ks, byK, ni, m), boot);
        }
        List<CurveReport.Cell> cells = new ArrayList<>();
        for (int k = 0; k < nk; k++) {
            for (TrialResult[] cell : byK.get(k)) {
                for (int i = 0; i < ni; i++) {
                    cells.add(new CurveReport.Cell(ks.get(k), family.instances().get(i).name(), cell[i]));
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (Net n : nets) names.add(n.name());
        return new CurveReport(family.name(), ni, family.instances().get(0).rows().size(), ks, cfg.trials(), m,
                cfg.train().seed(), cfg.train().epochs(), cfg.margin(), names, points, differences, auc, cells, nanos);
    }

    /** Net j at one K: rates, means and intervals over its cells. */
    private static CurveReport.Point point(String net, int k, int j, List<TrialResult[]> trials, int ni, boolean boot) {
        int m = trials.size(), fits = 0;
        double[][] acc = new double[ni][m], ce = new double[ni][m], fit = new double[ni][m];
        double epochs = 0;
        // the order of a compare's sums: trial by trial (one instance), then instance by instance
        for (int i = 0; i < ni; i++) {
            for (int t = 0; t < m; t++) {
                TrialResult.Outcome o = trials.get(t)[i].outcomes().get(j);
                acc[i][t] = o.heldoutAccuracy();
                ce[i][t] = o.heldoutCe();
                fit[i][t] = o.fit() ? 1 : 0;
                if (o.fit()) fits++;
                epochs += o.epochs();
            }
        }
        int cells = ni * m;
        Interval fitCi = boot ? familyFitInterval(fit, fits, cells) : Wilson.interval95(fits, cells);
        return new CurveReport.Point(net, k, cells, fits, fitCi, estimate(acc, boot), estimate(ce, boot),
                cells == 0 ? Double.NaN : epochs / cells);
    }

    /**
     * The 95% interval of a fit rate over a family's grid of 0/1 cells: the cluster bootstrap over
     * the instances; but when every cell fits (or none does) every resample has the same mean and
     * the bootstrap says [1, 1] (or [0, 0]), which claims certainty that N instances cannot give.
     * Then it is Wilson's over the N instances, as if each were one trial: the most cautious count
     * (trainings on one instance as correlated as they can be).
     */
    static Interval familyFitInterval(double[][] fit, int fits, int cells) {
        if (cells > 0 && (fits == 0 || fits == cells)) return Wilson.interval95(fits == 0 ? 0 : fit.length, fit.length);
        return ClusterBootstrap.of(fit).ci95();
    }

    /** Student t over the cells of the one instance, or a cluster bootstrap over several. */
    private static Estimate estimate(double[][] grid, boolean boot) {
        if (boot) return ClusterBootstrap.of(grid);
        return Estimate.student(grid[0], grid[0].length);
    }

    /** Per cell, area(first) - area(second): trapezoids over the K's, over the span of K's. */
    private static double[][] aucDifference(List<Integer> ks, List<List<TrialResult[]>> byK, int ni, int m) {
        double[][] d = new double[ni][m];
        int nk = ks.size();
        double span = ks.get(nk - 1) - ks.get(0);
        for (int i = 0; i < ni; i++) {
            for (int t = 0; t < m; t++) {
                double[] area = new double[2];
                for (int j = 0; j < 2; j++) {
                    if (nk == 1) {
                        area[j] = byK.get(0).get(t)[i].outcomes().get(j).heldoutAccuracy();
                        continue;
                    }
                    // area = sum over k of (K_{k+1} - K_k) (acc_k + acc_{k+1}) / 2, over the span
                    double s = 0;
                    for (int k = 0; k + 1 < nk; k++) {
                        double a0 = byK.get(k).get(t)[i].outcomes().get(j).heldoutAccuracy();
                        double a1 = byK.get(k + 1).get(t)[i].outcomes().get(j).heldoutAccuracy();
                        s += (ks.get(k + 1) - ks.get(k)) * (a0 + a1) / 2;
                    }
                    area[j] = s / span;
                }
                d[i][t] = area[0] - area[1];
            }
        }
        return d;
    }
}
