package nnlang.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import nnlang.data.CodingException;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import nnlang.experiment.CompareConfig;
import nnlang.experiment.Curve;
import nnlang.experiment.CurveConfig;
import nnlang.experiment.Experiment;
import nnlang.report.CurveReport;
import nnlang.train.OptimizerKind;
import nnlang.train.TrainConfig;
import nnlang.train.TrainListener;
import nnlang.train.Trainer;

/**
 * Training speed on the reference tasks of ../shared/bench (same nets, seeds, learning rate,
 * full-batch gradient descent on mean BCE), one JSON line per task in the reference's format:
 * T1 is 2-2-1 sigmoid on xor(2), 10,000 epochs, seed 2; T2 is a compare of 3-8-1 and 3-2-3-1
 * sigmoid nets on all 8 rows of parity(3), 200 trials of 3,000 epochs; T3 is 10-64-64-1
 * tanh/tanh/sigmoid on parity(10), 200 epochs, seed 1. The median over the timed repetitions is
 * reported. {@code alloc} measures the bytes allocated per epoch. {@link BenchReport} runs these
 * beside the reference and prints the ratios ({@code nn bench}).
 *
 * <p>C1 is a learning curve (issue 14): three nets of 8 inputs and about 300 parameters (8-32-1,
 * 8-16-8-1 and 8-10-10-8-1, tanh, sigmoid output) on parity(8), 200 trials at each of
 * K = 8, 16, 32, 64, 128 rows, 3,000 epochs: 3,000 trainings; it reports trainings per second
 * (one repetition unless --reps is given; --trials N for a shorter look).
 *
 * {@code history} measures what keeping the history costs a short and a long training.
 *
 * <p>S1 is T2's compare in this JVM and as Spark tasks on local[N] ({@link SparkBench}): what Spark costs.
 *
 * <p>Usage: {@code Bench T1|T2|T3|C1|S1|alloc|history [--warmup W] [--reps R] [--threads N] [--trials N]}
 */
public final class Bench {
    static final double LR = 0.5;

    private Bench() {}

    /** One task: its net, table, epochs and seed. */
    private record Task(String name, Table table, NetSpec spec, int epochs, long seed, int warmup) {}

    static final Task T1 = new Task("T1", Generators.generate("xor", "xor", 2),
            spec(new LayerSpec(2, Activation.SIGMOID)), 10_000, 2, 20);
    static final Task T3 = new Task("T3", Generators.generate("parity", "parity", 10),
            spec(new LayerSpec(64, Activation.TANH), new LayerSpec(64, Activation.TANH)), 200, 1, 2);
    static final Table PARITY3 = Generators.generate("parity", "parity", 3);
    static final int T2_TRIALS = 200, T2_EPOCHS = 3000;
    static final Table PARITY8 = Generators.generate("parity8", "parity", 8);
    static final List<Integer> C1_ROWS = List.of(8, 16, 32, 64, 128);
    static final int C1_TRIALS = 200, C1_EPOCHS = 3000;

    public static void main(String[] args) throws Exception {
        String which = "all";
        int warmup = -1, reps = -1, threads = 1, trials = C1_TRIALS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--trials" -> trials = Integer.parseInt(args[++i]);
                default -> which = args[i];
            }
        }
        int r = reps < 0 ? 5 : reps;
        for (Task t : List.of(T1, T3)) {
            if (which.equals("all") || which.equals(t.name())) run(t, warmup < 0 ? t.warmup() : warmup, r);
        }
        if (which.equals("all") || which.equals("T2")) t2(warmup < 0 ? 2 : warmup, r, threads);
        if (which.equals("C1")) c1(warmup < 0 ? 0 : warmup, reps < 0 ? 1 : reps, threads, trials);
        if (which.equals("S1")) SparkBench.s1(reps < 0 ? 3 : reps, Math.max(2, threads));
        if (which.equals("all") || which.equals("alloc")) alloc();
        if (which.equals("all") || which.equals("history")) history(reps);
    }

    /**
     * What the history costs: 10-2-1 sigmoid on all 1,024 rows of parity(10), trained for 200 and
     * for 20,000 epochs with the history kept and without (the same weights), in microseconds per
     * epoch (medians, the two kinds interleaved rep by rep so that load on the machine hits both).
     */
    private static void history(int reps) throws CodingException {
        Table table = T3.table();
        Net net = build("h", table, spec(new LayerSpec(2, Activation.SIGMOID)));
        JsonObject line = new JsonObject();
        line.addProperty("peer", "nnlang");
        line.addProperty("task", "history");
        for (int epochs : new int[] {200, 20_000}) {
            TrainConfig cfg = config(epochs, 1);
            int n = epochs == 200 ? Math.max(31, 6 * reps + 1) : Math.max(3, reps);
            double[] with = new double[n], without = new double[n];
            for (int rep = -3; rep < n; rep++) {
                long t0 = System.nanoTime();
                Trainer.train(net, table, cfg, TrainListener.NONE, true);
                long t1 = System.nanoTime();
                Trainer.train(net, table, cfg, TrainListener.NONE, false);
                long t2 = System.nanoTime();
                if (rep >= 0) {
                    with[rep] = (t1 - t0) * 1e-3 / epochs;
                    without[rep] = (t2 - t1) * 1e-3 / epochs;
                }
            }
            int points = Trainer.train(net, table, cfg, TrainListener.NONE, true).history().size();
            line.addProperty("us_per_epoch_" + epochs, median(with));
            line.addProperty("us_per_epoch_" + epochs + "_no_history", median(without));
            line.addProperty("cost_" + epochs, median(with) / median(without));
            line.addProperty("points_" + epochs, points);
        }
        System.out.println(line);
    }

    static NetSpec spec(LayerSpec... hidden) {
        return new NetSpec(InputEncoding.BITS, null, List.of(hidden), OutputKind.SIGMOID, null);
    }

    static Net build(String name, Table table, NetSpec spec) throws CodingException {
        return NetBuilder.build(name, spec, table.inputs(), table.outputs());
    }

    static TrainConfig config(int epochs, long seed) {
        return TrainConfig.defaults().epochs(epochs).lr(LR).optimizer(OptimizerKind.SGD).momentum(0).seed(seed);
    }

    private static void run(Task task, int warmup, int reps) throws CodingException {
        Table table = task.table();
        Net net = build(task.name(), table, task.spec());
        TrainConfig cfg = config(task.epochs(), task.seed());
        double[] times = time(warmup, reps, rep -> Trainer.train(net, table, cfg, TrainListener.NONE));
        JsonObject line = line(task.name(), 1, times);
        double median = median(times);
        line.addProperty("epochs_per_s", task.epochs() / median);
        if (task == T3) {
            double gflop = 3 * forwardFlops(net.sizes(), table.rows().size()) * task.epochs() * 1e-9;
            line.addProperty("gflop_per_rep", gflop);
            line.addProperty("gflop_per_s", gflop / median);
        }
        line.addProperty("final_loss", Trainer.train(net, table, cfg, TrainListener.NONE).loss());
        line.addProperty("accuracy", accuracy(net, table));
        System.out.println(line);
    }

    /** T2: the comparison of 3-8-1 and 3-2-3-1 over 200 trials on all rows of parity(3). */
    private static void t2(int warmup, int reps, int threads) throws CodingException {
        List<Net> nets = List.of(build("wide", PARITY3, spec(new LayerSpec(8, Activation.SIGMOID))),
                build("deep", PARITY3, spec(new LayerSpec(2, Activation.SIGMOID), new LayerSpec(3, Activation.SIGMOID))));
        CompareConfig cfg = new CompareConfig(PARITY3.rows().size(), T2_TRIALS, config(T2_EPOCHS, 1));
        double[] times = time(warmup, reps, rep -> Experiment.compare(nets, PARITY3, cfg, threads, null));
        var report = Experiment.compare(nets, PARITY3, cfg, threads, null);
        JsonObject line = line("T2", threads, times);
        line.addProperty("trials_per_s", T2_TRIALS / median(times));
        line.addProperty("trials", T2_TRIALS);
        line.addProperty("solved_3_8_1", report.nets().get(0).fits());
        line.addProperty("solved_3_2_3_1", report.nets().get(1).fits());
        System.out.println(line);
    }

    /** C1: a curve of three 8-input nets on parity(8): 5 K's x trials x 3 nets trainings. */
    private static void c1(int warmup, int reps, int threads, int trials) throws CodingException {
        List<Net> nets = List.of(build("shallow", PARITY8, spec(new LayerSpec(32, Activation.TANH))),
                build("deep", PARITY8, spec(new LayerSpec(16, Activation.TANH), new LayerSpec(8, Activation.TANH))),
                build("deeper", PARITY8, spec(new LayerSpec(10, Activation.TANH), new LayerSpec(10, Activation.TANH),
                        new LayerSpec(8, Activation.TANH))));
        CurveConfig cfg = new CurveConfig(C1_ROWS, trials, config(C1_EPOCHS, 1), nnlang.stats.Verdict.DEFAULT_MARGIN);
        CurveReport[] last = new CurveReport[1];
        double[] times = time(warmup, reps, rep -> last[0] = Curve.run(nets, PARITY8, cfg, threads, null));
        int trainings = C1_ROWS.size() * trials * nets.size();
        JsonObject line = line("C1", threads, times);
        line.addProperty("trainings", trainings);
        line.addProperty("trainings_per_s", trainings / median(times));
        line.addProperty("params", nets.get(0).parameterCount() + "/" + nets.get(1).parameterCount() + "/"
                + nets.get(2).parameterCount());
        line.addProperty("auc_difference_shallow_minus_deep", last[0].auc().mean());
        System.out.println(line);
    }

    /**
     * Bytes allocated per epoch: the difference between trainings of 2N and N epochs, over N, every
     * epoch measured (an until that never holds) and no history kept, whose arrays grow with the
     * epochs (T3's net on 64 of its rows, to keep it short: the same code path as on all 1,024).
     */
    private static void alloc() throws CodingException {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        Task t2 = new Task("T2", PARITY3, spec(new LayerSpec(8, Activation.SIGMOID)), T2_EPOCHS, 1, 0);
        Task t3 = new Task("T3", T3.table(), T3.spec(), 2000, 1, 0);
        List<String> rows64 = T3.table().inputs().states().subList(0, 64);
        JsonObject line = new JsonObject();
        line.addProperty("peer", "nnlang");
        line.addProperty("task", "alloc");
        for (Task t : List.of(T1, t2, t3)) {
            Net net = build(t.name(), t.table(), t.spec());
            long[] bytes = {Long.MAX_VALUE, Long.MAX_VALUE};
            for (int rep = 0; rep < 4; rep++) {   // the least of each: the JIT allocates now and then
                for (int k = 0; k < 2; k++) {
                    TrainConfig c = config(t.epochs() * (k + 1), 1)
                            .until(new nnlang.train.StopWhen(nnlang.train.StopWhen.Metric.ENTROPY, -1));
                    if (t == t3) {
                        c = c.rows(rows64);
                    }
                    long before = mx.getThreadAllocatedBytes(id);
                    Trainer.train(net, t.table(), c, TrainListener.NONE, false);
                    bytes[k] = Math.min(bytes[k], mx.getThreadAllocatedBytes(id) - before);
                }
            }
            line.addProperty(t.name() + "_bytes_per_epoch", (double) (bytes[1] - bytes[0]) / t.epochs());
            line.addProperty(t.name() + "_bytes_per_training", bytes[0]);
        }
        System.out.println(line);
    }

    static double[] time(int warmup, int reps, IntConsumer body) {
        double[] times = new double[reps];
        for (int rep = 0; rep < warmup + reps; rep++) {
            long t0 = System.nanoTime();
            body.accept(rep);
            if (rep >= warmup) times[rep - warmup] = (System.nanoTime() - t0) * 1e-9;
        }
        return times;
    }

    static JsonObject line(String task, int threads, double[] times) {
        JsonObject line = new JsonObject();
        line.addProperty("peer", "nnlang" + (Boolean.getBoolean("nnlang.scalar") ? "-scalar" : ""));
        line.addProperty("task", task);
        line.addProperty("threads", threads);
        line.addProperty("runtime", "java " + System.getProperty("java.version"));
        line.addProperty("kernels", ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                && !Boolean.getBoolean("nnlang.scalar") ? "vector" : "scalar");
        JsonArray ts = new JsonArray();
        for (double t : times) ts.add(t);
        line.add("times_s", ts);
        line.addProperty("min_s", Arrays.stream(times).min().orElse(Double.NaN));
        line.addProperty("median_s", median(times));
        line.addProperty("max_s", Arrays.stream(times).max().orElse(Double.NaN));
        return line;
    }

    /** Forward FLOPs of a full-batch pass, 2 m n k per product (as the reference counts; a run is 3x per epoch). */
    static double forwardFlops(int[] sizes, int rows) {
        double f = 0;
        for (int l = 0; l + 1 < sizes.length; l++) f += 2.0 * rows * sizes[l] * sizes[l + 1];
        return f;
    }

    static double median(double[] times) {
        double[] s = times.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The share of rows whose most probable output is a target. */
    private static double accuracy(Net net, Table table) {
        int ok = 0;
        for (Row r : table.rows()) {
            double[] p = net.probabilities(net.encode(net.inputs().indexOf(r.x())));
            int best = 0;
            for (int y = 1; y < p.length; y++) if (p[y] > p[best]) best = y;
            if (r.targets().contains(net.output().space().state(best))) ok++;
        }
        return (double) ok / table.rows().size();
    }
}
