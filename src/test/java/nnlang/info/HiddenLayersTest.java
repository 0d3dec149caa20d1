package nnlang.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nnlang.data.CodingException;
import nnlang.data.Entropy;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Activation;
import nnlang.model.Layer;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import nnlang.report.HiddenReport;
import org.junit.jupiter.api.Test;

/** The hidden report against hand-set nets whose hidden nodes are known gates (essay E3, E4). */
class HiddenLayersTest {
    private static final double TOL = 1e-12;
    static final Table XOR = Generators.generate("xor", "xor", 2);

    /** E3: h1 = OR, h2 = NAND, y = AND of them, with weights of 20 so that every node is nearly 0 or 1. */
    static Net xorNet() throws CodingException {
        Net net = net(XOR, InputEncoding.BITS, OutputKind.SIGMOID, new LayerSpec(2, Activation.SIGMOID));
        set(net.layer(0), new double[][] {{20, -20}, {20, -20}}, new double[] {-10, 30});
        set(net.layer(1), new double[][] {{20}, {20}}, new double[] {-30});
        return net;
    }

    @Test void xorNetReadsAsOrAndNand() throws CodingException {
        HiddenReport r = HiddenLayers.of(xorNet(), XOR, 2);
        assertEquals(List.of("00", "01", "10", "11"), r.inputs());
        HiddenReport.Layer l = r.layers().get(0);
        HiddenReport.Node h1 = l.nodes().get(0), h2 = l.nodes().get(1);
        assertEquals("h1", h1.name());
        assertEquals("h2", h2.name());
        assertEquals("OR", h1.gate());
        assertEquals("NAND", h2.gate());
        assertEquals(List.of("01", "10", "11"), h1.on());
        assertEquals(List.of("00", "01", "10"), h2.on());
        assertEquals(2, h1.variants());
        assertEquals(2, h2.variants());
        assertEquals(0.5, h1.share(), TOL);
        assertEquals(0.5, h2.share(), TOL);
        assertEquals(0, l.idle());
        assertEquals(20, h1.outgoing(), TOL);
        // the activations are the sigmoid of 20 x1 + 20 x2 - 10 and of -20 x1 - 20 x2 + 30
        assertEquals(sigmoid(-10), h1.activation(0), TOL);
        assertEquals(sigmoid(10), h2.activation(2), TOL);
        // codes 01, 11, 11, 10: p(T) = 1/4, 1/2, 1/4, so H(T) = 1.5 bits, and T determines y
        assertEquals(List.of("01", "11", "11", "10"), l.codes());
        assertEquals(3, l.distinct());
        assertEquals(1.5, l.hT(), TOL);
        assertEquals(1, l.iTY(), TOL);
        assertEquals(1, r.hY(), TOL);
        assertEquals(4, r.readout().correct());
        // the readout's z is the output layer's pre-activation: 20 h1 + 20 h2 - 30
        assertEquals(20 * h1.activation(1) + 20 * h2.activation(1) - 30, r.readout().rows().get(1).z(0), TOL);
    }

    @Test void twoConstantNodesOfFourAreIdleWithOneVariant() throws CodingException {
        Net net = net(XOR, InputEncoding.BITS, OutputKind.SIGMOID, new LayerSpec(4, Activation.SIGMOID));
        // h3 and h4 have all incoming weights and biases 0: a constant 1/2 whatever the input
        set(net.layer(0), new double[][] {{20, -20, 0, 0}, {20, -20, 0, 0}}, new double[] {-10, 30, 0, 0});
        set(net.layer(1), new double[][] {{20}, {20}, {5}, {-5}}, new double[] {-30});
        HiddenReport.Layer l = HiddenLayers.of(net, XOR, 2).layers().get(0);
        assertEquals(2, l.idle());
        for (int j = 2; j < 4; j++) {
            HiddenReport.Node n = l.nodes().get(j);
            assertTrue(n.idle(), n.name());
            assertEquals(1, n.variants());
            assertEquals(0, n.share(), TOL);
            assertEquals(List.of(), n.on());
            assertNull(n.gate());
        }
        assertEquals(0.5, l.nodes().get(0).share(), TOL);
        assertFalse(l.nodes().get(1).idle());
        assertEquals(0.1 / 4, l.idleBelow(), TOL);
        assertEquals(List.of("0100", "1100", "1100", "1000"), l.codes());
    }

    @Test void aLayerThatDoesNoWorkIsIdleWithEqualShares() throws CodingException {
        Net net = net(XOR, InputEncoding.BITS, OutputKind.SIGMOID, new LayerSpec(3, Activation.TANH));
        HiddenReport.Layer l = HiddenLayers.of(net, XOR, 2).layers().get(0);
        for (HiddenReport.Node n : l.nodes()) {
            assertEquals(1.0 / 3, n.share(), TOL);
            assertTrue(n.idle());
            assertEquals(1, n.variants());
        }
        assertEquals(0, l.hT(), TOL);
        assertEquals(0, l.iTY(), TOL);
    }

    @Test void variantsCountTheBinsOfTheRange() throws CodingException {
        // scalar input 0, 1, 2 into one linear node with w 1: activations 0, 1, 2 over [0, 2]
        Table t = Table.of("three", List.of(row("a", "0"), row("b", "1"), row("c", "0")));
        Net net = net(t, InputEncoding.SCALAR, OutputKind.SIGMOID, new LayerSpec(1, Activation.LINEAR));
        net.layer(0).W.data[0] = 1;
        net.layer(1).W.data[0] = 1;
        // B = 2: bins 0, 1, 1 (the midpoint opens the upper bin); B = 3: 0, 1, 2; B = 4: 0, 2, 3
        assertEquals(2, HiddenLayers.of(net, t, 2).layers().get(0).nodes().get(0).variants());
        assertEquals(List.of("0", "1", "1"), HiddenLayers.of(net, t, 2).layers().get(0).codes());
        assertEquals(3, HiddenLayers.of(net, t, 3).layers().get(0).nodes().get(0).variants());
        assertEquals(List.of("0", "2", "3"), HiddenLayers.of(net, t, 4).layers().get(0).codes());
        assertEquals(List.of("0", "5", "10"), HiddenLayers.of(net, t, 11).layers().get(0).codes());
        assertThrows(IllegalArgumentException.class, () -> HiddenLayers.of(net, t, 1));
    }

    @Test void informationOfANonFunctionStopsAtItsFloor() {
        // inverse xor: 0 -> 00|11, 1 -> 01|10; H(Y) = 2 bits, floor 1 bit
        Table inv = Generators.inverse("inv", XOR);
        assertEquals(2, HiddenLayers.outputEntropy(inv), TOL);
        assertEquals(1, HiddenLayers.information(List.of("0", "1"), inv), TOL);
        assertEquals(0, HiddenLayers.information(List.of("0", "0"), inv), TOL);
        assertEquals(1, HiddenLayers.codeEntropy(List.of("0", "1")), TOL);
    }

    @Test void informationAgainstItsDefinition() {
        // parity(3) with a code that keeps the first bit only: each code holds 2 even and 2 odd
        // rows, so H(Y|T) = 1 and I = 0; a code that keeps all three bits gives I = H(Y) = 1
        Table p3 = Generators.generate("p3", "parity", 3);
        List<String> first = new ArrayList<>(), all = new ArrayList<>(), parity = new ArrayList<>();
        for (Row r : p3.rows()) {
            first.add(r.x().substring(0, 1));
            all.add(r.x());
            parity.add(r.targets().get(0).equals("1") ? "a" : "b");
        }
        assertEquals(0, HiddenLayers.information(first, p3), TOL);
        assertEquals(1, HiddenLayers.information(all, p3), TOL);
        assertEquals(3, HiddenLayers.codeEntropy(all), TOL);
        assertEquals(1, HiddenLayers.information(parity, p3), TOL);
    }

    /** Over random nets of random shapes: shares sum to 1, and every measure stays in its range. */
    @Test void sharesSumToOneOnRandomNets() throws CodingException {
        Random rng = new Random(11);
        Table[] tables = {XOR, Generators.generate("p3", "parity", 3), Generators.inverse("inv", XOR)};
        Activation[] acts = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
                Activation.LINEAR};
        for (int trial = 0; trial < 300; trial++) {
            Table t = tables[trial % tables.length];
            LayerSpec[] hidden = new LayerSpec[1 + rng.nextInt(3)];
            for (int l = 0; l < hidden.length; l++) hidden[l] = new LayerSpec(1 + rng.nextInt(7), acts[rng.nextInt(acts.length)]);
            Net net = random(net(t, InputEncoding.BITS, OutputKind.SIGMOID, hidden), rng);
            int bins = 2 + rng.nextInt(4);
            HiddenReport r = HiddenLayers.of(net, t, bins);
            assertEquals(hidden.length, r.layers().size());
            for (HiddenReport.Layer l : r.layers()) {
                double sum = 0, work = 0;
                for (HiddenReport.Node n : l.nodes()) work += n.spread() * n.outgoing();
                for (HiddenReport.Node n : l.nodes()) {
                    sum += n.share();
                    assertTrue(n.share() >= 0 && n.variants() >= 1 && n.variants() <= bins, n.toString());
                    assertEquals(work == 0 || n.share() < l.idleBelow(), n.idle(), n.toString());
                    if (work > 0) assertEquals(n.spread() * n.outgoing() / work, n.share(), 1e-12);
                }
                assertEquals(1, sum, 1e-9, "trial " + trial);
                assertTrue(l.hT() <= Entropy.log2(t.rows().size()) + 1e-9);
                assertTrue(l.iTY() >= -1e-9 && l.iTY() <= Math.min(l.hT(), r.hY() - r.floor()) + 1e-9,
                        "I(T;Y) " + l.iTY());
            }
        }
    }

    @Test void gatesOfTwoBitsAndOfCopies() {
        assertEquals("OR", Gates.name(XOR, on(0, 1, 1, 1)));
        assertEquals("AND", Gates.name(XOR, on(0, 0, 0, 1)));
        assertEquals("NAND", Gates.name(XOR, on(1, 1, 1, 0)));
        assertEquals("NOR", Gates.name(XOR, on(1, 0, 0, 0)));
        assertEquals("XOR", Gates.name(XOR, on(0, 1, 1, 0)));
        assertEquals("XNOR", Gates.name(XOR, on(1, 0, 0, 1)));
        assertEquals("x1", Gates.name(XOR, on(0, 0, 1, 1)));
        assertEquals("not x2", Gates.name(XOR, on(1, 0, 1, 0)));
        assertEquals("x2 and not x1", Gates.name(XOR, on(0, 1, 0, 0)));
        assertEquals("x1 or not x2", Gates.name(XOR, on(1, 0, 1, 1)));
        Table and3 = Generators.generate("and3", "and", 3);
        assertEquals("AND", Gates.name(and3, on(0, 0, 0, 0, 0, 0, 0, 1)));
        assertEquals("x3", Gates.name(and3, on(0, 1, 0, 1, 0, 1, 0, 1)));
        assertNull(Gates.name(and3, on(1, 1, 0, 0, 0, 0, 0, 1)));
        // a table that lacks a row names no gate
        assertNull(Gates.name(XOR.restrictedTo(List.of("00", "01", "10")), on(0, 1, 1)));
    }

    private static boolean[] on(int... bits) {
        boolean[] on = new boolean[bits.length];
        for (int i = 0; i < bits.length; i++) on[i] = bits[i] == 1;
        return on;
    }

    private static double sigmoid(double z) { return 1 / (1 + Math.exp(-z)); }

    static Row row(String x, String y) { return new Row(x, List.of(y)); }

    static Net net(Table t, InputEncoding in, OutputKind out, LayerSpec... hidden) throws CodingException {
        return NetBuilder.build("net", new NetSpec(in, null, List.of(hidden), out, null), t.inputs(), t.outputs());
    }

    static void set(Layer l, double[][] w, double[] b) {
        for (int i = 0; i < w.length; i++) System.arraycopy(w[i], 0, l.W.data, i * l.nodes(), l.nodes());
        System.arraycopy(b, 0, l.b.data, 0, b.length);
    }

    /** Weights and biases uniform in (-3, 3), some rows of W zero so that idle nodes occur. */
    static Net random(Net net, Random rng) {
        for (Layer l : net.layers()) {
            for (int k = 0; k < l.W.data.length; k++) l.W.data[k] = rng.nextInt(5) == 0 ? 0 : 6 * rng.nextDouble() - 3;
            for (int k = 0; k < l.b.data.length; k++) l.b.data[k] = 6 * rng.nextDouble() - 3;
        }
        return net;
    }
}
