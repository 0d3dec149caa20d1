package nnlang.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nnlang.data.CodingException;
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
import nnlang.report.RelationsReport;
import org.junit.jupiter.api.Test;

/** Entropy per relation against its definition (DESIGN.md section 2) on cases worked by hand. */
class RelationsTest {
    private static final double TOL = 1e-12;
    private static final Table XOR = Generators.generate("xor", "xor", 2);
    private static final Table INV = Generators.inverse("inv", XOR);

    @Test void halfEverywhereIsOneBitPerRowAndEveryRowATie() throws CodingException {
        // no hidden layer, all weights zero: s = 1/2 for every input
        RelationsReport r = Relations.of(net(XOR, List.of(), OutputKind.SIGMOID), XOR);
        for (RelationsReport.Row row : r.rows()) {
            assertEquals(0.5, row.p(0), TOL);
            assertEquals(0.5, row.p(1), TOL);
            assertEquals(1, row.entropy(), TOL);
            assertEquals(1, row.crossEntropy(), TOL);
            assertTrue(row.tie());
            assertFalse(row.correct());
            assertEquals(-1, row.top());
            assertEquals(0, row.determined());
        }
        assertEquals(1, r.entropy(), TOL);
        assertEquals(0, r.floor(), TOL);
        assertEquals(0, r.accuracy(), TOL);
        assertEquals(4, r.ties());
        assertEquals(0, r.determined());
        assertEquals(8, r.relations());
    }

    @Test void oneQuarterThreeQuartersByHand() throws CodingException {
        // bias ln 3, weights 0: s = 3/4 = p(1) for every input
        Net net = net(XOR, List.of(), OutputKind.SIGMOID);
        net.layer(0).b.data[0] = Math.log(3);
        RelationsReport r = Relations.of(net, XOR);
        double h = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25)) / Math.log(2);  // 0.8113 bits
        for (RelationsReport.Row row : r.rows()) {
            assertEquals(0.75, row.p(1), TOL);
            assertEquals(h, row.entropy(), TOL);
            // CE: -log2 3/4 on rows with target 1, -log2 1/4 = 2 on rows with target 0
            assertEquals(row.targets().get(0).equals("1") ? 2 - Math.log(3) / Math.log(2) : 2, row.crossEntropy(), TOL);
            assertEquals(row.targets().get(0).equals("1"), row.correct());
        }
        assertEquals(h, r.entropy(), TOL);
        assertEquals((2 + 2 - Math.log(3) / Math.log(2)) / 2, r.crossEntropy(), TOL);
        assertEquals(0.5, r.accuracy(), TOL);
        assertEquals(0, r.ties());
    }

    @Test void inverseXorHasAFloorOfOneBit() throws CodingException {
        RelationsReport r = Relations.of(net(INV, List.of(new LayerSpec(4, Activation.TANH)), OutputKind.SIGMOID), INV);
        assertEquals(1, r.floor(), TOL);
        assertEquals(4, r.outputs().size());
        for (RelationsReport.Row row : r.rows()) assertEquals(1, row.floor(), TOL);
        // all weights zero: every 2-bit state has p = 1/4, so H = CE = 2 bits, one above the floor
        assertEquals(2, r.entropy(), TOL);
        assertEquals(2, r.crossEntropy(), TOL);
    }

    @Test void crossEntropyOfANonFunctionNeverGoesBelowItsFloor() throws CodingException {
        Table pets = Table.of("pets", List.of(new Row("dog", List.of("bark")), new Row("cat", List.of("meow")),
                new Row("cow", List.of("moo", "bark", "meow"))));
        for (long seed = 0; seed < 50; seed++) {
            for (Table t : List.of(INV, pets)) {
                OutputKind out = t == INV ? OutputKind.SIGMOID : OutputKind.SOFTMAX;
                Net net = random(net(t, List.of(new LayerSpec(3, Activation.TANH)), out), seed);
                RelationsReport r = Relations.of(net, t);
                assertTrue(r.crossEntropy() - r.floor() >= -TOL, "seed " + seed);
                for (RelationsReport.Row row : r.rows()) assertTrue(row.crossEntropy() >= row.floor() - TOL);
            }
        }
    }

    @Test void aTargetWithProbabilityZeroHasInfiniteCrossEntropy() throws CodingException {
        Net net = net(XOR, List.of(), OutputKind.SIGMOID);
        net.layer(0).b.data[0] = -1000;  // s underflows to exactly 0
        RelationsReport r = Relations.of(net, XOR);
        assertEquals(0, r.rows().get(1).p(1));
        assertEquals(Double.POSITIVE_INFINITY, r.rows().get(1).crossEntropy());
        assertEquals(0, r.rows().get(0).crossEntropy(), TOL);
        assertEquals(Double.POSITIVE_INFINITY, r.crossEntropy());
        assertEquals(0, r.entropy(), TOL);
        assertEquals(8, r.determined());
        assertEquals(4, r.determinedRows());
    }

    @Test void determinedMeansWithinEpsOfZeroOrOne() throws CodingException {
        Net net = net(XOR, List.of(), OutputKind.SIGMOID);
        net.layer(0).b.data[0] = Math.log(0.995 / 0.005);  // s = 0.995
        assertEquals(8, Relations.of(net, XOR, 0.01).determined());
        assertEquals(0, Relations.of(net, XOR, 0.001).determined());
    }

    @Test void topProbabilitiesWithin1e12AreATie() {
        assertEquals(-1, Relations.top(new double[] {0.5 + 4e-13, 0.5 - 4e-13}));
        assertEquals(0, Relations.top(new double[] {0.5 + 1e-9, 0.5 - 1e-9}));
        assertEquals(2, Relations.top(new double[] {0.2, 0.3, 0.5}));
        assertEquals(-1, Relations.top(new double[] {0.2, 0.4, 0.4}));
        assertEquals(-1, Relations.top(new double[] {Double.NaN, 0.5}));
    }

    @Test void aThousandRowsAreQuick() throws CodingException {
        Table p10 = Generators.generate("p10", "parity", 10);
        Net net = random(net(p10, List.of(new LayerSpec(16, Activation.TANH)), OutputKind.SIGMOID), 1);
        // this thread's CPU time, not the wall clock: the same however busy the machine is
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = mx.getCurrentThreadCpuTime();
        RelationsReport r = Relations.of(net, p10);
        String text = nnlang.report.TextRenderer.render(r);
        String json = nnlang.report.JsonRenderer.render(r);
        long cpu = mx.getCurrentThreadCpuTime() - t;
        assertEquals(1024, r.rows().size());
        assertEquals(1 + 1 + 2048 + 2, text.split("\n").length);
        assertFalse(json.contains("\n"));
        assertTrue(cpu < 5_000_000_000L, cpu / 1e9 + " s of CPU");
    }

    private static Net net(Table t, List<LayerSpec> hidden, OutputKind out) throws CodingException {
        return NetBuilder.build("n", new NetSpec(InputEncoding.BITS, null, hidden, out, null), t.inputs(), t.outputs());
    }

    private static Net random(Net net, long seed) {
        Random rng = new Random(seed);
        for (Layer l : net.layers()) {
            for (int k = 0; k < l.W.data.length; k++) l.W.data[k] = 8 * rng.nextDouble() - 4;
            for (int k = 0; k < l.b.data.length; k++) l.b.data[k] = 8 * rng.nextDouble() - 4;
        }
        return net;
    }
}
