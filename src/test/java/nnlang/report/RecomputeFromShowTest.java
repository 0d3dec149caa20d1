package nnlang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.model.Activation;
import nnlang.model.Layer;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 3's promise: anyone can recompute every number of the relations report from
 * the weights that show prints. The recomputation here shares no code with the project: it reads
 * the show JSON, runs z = input . w + b with activations written out, and applies section 2.
 */
class RecomputeFromShowTest {
    private static final double TOL = 1e-9;
    private static final Gson GSON = new Gson();

    @Test void handSetTwoTwoOneOnXor() throws Exception {
        Table xor = Generators.generate("xor", "xor", 2);
        Net two = net("two", InputEncoding.BITS, OutputKind.SIGMOID, xor, List.of(new LayerSpec(2, Activation.SIGMOID)));
        set(two.layer(0), new double[][] {{5.2, -3.1}, {5.2, -3.1}}, new double[] {-2.1, 4.6});
        set(two.layer(1), new double[][] {{7.5}, {6.9}}, new double[] {-10.3});
        check(two, xor);
    }

    @Test void tanhHiddenOnXor() throws Exception {
        Table xor = Generators.generate("xor", "xor", 2);
        check(random(net("t", InputEncoding.BITS, OutputKind.SIGMOID, xor, List.of(new LayerSpec(3, Activation.TANH))), 1),
                xor);
    }

    @Test void bitsOutputOnInverseXor() throws Exception {
        Table inv = Generators.inverse("inv", Generators.generate("xor", "xor", 2));
        Net rev = net("rev", InputEncoding.BITS, OutputKind.SIGMOID, inv, List.of(new LayerSpec(4, Activation.TANH)));
        Map<String, Object> relations = check(random(rev, 2), inv);
        assertEquals("bits", relations.get("output"));
        assertEquals(List.of("00", "01", "10", "11"), relations.get("outputs"));
    }

    @Test void softmaxOnSymbolicTable() throws Exception {
        Table pets = pets();
        Net pet = net("pet", InputEncoding.ONEHOT, OutputKind.SOFTMAX, pets, List.of(new LayerSpec(3, Activation.TANH)));
        assertEquals("softmax", check(random(pet, 3), pets).get("output"));
    }

    @Test void bitsEncodedSymbolsThroughRectifiers() throws Exception {
        Table pets = pets();
        Net net = net("r", InputEncoding.BITS, OutputKind.SOFTMAX, pets,
                List.of(new LayerSpec(4, Activation.RELU), new LayerSpec(3, Activation.LEAKY_RELU)));
        check(random(net, 4), pets);
    }

    @Test void scalarInputLinearHiddenOnParity() throws Exception {
        Table p3 = Generators.generate("p3", "parity", 3);
        Net net = net("s", InputEncoding.SCALAR, OutputKind.SIGMOID, p3, List.of(new LayerSpec(2, Activation.LINEAR)));
        check(random(net, 5), p3);
    }

    @Test void sigmoidOnTwoSymbolicStates() throws Exception {
        Table t = Table.of("yn", List.of(new Row("a", List.of("no")), new Row("b", List.of("yes")),
                new Row("c", List.of("yes", "no"))));
        Net net = net("yn", InputEncoding.ONEHOT, OutputKind.SIGMOID, t, List.of(new LayerSpec(2, Activation.SIGMOID)));
        Map<String, Object> relations = check(random(net, 6), t);
        assertEquals("sigmoid", relations.get("output"));
        assertEquals(List.of("no", "yes"), relations.get("outputs"));
    }

    @Test void manySeedsAndWiderBitOutputs() throws Exception {
        Table id = Generators.generate("id3", "identity", 3);
        for (int seed = 10; seed < 20; seed++) {
            check(random(net("id", InputEncoding.BITS, OutputKind.SIGMOID, id, List.of(new LayerSpec(5, Activation.TANH))),
                    seed), id);
        }
    }

    /**
     * A grouped net trained with adam and l2, full batch and mini-batches, small (the fused pass)
     * and wide (the matrix products): every relations number recomputes from the show JSON, which
     * writes each w as the full matrix, exactly 0 outside the blocks of its "groups", and the
     * parameter count leaves those weights out.
     */
    @Test void trainedGroupedNetsRecomputeAndKeepTheirMissingWeightsAtZero() throws Exception {
        Table tree = nnlang.data.RandomRelations.generate("t", "tree", 8, false, 3);
        Net small = net("tree", InputEncoding.BITS, OutputKind.SIGMOID, tree, List.of(
                new LayerSpec(8, Activation.TANH, 4), new LayerSpec(4, Activation.TANH, 2)));
        Net wide = net("wide", InputEncoding.BITS, OutputKind.SIGMOID, tree, List.of(
                new LayerSpec(64, Activation.RELU, 8), new LayerSpec(8, Activation.TANH, 2)));
        nnlang.train.TrainConfig adam = nnlang.train.TrainConfig.defaults().epochs(150).lr(0.02)
                .optimizer(nnlang.train.OptimizerKind.ADAM).l2(0.01).seed(5);
        for (Net n : List.of(small, wide)) {
            for (nnlang.train.TrainConfig cfg : List.of(adam, adam.batch(32), adam.optimizer(nnlang.train.OptimizerKind.MOMENTUM)
                    .lr(0.05))) {
                Net trained = n.copy();
                nnlang.train.Trainer.train(trained, tree, cfg, null);
                check(trained, tree);
                checkBlocks(trained);
            }
        }
    }

    /** From the show JSON alone: zeros outside the blocks, not all zero inside, and the parameter count. */
    @SuppressWarnings("unchecked")
    private static void checkBlocks(Net net) {
        Map<String, Object> show = GSON.fromJson(JsonRenderer.render(ShowReport.of(net)), Map.class);
        int params = 0, grouped = 0;
        for (Map<String, Object> layer : (List<Map<String, Object>>) show.get("layers")) {
            List<List<Double>> w = (List<List<Double>>) layer.get("w");
            int n = w.size(), m = w.get(0).size();
            int g = layer.containsKey("groups") ? ((Double) layer.get("groups")).intValue() : 1;
            if (g > 1) grouped++;
            int inside = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double v = w.get(i).get(j);
                    if (i / (n / g) == j / (m / g)) {
                        if (v != 0) inside++;
                    } else {
                        assertEquals(0.0, v, 0.0, "w[" + i + "][" + j + "] outside the blocks of " + g + " groups");
                        assertEquals(0, Double.compare(v, 0.0), "w[" + i + "][" + j + "] is -0.0");
                    }
                }
            }
            assertEquals(n * m / g, inside, "every weight inside a block is trained");
            params += n * m / g + m;
        }
        assertEquals(2, grouped);
        assertEquals(params, ((Double) show.get("params")).intValue());
    }

    // ---- the independent computation ----

    /** Recomputes every number of the relations JSON from the show JSON; returns the relations JSON. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> check(Net net, Table table) {
        Map<String, Object> show = GSON.fromJson(JsonRenderer.render(ShowReport.of(net)), Map.class);
        Map<String, Object> rel = GSON.fromJson(JsonRenderer.render(Relations.of(net, table, 0.01)), Map.class);
        Map<String, Object> input = (Map<String, Object>) show.get("input");
        Map<String, Object> output = (Map<String, Object>) show.get("output");
        List<String> xs = (List<String>) input.get("states");
        List<String> ys = (List<String>) output.get("states");
        String kind = (String) output.get("kind");
        assertEquals(ys, rel.get("outputs"));
        assertEquals(kind, rel.get("output"));
        assertEquals("bits", rel.get("unit"));

        List<Map<String, Object>> rows = (List<Map<String, Object>>) rel.get("rows");
        assertEquals(table.rows().size(), rows.size());
        double h = 0, ce = 0, floor = 0, correct = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = table.rows().get(r);
            Map<String, Object> got = rows.get(r);
            assertEquals(row.x(), got.get("x"));
            assertEquals(row.targets(), got.get("targets"));
            double[] in = encode((String) input.get("encoding"), xs, row.x());
            assertArrayClose(in, (List<Double>) got.get("input"));

            double[] a = in;
            for (Map<String, Object> layer : (List<Map<String, Object>>) show.get("layers")) a = dense(layer, a);
            double[] p = probabilities(kind, ys, a);
            Map<String, Double> gotP = (Map<String, Double>) got.get("p");
            assertEquals(ys, new ArrayList<>(gotP.keySet()));
            for (int y = 0; y < ys.size(); y++) assertEquals(p[y], gotP.get(ys.get(y)), TOL, "p(" + ys.get(y) + "|" + row.x() + ")");

            double rowH = 0;
            for (double v : p) rowH += v > 0 ? -v * Math.log(v) / Math.log(2) : 0;
            double rowCe = 0;
            for (String t : row.targets()) rowCe += -Math.log(p[ys.indexOf(t)]) / Math.log(2) / row.targets().size();
            double rowFloor = Math.log(row.targets().size()) / Math.log(2);
            assertEquals(rowH, (Double) got.get("entropy"), TOL);
            assertEquals(rowCe, (Double) got.get("cross_entropy"), TOL);
            assertEquals(rowFloor, (Double) got.get("floor"), TOL);

            int best = 0;
            for (int y = 1; y < p.length; y++) if (p[y] > p[best]) best = y;
            boolean tie = false;
            for (int y = 0; y < p.length; y++) tie |= y != best && p[best] - p[y] <= 1e-12;
            boolean right = !tie && row.targets().contains(ys.get(best));
            assertEquals(right, got.get("correct"));
            assertEquals(tie, got.get("tie"));
            h += rowH;
            ce += rowCe;
            floor += rowFloor;
            correct += right ? 1 : 0;
        }
        int n = rows.size();
        assertEquals(h / n, (Double) rel.get("entropy"), TOL);
        assertEquals(ce / n, (Double) rel.get("cross_entropy"), TOL);
        assertEquals(floor / n, (Double) rel.get("floor"), TOL);
        assertEquals(correct / n, (Double) rel.get("accuracy"), TOL);
        return rel;
    }

    /** bits: the characters of a bit string, or the state's index in binary; scalar: the index; onehot. */
    private static double[] encode(String encoding, List<String> xs, String x) {
        int i = xs.indexOf(x);
        switch (encoding) {
            case "scalar":
                return new double[] {i};
            case "onehot": {
                double[] v = new double[xs.size()];
                v[i] = 1;
                return v;
            }
            default: {
                boolean bitStrings = xs.stream().allMatch(s -> s.matches("[01]+") && s.length() == xs.get(0).length());
                String bits = x;
                if (!bitStrings) {
                    int width = 32 - Integer.numberOfLeadingZeros(Math.max(1, xs.size() - 1));
                    bits = Integer.toBinaryString(i);
                    bits = "0".repeat(width - bits.length()) + bits;
                }
                double[] v = new double[bits.length()];
                for (int k = 0; k < v.length; k++) v[k] = bits.charAt(k) - '0';
                return v;
            }
        }
    }

    /** a = f(in . w + b) for one layer of the show JSON. */
    @SuppressWarnings("unchecked")
    private static double[] dense(Map<String, Object> layer, double[] in) {
        List<List<Double>> w = (List<List<Double>>) layer.get("w");
        List<Double> b = (List<Double>) layer.get("b");
        assertEquals(in.length, w.size());
        double[] z = new double[b.size()];
        for (int j = 0; j < z.length; j++) {
            z[j] = b.get(j);
            for (int i = 0; i < in.length; i++) z[j] += in[i] * w.get(i).get(j);
        }
        String f = (String) layer.get("activation");
        double[] a = new double[z.length];
        if (f.equals("softmax")) {
            double sum = 0;
            for (double v : z) sum += Math.exp(v);
            for (int j = 0; j < z.length; j++) a[j] = Math.exp(z[j]) / sum;
            return a;
        }
        for (int j = 0; j < z.length; j++) {
            double v = z[j];
            switch (f) {
                case "sigmoid" -> a[j] = 1 / (1 + Math.exp(-v));
                case "tanh" -> a[j] = Math.tanh(v);
                case "relu" -> a[j] = Math.max(0, v);
                case "leaky_relu" -> a[j] = v > 0 ? v : 0.01 * v;
                case "linear" -> a[j] = v;
                default -> throw new AssertionError("unknown activation " + f);
            }
        }
        return a;
    }

    /** DESIGN.md section 2: one sigmoid node on two states, k sigmoid nodes on k-bit states, softmax as is. */
    private static double[] probabilities(String kind, List<String> ys, double[] a) {
        double[] p = new double[ys.size()];
        switch (kind) {
            case "softmax" -> System.arraycopy(a, 0, p, 0, p.length);
            case "sigmoid" -> {
                p[0] = 1 - a[0];
                p[1] = a[0];
            }
            case "bits" -> {
                for (int y = 0; y < p.length; y++) {
                    String s = ys.get(y);
                    p[y] = 1;
                    for (int k = 0; k < s.length(); k++) p[y] *= s.charAt(k) == '1' ? a[k] : 1 - a[k];
                }
            }
            default -> throw new AssertionError("unknown output " + kind);
        }
        return p;
    }

    // ---- nets ----

    static Table pets() {
        return Table.of("pets", List.of(new Row("dog", List.of("bark")), new Row("cat", List.of("meow")),
                new Row("cow", List.of("moo", "bark"))));
    }

    static Net net(String name, InputEncoding in, OutputKind out, Table t, List<LayerSpec> hidden) throws Exception {
        return NetBuilder.build(name, new NetSpec(in, null, hidden, out, null), t.inputs(), t.outputs());
    }

    /** Weights and biases uniform in (-3, 3): large enough that some relations are determined. */
    static Net random(Net net, long seed) {
        Random rng = new Random(seed);
        for (Layer l : net.layers()) {
            for (int k = 0; k < l.W.data.length; k++) l.W.data[k] = 6 * rng.nextDouble() - 3;
            for (int k = 0; k < l.b.data.length; k++) l.b.data[k] = 6 * rng.nextDouble() - 3;
        }
        return net;
    }

    static void set(Layer l, double[][] w, double[] b) {
        for (int i = 0; i < w.length; i++) System.arraycopy(w[i], 0, l.W.data, i * l.nodes(), l.nodes());
        System.arraycopy(b, 0, l.b.data, 0, b.length);
    }

    private static void assertArrayClose(double[] want, List<Double> got) {
        assertEquals(want.length, got.size());
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got.get(i), TOL);
        assertTrue(want.length > 0);
    }
}
