package nnlang.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
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
import nnlang.train.OptimizerKind;
import nnlang.train.TrainConfig;
import nnlang.train.TrainListener;
import nnlang.train.TrainResult;
import nnlang.train.Trainer;

/**
 * Training speed on the reference tasks of /work/shared/bench (same nets, seeds, learning rate,
 * full-batch gradient descent on mean BCE), one JSON line per task in the reference's format:
 * T1 is 2-2-1 sigmoid on xor(2), 10,000 epochs, seed 2; T3 is 10-64-64-1 tanh/tanh/sigmoid on
 * parity(10), 200 epochs, seed 1. The median over the timed repetitions is reported.
 *
 * <p>Usage: {@code Bench [T1|T3|all] [--warmup W] [--reps R]}
 */
public final class Bench {
    static final double LR = 0.5;

    private Bench() {}

    /** One task: its net, table, epochs and seed. */
    private record Task(String name, Table table, NetSpec spec, int epochs, long seed, int warmup) {}

    public static void main(String[] args) throws CodingException {
        String which = "all";
        int warmup = -1, reps = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> which = args[i];
            }
        }
        Task t1 = new Task("T1", Generators.generate("xor", "xor", 2), spec(new LayerSpec(2, Activation.SIGMOID)),
                10_000, 2, 20);
        Task t3 = new Task("T3", Generators.generate("parity", "parity", 10),
                spec(new LayerSpec(64, Activation.TANH), new LayerSpec(64, Activation.TANH)), 200, 1, 2);
        for (Task t : List.of(t1, t3)) {
            if (which.equals("all") || which.equals(t.name())) run(t, warmup < 0 ? t.warmup() : warmup, reps);
        }
    }

    private static NetSpec spec(LayerSpec... hidden) {
        return new NetSpec(InputEncoding.BITS, null, List.of(hidden), OutputKind.SIGMOID, null);
    }

    private static void run(Task task, int warmup, int reps) throws CodingException {
        Table table = task.table();
        Net net = NetBuilder.build(task.name(), task.spec(), table.inputs(), table.outputs());
        TrainConfig cfg = new TrainConfig(task.epochs(), LR, OptimizerKind.SGD, 0, null, 0, task.seed(), 0, null, null,
                0, false);
        double[] times = new double[reps];
        TrainResult result = null;
        for (int rep = 0; rep < warmup + reps; rep++) {
            result = Trainer.train(net, table, cfg, TrainListener.NONE);
            if (rep >= warmup) times[rep - warmup] = result.nanos() * 1e-9;
        }
        double median = median(times);
        JsonObject line = new JsonObject();
        line.addProperty("peer", "nnlang");
        line.addProperty("task", task.name());
        line.addProperty("threads", 1);
        line.addProperty("runtime", "java " + System.getProperty("java.version"));
        JsonArray ts = new JsonArray();
        for (double t : times) ts.add(t);
        line.add("times_s", ts);
        line.addProperty("min_s", Arrays.stream(times).min().orElse(Double.NaN));
        line.addProperty("median_s", median);
        line.addProperty("max_s", Arrays.stream(times).max().orElse(Double.NaN));
        line.addProperty("epochs_per_s", task.epochs() / median);
        if (task.name().equals("T3")) {
            double gflop = 3 * forwardFlops(net.sizes(), table.rows().size()) * task.epochs() * 1e-9;
            line.addProperty("gflop_per_rep", gflop);
            line.addProperty("gflop_per_s", gflop / median);
        }
        line.addProperty("final_loss", result.loss());
        line.addProperty("accuracy", accuracy(net, table));
        System.out.println(line);
    }

    /** Forward FLOPs of a full-batch pass, 2 m n k per product (as the reference counts; a run is 3x per epoch). */
    static double forwardFlops(int[] sizes, int rows) {
        double f = 0;
        for (int l = 0; l + 1 < sizes.length; l++) f += 2.0 * rows * sizes[l] * sizes[l + 1];
        return f;
    }

    private static double median(double[] times) {
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
