package nnlang.info;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nnlang.data.CodingException;
import nnlang.data.Entropy;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.model.Activation;
import nnlang.model.Layer;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.report.AblationReport;
import nnlang.report.RelationsReport;
import org.junit.jupiter.api.Test;

/** Silencing a node, against the same net recomputed by hand with that node's output replaced by 0. */
class AblationTest {
    private static final double TOL = 1e-12;
    private static final Table XOR = HiddenLayersTest.XOR;

    @Test void silencingNandBreaksXor() throws CodingException {
        Net net = HiddenLayersTest.xorNet();
        double[] before = net.layer(1).W.data.clone();
        AblationReport r = Ablation.of(net, XOR, 0, 1, Relations.EPS);
        assertEquals("h2", r.node());
        assertTrue(r.intoOutput());
        assertArrayEquals(before, net.layer(1).W.data, "the net itself is not changed");
        assertEquals(1, r.before().accuracy(), TOL);
        // without h2, y = sigmoid(20 OR - 30): 0 everywhere, so 01 and 10 turn wrong
        assertEquals(0.5, r.after().accuracy(), TOL);
        assertEquals(2, r.changed());
        // H(Y|X) after, recomputed: s = sigmoid(20 h1 - 30), h1 = sigmoid(20 x1 + 20 x2 - 10)
        double h = 0;
        for (int x = 0; x < 4; x++) {
            double h1 = sigmoid(20 * (x >> 1) + 20 * (x & 1) - 10);
            double s = sigmoid(20 * h1 - 30);
            double hx = Entropy.term(s) + Entropy.term(1 - s);
            assertEquals(hx, r.after().rows().get(x).entropy(), TOL);
            assertEquals(s, r.after().rows().get(x).p(1), TOL);
            h += hx / 4;
        }
        assertEquals(h, r.after().entropy(), TOL);
        assertEquals(Relations.of(net, XOR).entropy(), r.before().entropy(), 0);
        List<AblationReport.Moved> moved = r.moved();
        assertEquals(4, moved.size());
        assertEquals(new AblationReport.Moved("01", "0", r.before().rows().get(1).p(0), r.after().rows().get(1).p(0)),
                moved.get(0));
        assertEquals("10", moved.get(3).x());
    }

    /** In a net with two hidden layers, the silenced node's value never reaches the second one. */
    @Test void silencingANodeOfTheFirstOfTwoLayers() throws CodingException {
        Table p3 = Generators.generate("p3", "parity", 3);
        Net net = HiddenLayersTest.random(HiddenLayersTest.net(p3, InputEncoding.BITS, OutputKind.SIGMOID,
                new LayerSpec(3, Activation.TANH), new LayerSpec(2, Activation.SIGMOID)), new Random(5));
        AblationReport r = Ablation.of(net, p3, 0, 2, Relations.EPS);
        assertEquals("h1_3", r.node());
        assertFalse(r.intoOutput());
        for (int x = 0; x < 8; x++) {
            // the forward pass by hand, with the node's activation replaced by 0
            double[] a = net.layer(0).forward(net.encode(x));
            a[2] = 0;
            double[] p = new double[2];
            net.output().probabilities(net.layer(2).forward(net.layer(1).forward(a)), p);
            RelationsReport.Row row = r.after().rows().get(x);
            assertEquals(p[1], row.p(1), TOL);
            assertEquals(Entropy.of(p, 2), row.entropy(), TOL);
        }
    }

    @Test void silencingAnIdleNodeMovesNothing() throws CodingException {
        Net net = HiddenLayersTest.net(XOR, InputEncoding.BITS, OutputKind.SIGMOID, new LayerSpec(3, Activation.SIGMOID));
        HiddenLayersTest.set(net.layer(0), new double[][] {{20, -20, 1}, {20, -20, 1}}, new double[] {-10, 30, 0});
        HiddenLayersTest.set(net.layer(1), new double[][] {{20}, {20}, {0}}, new double[] {-30});
        AblationReport r = Ablation.of(net, XOR, 0, 2, Relations.EPS);
        assertEquals(r.before(), r.after());
        assertEquals(List.of(), r.moved());
        assertEquals(0, r.changed());
    }

    @Test void refusesNodesThatAreNotThere() throws CodingException {
        Net net = HiddenLayersTest.xorNet();
        assertThrows(IllegalArgumentException.class, () -> Ablation.of(net, XOR, 0, 2, Relations.EPS));
        assertThrows(IllegalArgumentException.class, () -> Ablation.of(net, XOR, 1, 0, Relations.EPS));
        assertThrows(IllegalArgumentException.class, () -> Ablation.of(net, XOR, -1, 0, Relations.EPS));
    }

    /** The silenced copy differs from the net in exactly the node's row of the next layer's W. */
    @Test void silenceZeroesOneRow() throws CodingException {
        Net net = HiddenLayersTest.random(HiddenLayersTest.net(XOR, InputEncoding.BITS, OutputKind.SIGMOID,
                new LayerSpec(3, Activation.TANH)), new Random(2));
        Net quiet = Ablation.silence(net, 0, 1);
        Layer a = net.layer(1), b = quiet.layer(1);
        for (int i = 0; i < a.inputs(); i++) {
            assertEquals(i == 1 ? 0 : a.W.get(i, 0), b.W.get(i, 0), 0);
        }
        assertArrayEquals(a.b.data, b.b.data);
        assertArrayEquals(net.layer(0).W.data, quiet.layer(0).W.data);
    }

    private static double sigmoid(double z) { return 1 / (1 + Math.exp(-z)); }
}
