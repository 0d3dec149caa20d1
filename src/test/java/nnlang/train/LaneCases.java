package nnlang.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/**
 * Random small trainings for the lanes' tests (LanesTest here, LanesAgreement in a JVM with the
 * Vector API): every hidden activation, sigmoid (one node and k bits) and softmax outputs, every
 * optimiser and loss, l2, until on loss and entropy (some lanes stop early, at other epochs),
 * learning rates that blow some lanes up, full batches given as a size at least the rows, K of
 * the rows per training; and the same trainings trained one at a time on the scalar path to
 * compare with, bit for bit.
 */
final class LaneCases {
    private LaneCases() {}

    static final Table P3 = Generators.generate("p3", "parity", 3), P4 = Generators.generate("p4", "parity", 4),
            ID2 = Generators.generate("id2", "identity", 2),
            BACK = Table.of("back", List.of(new Row("0", List.of("00", "11")), new Row("1", List.of("01", "10"))));
    static final Table[] TABLES = {P3, P4, ID2, BACK};

    /** One batch: trainings of one net shape and options, each with its own seed and rows. */
    record Case(String what, List<Net> nets, List<Table> tables, List<TrainConfig> configs) {}

    static Case random(SplittableRandom g, int count) throws Exception {
        Table table = TABLES[g.nextInt(TABLES.length)];
        OutputKind out = g.nextInt(3) == 0 ? OutputKind.SOFTMAX : OutputKind.SIGMOID;
        InputEncoding enc = InputEncoding.values()[g.nextInt(InputEncoding.values().length)];
        List<LayerSpec> hidden = new ArrayList<>();
        Activation[] acts = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
                Activation.LINEAR};
        for (int l = g.nextInt(3); l > 0; l--) {
            int groups = g.nextInt(5) == 0 ? 2 : 1;
            hidden.add(new LayerSpec(groups * (1 + g.nextInt(5)), acts[g.nextInt(acts.length)], groups));
        }
        NetSpec spec = new NetSpec(enc, null, hidden, out, null);
        Net template;
        try {
            template = NetBuilder.build("n", spec, table.inputs(), table.outputs());
        } catch (Exception | Error e) {
            // groups that do not divide the inputs: a plain net instead
            template = NetBuilder.build("n", new NetSpec(enc, null, List.of(), out, null), table.inputs(),
                    table.outputs());
        }
        OptimizerKind opt = OptimizerKind.values()[g.nextInt(3)];
        Loss[] losses = out == OutputKind.SOFTMAX ? new Loss[] {null, Loss.CE, Loss.MSE}
                : new Loss[] {null, Loss.BCE, Loss.CE, Loss.MSE};
        Loss loss = losses[g.nextInt(losses.length)];
        // one case in four with a rate that blows up some trainings (10 to 1e6), or all of them at once (1e200)
        int wild = g.nextInt(12);
        double lr = wild < 3 ? Math.pow(10, 1 + 5 * g.nextDouble()) : wild == 3 ? 1e200
                : opt == OptimizerKind.ADAM ? 0.05 : 0.2 + g.nextDouble();
        StopWhen until = switch (g.nextInt(3)) {
            case 0 -> new StopWhen(StopWhen.Metric.ENTROPY, 0.05 + 0.5 * g.nextDouble());
            case 1 -> new StopWhen(StopWhen.Metric.LOSS, 0.05 + 0.3 * g.nextDouble());
            default -> null;
        };
        int n = table.rows().size(), k = 1 + g.nextInt(n);
        TrainConfig base = TrainConfig.defaults().epochs(g.nextInt(8) == 0 ? 0 : 1 + g.nextInt(300)).lr(lr)
                .optimizer(opt).momentum(0.5 + 0.4 * g.nextDouble()).loss(loss)
                .l2(g.nextBoolean() ? 0 : 0.01 * g.nextDouble()).until(until).batch(batch(g, k));
        List<Net> nets = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<TrainConfig> configs = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            nets.add(template.copy());
            // K rows of the table, in table order, another draw per training
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < n; i++) index.add(i);
            List<Row> rows = new ArrayList<>();
            boolean[] pick = new boolean[n];
            for (int i = 0; i < k; i++) pick[index.remove(g.nextInt(index.size()))] = true;
            for (int i = 0; i < n; i++) if (pick[i]) rows.add(table.rows().get(i));
            tables.add(new Table(table.name(), table.inputs(), table.outputs(), rows));
            configs.add(base.seed(g.nextLong() >>> 12));
        }
        return new Case(spec + " on " + table.name() + " K " + k + " " + base, nets, tables, configs);
    }

    /** Mostly the full batch (0, or a size at least K); one case in eight mini-batches (not in lanes). */
    private static int batch(SplittableRandom g, int k) {
        int pick = g.nextInt(8);
        if (pick == 0 && k > 1) return 1 + g.nextInt(k - 1);
        return pick < 3 ? k + g.nextInt(3) : 0;
    }

    /** The same trainings one at a time on the scalar path (fresh copies of the case's nets). */
    static List<Net> copies(Case c) {
        List<Net> copies = new ArrayList<>();
        for (Net n : c.nets()) copies.add(n.copy());
        return copies;
    }

    static List<TrainResult> alone(List<Net> nets, Case c) {
        List<TrainResult> results = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            results.add(Trainer.train(nets.get(i), c.tables().get(i), c.configs().get(i), TrainListener.NONE, false));
        }
        return results;
    }

    /** Null when the two trainings agree bit for bit (weights, epochs, reason, loss, entropy, history); else how not. */
    static String difference(TrainResult a, Net na, TrainResult b, Net nb) {
        if (a.epochsRun() != b.epochsRun() || a.reason() != b.reason()) return a + " <> " + b;
        if (bits(a.loss()) != bits(b.loss()) || bits(a.entropy()) != bits(b.entropy())) return a + " <> " + b;
        if (!java.util.Arrays.equals(a.history().epochs(), b.history().epochs())
                || !sameBits(a.history().loss(), b.history().loss())
                || !sameBits(a.history().entropy(), b.history().entropy())) return "histories differ";
        for (int l = 0; l < na.layers().size(); l++) {
            if (!sameBits(na.layer(l).W.data, nb.layer(l).W.data)) return "W of layer " + l + " differs";
            if (!sameBits(na.layer(l).b.data, nb.layer(l).b.data)) return "b of layer " + l + " differs";
        }
        return null;
    }

    private static long bits(double v) { return Double.doubleToRawLongBits(v); }

    private static boolean sameBits(double[] a, double[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (bits(a[i]) != bits(b[i])) return false;
        return true;
    }
}
