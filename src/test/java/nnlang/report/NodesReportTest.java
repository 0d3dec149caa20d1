package nnlang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.List;
import java.util.Map;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.info.Ablation;
import nnlang.info.HiddenLayers;
import nnlang.info.Relations;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import org.junit.jupiter.api.Test;

/** The exact text of the hidden and ablate reports, and the JSON keys programs rely on. */
@SuppressWarnings("unchecked")
class NodesReportTest {
    private static final Table XOR = Generators.generate("xor", "xor", 2);
    private static final Gson GSON = new Gson();

    /** E3: h1 = OR, h2 = NAND, y = AND of them. */
    private static Net two() throws Exception {
        Net two = RecomputeFromShowTest.net("two", InputEncoding.BITS, OutputKind.SIGMOID, XOR,
                List.of(new LayerSpec(2, Activation.SIGMOID)));
        RecomputeFromShowTest.set(two.layer(0), new double[][] {{20, -20}, {20, -20}}, new double[] {-10, 30});
        RecomputeFromShowTest.set(two.layer(1), new double[][] {{20}, {20}}, new double[] {-30});
        return two;
    }

    @Test void hiddenOfTwoOnXor() throws Exception {
        assertEquals("""
                hidden layers of two on xor: 2 bins per node, entropy in bits
                  layer 1: dense 2 sigmoid (idle: share below 0.0500)
                    x       h1      h2  code
                    00  0.0000  1.0000  01
                    01  1.0000  1.0000  11
                    10  1.0000  1.0000  11
                    11  1.0000  0.0000  10
                    node  variants   share  idle  upper half  reads as
                    h1           2  0.5000        01 10 11    OR
                    h2           2  0.5000        00 01 10    NAND
                    H(T) 1.5000  I(T;Y) 1.0000  H(Y) 1.0000  3 codes for 4 inputs
                    the code keeps all of H(Y): y can be read from it
                  output sigmoid reads layer 1 linearly: z = h . w + b
                    x   code        z  top  p(top)  target
                    00  01    -9.9991  0    1.0000  0
                    01  11     9.9982  1    1.0000  1
                    10  11     9.9982  1    1.0000  1
                    11  10    -9.9991  0    1.0000  0
                    4/4 rows right: y is a linear function of the hidden code""",
                TextRenderer.render(HiddenLayers.of(two(), XOR, 2)));
    }

    @Test void ablateNandOfTwoOnXor() throws Exception {
        assertEquals("""
                ablate h2 of two on xor: before -> after in bits, * marks p moved > 0.1
                  h2 is silenced: it sends 0 to the output layer whatever its input
                  (for a sigmoid node 0 is the bottom of its range, not a resting value)
                  x   y  p(y|x)            -p log p             H(Y|x)            top
                  00  0  1.0000 -> 1.0000  0.0001 -> 0.0000     0.0007 -> 0.0000  0
                      1  0.0000 -> 0.0000  0.0007 -> 0.0000
                  01  0  0.0000 -> 1.0000  0.0007 -> 0.0001  *  0.0007 -> 0.0007  1 -> 0
                      1  1.0000 -> 0.0000  0.0001 -> 0.0007  *
                  10  0  0.0000 -> 1.0000  0.0007 -> 0.0001  *  0.0007 -> 0.0007  1 -> 0
                      1  1.0000 -> 0.0000  0.0001 -> 0.0007  *
                  11  0  1.0000 -> 1.0000  0.0001 -> 0.0001     0.0007 -> 0.0007  0
                      1  0.0000 -> 0.0000  0.0007 -> 0.0007
                  H(Y|X) 0.0007 -> 0.0005  CE 0.0001 -> 7.2142  accuracy 4/4 -> 2/4
                  2/4 predictions changed, determined 8 -> 8 of 8 relations
                  4 relations moved by more than 0.1: (01, 0) (01, 1) (10, 0) (10, 1)""",
                TextRenderer.render(Ablation.of(two(), XOR, 0, 1, Relations.EPS)));
    }

    @Test void aNetWithoutHiddenLayers() throws Exception {
        Net lines = RecomputeFromShowTest.net("lines", InputEncoding.BITS, OutputKind.SIGMOID, XOR, List.of());
        HiddenReport r = HiddenLayers.of(lines, XOR, 2);
        assertEquals("hidden layers of lines on xor: lines has no hidden layer; its output reads the input directly",
                TextRenderer.render(r));
        Map<String, Object> json = GSON.fromJson(JsonRenderer.render(r), Map.class);
        assertEquals(List.of(), json.get("layers"));
        assertEquals(null, json.get("readout"));
    }

    /** 64 tanh nodes: no activation grid, one line per node, nothing wider than 80 columns. */
    @Test void aWideLayerIsSummarised() throws Exception {
        Table p4 = Generators.generate("p4", "parity", 4);
        Net wide = RecomputeFromShowTest.random(RecomputeFromShowTest.net("wide", InputEncoding.BITS,
                OutputKind.SIGMOID, p4, List.of(new LayerSpec(64, Activation.TANH))), 3);
        String text = TextRenderer.render(HiddenLayers.of(wide, p4, 2));
        assertTrue(text.contains("\n    64 activation columns and the codes omitted (--json has them)\n"), text);
        assertTrue(text.contains("\n    h64  "), text);
        for (String line : text.split("\n")) assertTrue(line.length() <= 80, line);
        // 64 node lines, 16 readout rows, the rest a handful
        assertTrue(text.split("\n").length < 64 + 16 + 12, text);
        String ablate = TextRenderer.render(Ablation.of(wide, p4, 0, 63, Relations.EPS));
        for (String line : ablate.split("\n")) assertTrue(line.length() <= 80, line);
    }

    @Test void aLayerWithoutWorkSaysSo() throws Exception {
        Net zero = RecomputeFromShowTest.net("zero", InputEncoding.BITS, OutputKind.SIGMOID, XOR,
                List.of(new LayerSpec(2, Activation.TANH)));
        String text = TextRenderer.render(HiddenLayers.of(zero, XOR, 2));
        assertTrue(text.contains("\n" + """
                h1           1  0.5000  idle  -
                h2           1  0.5000  idle  -
                no node of this layer moves the next one: all are idle, shares equal
                H(T) 0.0000  I(T;Y) 0.0000  H(Y) 1.0000  1 code for 4 inputs
                the code loses 1.0000 bits: inputs with different targets share a code
                """.indent(4)), text);
    }

    @Test void hiddenJson() throws Exception {
        Map<String, Object> json = GSON.fromJson(JsonRenderer.render(HiddenLayers.of(two(), XOR, 2)), Map.class);
        assertEquals("hidden", json.get("report"));
        assertEquals("two", json.get("net"));
        assertEquals("xor", json.get("table"));
        assertEquals(2.0, json.get("bins"));
        List<Map<String, Object>> layers = (List<Map<String, Object>>) json.get("layers");
        Map<String, Object> layer = layers.get(0);
        assertEquals(1.0, layer.get("layer"));
        assertEquals(1.5, (double) layer.get("H_T"), 1e-12);
        assertEquals(1.0, (double) layer.get("I_TY"), 1e-12);
        assertEquals(Map.of("00", "01", "01", "11", "10", "11", "11", "10"), layer.get("codes"));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) layer.get("nodes");
        double sum = 0;
        for (Map<String, Object> n : nodes) {
            for (String key : List.of("node", "activations", "variants", "share", "idle", "on", "gate")) {
                assertTrue(n.containsKey(key), key);
            }
            sum += (double) n.get("share");
        }
        assertEquals(1, sum, 1e-12);
        assertEquals("h1", nodes.get(0).get("node"));
        assertEquals("OR", nodes.get(0).get("gate"));
        assertEquals(List.of("01", "10", "11"), nodes.get(0).get("on"));
        assertEquals(2.0, nodes.get(1).get("variants"));
        assertEquals(false, nodes.get(1).get("idle"));
        assertEquals(4, ((Map<String, Object>) nodes.get(1).get("activations")).size());
        Map<String, Object> readout = (Map<String, Object>) json.get("readout");
        assertEquals(4.0, readout.get("correct"));
        assertEquals(4, ((List<Object>) readout.get("rows")).size());
    }

    @Test void ablateJson() throws Exception {
        Map<String, Object> json = GSON.fromJson(JsonRenderer.render(Ablation.of(two(), XOR, 0, 1, Relations.EPS)),
                Map.class);
        assertEquals("ablate", json.get("report"));
        assertEquals("h2", json.get("node"));
        for (String key : List.of("net", "table", "rows", "entropy_before", "entropy_after", "accuracy_before",
                "accuracy_after", "moved", "changed")) {
            assertTrue(json.containsKey(key), key);
        }
        assertEquals(1.0, json.get("accuracy_before"));
        assertEquals(0.5, json.get("accuracy_after"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("rows");
        assertEquals(4, rows.size());
        for (Map<String, Object> row : rows) {
            for (String key : List.of("x", "p_before", "p_after", "entropy_before", "entropy_after")) {
                assertTrue(row.containsKey(key), key);
            }
        }
        assertEquals("1", rows.get(1).get("top_before"));
        assertEquals("0", rows.get(1).get("top_after"));
        assertEquals(4, ((List<Object>) json.get("moved")).size());
    }

    @Test void toStringIsTheText() throws Exception {
        HiddenReport h = HiddenLayers.of(two(), XOR, 2);
        assertEquals(TextRenderer.render(h), h.toString());
        AblationReport a = Ablation.of(two(), XOR, 0, 0, Relations.EPS);
        assertEquals(TextRenderer.render(a), a.toString());
    }

    @Test void manyOutputStatesListOnlyTheLikelyOnes() throws Exception {
        Table id5 = Generators.generate("id5", "identity", 5);
        Net net = RecomputeFromShowTest.random(RecomputeFromShowTest.net("id", InputEncoding.BITS, OutputKind.SIGMOID,
                id5, List.of(new LayerSpec(3, Activation.TANH))), 4);
        String text = TextRenderer.render(Ablation.of(net, id5, 0, 0, Relations.EPS));
        assertTrue(text.contains(" more with p < 0.001, together "), text);
        String hidden = TextRenderer.render(HiddenLayers.of(net, id5, 2));
        assertTrue(hidden.contains("5 z columns omitted"), hidden);
    }
}
