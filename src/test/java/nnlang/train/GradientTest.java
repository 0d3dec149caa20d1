package nnlang.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Activation;
import nnlang.model.Initialiser;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import nnlang.model.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backprop's gradients against central finite differences of (mean data loss + l2 penalty). */
class GradientTest {
    /** A sigmoid output of one node with fractional targets on two rows. */
    static Table oneNode() {
        return Table.of("half", List.of(new Row("00", List.of("0", "1")), new Row("01", List.of("1")),
                new Row("10", List.of("0")), new Row("11", List.of("0", "1"))));
    }

    /** inverse xor: 0 -> 00 | 11, 1 -> 01 | 10, two sigmoid nodes with targets 1/2. */
    static Table twoBits() { return Generators.inverse("back", Generators.generate("xor", "xor", 2)); }

    /** Three symbolic states for a softmax output, some rows with two targets. */
    static Table threeStates() {
        return Table.of("pets", List.of(new Row("00", List.of("dog")), new Row("01", List.of("cat", "cow")),
                new Row("10", List.of("cow")), new Row("11", List.of("dog", "cat", "cow"))));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation f : Activation.values()) {
            if (!f.isHidden()) continue;
            for (Loss loss : Loss.values()) {
                for (double l2 : new double[] {0, 0.03}) {
                    cases.add(Arguments.of(f, loss, l2, "one node", OutputKind.SIGMOID));
                    cases.add(Arguments.of(f, loss, l2, "two bits", OutputKind.SIGMOID));
                    if (loss != Loss.BCE) cases.add(Arguments.of(f, loss, l2, "three states", OutputKind.SOFTMAX));
                }
            }
        }
        return cases.stream();
    }

    static Table table(String which) {
        return switch (which) {
            case "one node" -> oneNode();
            case "two bits" -> twoBits();
            default -> threeStates();
        };
    }

    /** bits -> 3 f -> 2 f -> output, Glorot/He weights and random biases, scaled up so that units leave the linear range. */
    static Net randomNet(Table t, Activation f, OutputKind out, long seed) throws Exception {
        NetSpec spec = new NetSpec(InputEncoding.BITS, null, List.of(new LayerSpec(3, f), new LayerSpec(2, f)), out, null);
        Net net = NetBuilder.build("n", spec, t.inputs(), t.outputs());
        Initialiser.initialise(net, seed);
        SplitMix64 rng = new SplitMix64(seed * 31 + 7);
        for (var layer : net.layers()) {
            for (int k = 0; k < layer.W.getNumElements(); k++) layer.W.data[k] *= 1.5;
            for (int k = 0; k < layer.b.getNumElements(); k++) layer.b.data[k] = 2 * rng.nextDouble() - 1;
        }
        return net;
    }

    @ParameterizedTest(name = "{0} {1} l2={2} {3}")
    @MethodSource("cases")
    void gradientsMatchCentralDifferences(Activation f, Loss loss, double l2, String which, OutputKind out)
            throws Exception {
        Table t = table(which);
        for (long seed = 1; seed <= 3; seed++) {
            Net net = randomNet(t, f, out, seed);
            Backprop bp = new Backprop(net, t.rows(), loss, l2, t.rows().size());
            double[][] w = bp.parameters(), g = bp.gradients();
            bp.forward(bp.X, bp.T, false);
            bp.backward(bp.X, bp.T);
            double[][] analytic = new double[g.length][];
            for (int i = 0; i < g.length; i++) analytic[i] = g[i].clone();
            double h = 1e-5;
            for (int i = 0; i < w.length; i++) {
                for (int k = 0; k < w[i].length; k++) {
                    double keep = w[i][k];
                    w[i][k] = keep + h;
                    double up = objective(bp);
                    w[i][k] = keep - h;
                    double down = objective(bp);
                    w[i][k] = keep;
                    double numeric = (up - down) / (2 * h);
                    double a = analytic[i][k];
                    double err = Math.abs(a - numeric) / Math.max(1e-3, Math.abs(a) + Math.abs(numeric));
                    String where = "parameter " + i + "[" + k + "]";
                    assertTrue(err < 1e-6, () -> where + ": backprop " + a + ", finite differences " + numeric
                            + ", relative error " + err);
                }
            }
        }
    }

    /** Mean data loss over the rows plus (l2 / 2) sum W^2: what backward differentiates. */
    private static double objective(Backprop bp) {
        return bp.forward(bp.X, bp.T, false) / bp.rows() + bp.penalty();
    }

    @Test
    void fractionalTargetsAreUsed() throws Exception {
        Net net = randomNet(twoBits(), Activation.TANH, OutputKind.SIGMOID, 1);
        Backprop bp = new Backprop(net, twoBits().rows(), Loss.BCE, 0, 2);
        // 0 -> 00 | 11: each output bit is 1 in half of the targets
        assertEquals(0.5, bp.T.get(0, 0));
        assertEquals(0.5, bp.T.get(0, 1));
    }

    @Test
    void bceOnSoftmaxIsRefused() throws Exception {
        Net net = randomNet(threeStates(), Activation.TANH, OutputKind.SOFTMAX, 1);
        assertThrows(IllegalArgumentException.class, () -> new Backprop(net, threeStates().rows(), Loss.BCE, 0, 4));
    }
}
