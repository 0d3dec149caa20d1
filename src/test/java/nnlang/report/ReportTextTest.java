package nnlang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.List;
import java.util.Map;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.info.TableInfo;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.train.History;
import nnlang.train.Progress;
import nnlang.train.StopReason;
import nnlang.train.TrainResult;
import org.junit.jupiter.api.Test;

/** The exact text people read, and the JSON keys programs rely on. */
@SuppressWarnings("unchecked")
class ReportTextTest {
    private static final Table XOR = Generators.generate("xor", "xor", 2);
    private static final Gson GSON = new Gson();

    /** h1 ~ OR, h2 ~ NAND, y ~ AND of them: a 2-2-1 net that nearly has XOR. */
    private static Net two() throws Exception {
        Net two = RecomputeFromShowTest.net("two", InputEncoding.BITS, OutputKind.SIGMOID, XOR,
                List.of(new LayerSpec(2, Activation.SIGMOID)));
        RecomputeFromShowTest.set(two.layer(0), new double[][] {{7, -6}, {7, -6}}, new double[] {-3.5, 9});
        RecomputeFromShowTest.set(two.layer(1), new double[][] {{11}, {11}}, new double[] {-16});
        return two;
    }

    /** onehot straight to softmax: dog sure of bark, cat undecided, cow torn between its two targets. */
    private static Net pet() throws Exception {
        Net pet = RecomputeFromShowTest.net("pet", InputEncoding.ONEHOT, OutputKind.SOFTMAX,
                RecomputeFromShowTest.pets(), List.of());
        RecomputeFromShowTest.set(pet.layer(0), new double[][] {{4, 0, 0}, {0, 0, 0}, {2, 0, 2}}, new double[3]);
        return pet;
    }

    @Test void relationsOfTwoOnXor() throws Exception {
        assertEquals("""
                relations of two on xor: entropy in bits, ? marks p between 0.01 and 0.99
                  x   y  p(y|x)  -p log p     target  top  H(Y|x)      CE  floor
                  00  0  0.9908    0.0132     0       0    0.0755  0.0133  0
                      1  0.0092    0.0622
                  01  0  0.0057    0.0427     1       1    0.0509  0.0083  0
                      1  0.9943    0.0082
                  10  0  0.0057    0.0427     1       1    0.0509  0.0083  0
                      1  0.9943    0.0082
                  11  0  0.9888    0.0161  ?  0       0    0.0888  0.0163  0
                      1  0.0112    0.0727  ?
                  H(Y|X) 0.0665  CE 0.0116  floor 0  accuracy 4/4
                  determined 6/8 relations, 3/4 rows""", TextRenderer.render(Relations.of(two(), XOR)));
    }

    @Test void relationsOfANonFunctionWithTies() throws Exception {
        assertEquals("""
                relations of pet on pets: entropy in bits, ? marks p between 0.01 and 0.99
                  x    y     p(y|x)  -p log p     targets   top   H(Y|x)      CE  floor
                  dog  bark  0.9647    0.0501  ?  bark      bark  0.2558  0.0519  0
                       meow  0.0177    0.1029  ?
                       moo   0.0177    0.1029  ?
                  cat  bark  0.3333    0.5283  ?  meow      tie   1.5850  1.5850  0
                       meow  0.3333    0.5283  ?
                       moo   0.3333    0.5283  ?
                  cow  bark  0.4683    0.5125  ?  bark|moo  tie   1.2773  1.0945  1
                       meow  0.0634    0.2522  ?
                       moo   0.4683    0.5125  ?
                  H(Y|X) 1.0394  CE 0.9104  floor 0.3333  accuracy 1/3 (2 ties)
                  determined 0/9 relations, 0/3 rows""",
                TextRenderer.render(Relations.of(pet(), RecomputeFromShowTest.pets())));
    }

    @Test void largeOutputSpacesListOnlyTargetsAndLikelyStates() throws Exception {
        Table id = Generators.generate("id5", "identity", 5);
        Net copy = RecomputeFromShowTest.net("copy", InputEncoding.BITS, OutputKind.SIGMOID, id, List.of());
        for (int i = 0; i < 5; i++) {
            copy.layer(0).W.data[i * 5 + i] = 8;
            copy.layer(0).b.data[i] = -4;
        }
        assertEquals("""
                relations of copy on id5: entropy in bits, ? marks p between 0.01 and 0.99
                  x      y      p(y|x)  -p log p     target  top    H(Y|x)      CE  floor
                  00000  00000  0.9132    0.1196  ?  00000   00000  0.6499  0.1309  0
                         00001  0.0167    0.0987  ?
                         00010  0.0167    0.0987  ?
                         00100  0.0167    0.0987  ?
                         01000  0.0167    0.0987  ?
                         10000  0.0167    0.0987  ?
                         + 26 more with p < 0.001, together 0.0031
                  10110  00110  0.0167    0.0987  ?  10110   10110  0.6499  0.1309  0
                         10010  0.0167    0.0987  ?
                         10100  0.0167    0.0987  ?
                         10110  0.9132    0.1196  ?
                         10111  0.0167    0.0987  ?
                         11110  0.0167    0.0987  ?
                         + 26 more with p < 0.001, together 0.0031
                  H(Y|X) 0.6499  CE 0.1309  floor 0  accuracy 2/2
                  determined 52/64 relations, 0/2 rows""",
                TextRenderer.render(Relations.of(copy, id.restrictedTo(List.of("00000", "10110")))));
        // JSON keeps every state: programs get all 32 probabilities
        Map<String, Object> json = GSON.fromJson(JsonRenderer.render(Relations.of(copy, id)), Map.class);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("rows");
        assertEquals(32, ((Map<?, ?>) rows.get(0).get("p")).size());
    }

    @Test void infoOfXorAndOfItsInverse() {
        assertEquals("""
                info xor
                  inputs     |X| = 4: {00, 01, 10, 11}
                  outputs    |Y| = 2: {0, 1}
                  relations  8 = |X| * |Y|
                  rows       4
                  function   yes
                  floor      0 bits
                  k^n        2^2 = 4: one hidden node per input variant in the worst case""",
                TextRenderer.render(TableInfo.of(XOR)));
        assertEquals("""
                info back
                  inputs     |X| = 2: {0, 1}
                  outputs    |Y| = 4: {00, 01, 10, 11}
                  relations  8 = |X| * |Y|
                  rows       2
                  function   no, 2 inputs have several targets: 0 -> 00|11, 1 -> 01|10
                  floor      1 bit
                  k^n        2^1 = 2: one hidden node per input variant in the worst case""",
                TextRenderer.render(TableInfo.of(Generators.inverse("back", XOR))));
    }

    @Test void showAndPredict() throws Exception {
        assertEquals("""
                net two = bits 2 -> 2 sigmoid -> sigmoid 1 (9 parameters)
                  input   bits, 2 nodes: {00, 01, 10, 11}
                  output  sigmoid, 1 node: {0, 1}
                  dense 2 sigmoid {
                    w [[ 7.0000, -6.0000],
                       [ 7.0000, -6.0000]]
                    b  [-3.5000,  9.0000]
                  }
                  output sigmoid { w [[11.0000], [11.0000]]  b [-16.0000] }""",
                TextRenderer.render(ShowReport.of(two())));
        assertEquals("""
                predict two 01: 1 (p 0.9943)
                  y  p(y|x)
                  0  0.0057
                  1  0.9943  top""", TextRenderer.render(Relations.predict(two(), "01")));
        assertEquals("""
                predict pet cow: a tie between bark and moo (p 0.4683 each)
                  y     p(y|x)
                  bark  0.4683  tie
                  meow  0.0634
                  moo   0.4683  tie""", TextRenderer.render(Relations.predict(pet(), "cow")));
    }

    @Test void oneLineReports() throws Exception {
        RelationsReport after = Relations.of(two(), XOR);
        History none = new History(new int[0], new double[0], new double[0]);
        assertEquals("trained two on xor: 5000 epochs (epochs done), loss 0.0123, H(Y|X) 0.0665 bits, floor 0, "
                + "accuracy 4/4, 0.12 s", TextRenderer.render(new TrainReport("two", "xor",
                new TrainResult(5000, StopReason.EPOCHS, 0.0123, 0.0665, 120_000_000L, none), 5000, after)));
        assertEquals("trained two on xor: 1234 of 5000 epochs (until condition met), loss 0.0123, H(Y|X) 0.0665 "
                + "bits, floor 0, accuracy 4/4, 0.12 s", TextRenderer.render(new TrainReport("two", "xor",
                new TrainResult(1234, StopReason.UNTIL, 0.0123, 0.0665, 120_000_000L, none), 5000, after)));
        assertEquals("trained two on xor: diverged at epoch 18; try a smaller lr; loss 0.7000, H(Y|X) 0.0665 bits, "
                + "floor 0, accuracy 4/4, 0.00 s", TextRenderer.render(new TrainReport("two", "xor",
                new TrainResult(17, StopReason.DIVERGED, 0.7, 0.0665, 3_000_000L, none), 5000, after)));
        assertEquals("expect accuracy of two on xor >= 1: ok (1)",
                TextRenderer.render(new ExpectReport("accuracy of two on xor >= 1", true, 1)));
        assertEquals("expect accuracy of two on xor >= 1: FAILED (actual 0.5)",
                TextRenderer.render(new ExpectReport("accuracy of two on xor >= 1", false, 0.5)));
        assertEquals("XOR needs a hidden layer", TextRenderer.render(new PrintReport("XOR needs a hidden layer")));
        assertEquals("two: epoch 1000/5000, loss 0.1234, H(Y|X) 0.2345 bits, 0.12 s",
                TextRenderer.render(new ProgressReport("two", new Progress(1000, 5000, 0.1234, 0.2345, 120_000_000L))));
    }

    @Test void jsonHasTheKeysOfDesignSection3OnOneLine() throws Exception {
        RelationsReport rel = Relations.of(two(), XOR);
        History none = new History(new int[0], new double[0], new double[0]);
        List<Report> reports = List.of(rel, ShowReport.of(two()), Relations.predict(two(), "11"), TableInfo.of(XOR),
                new TrainReport("two", "xor", new TrainResult(10, StopReason.INTERRUPTED, 0.3, 0.1, 5, none), 50, rel),
                new ExpectReport("entropy of two on xor <= 0.05", false, 0.0665), new PrintReport("hi \"there\""),
                new ProgressReport("two", new Progress(1, 2, 0.5, 0.25, 1_000_000)));
        Map<String, List<String>> keys = Map.of(
                "relations", List.of("net", "table", "unit", "outputs", "output", "rows", "entropy", "cross_entropy",
                        "floor", "accuracy", "determined", "relations", "eps"),
                "show", List.of("net", "input", "output", "params", "layers"),
                "predict", List.of("net", "x", "input", "p", "top"),
                "info", List.of("inputs", "outputs", "relations", "rows", "function", "floor", "factors",
                        "states_per_factor", "worst_case_width"),
                "train", List.of("net", "table", "epochs", "epochs_asked", "stopped", "loss", "entropy", "floor",
                        "accuracy", "seconds"),
                "expect", List.of("text", "passed", "actual"),
                "print", List.of("text"),
                "progress", List.of("net", "epoch", "epochs", "loss", "entropy", "seconds"));
        for (Report r : reports) {
            String json = JsonRenderer.render(r);
            assertFalse(json.contains("\n"), json);
            Map<String, Object> m = GSON.fromJson(json, Map.class);
            assertEquals(r.kind(), m.get("report"));
            for (String k : keys.get(r.kind())) assertTrue(m.containsKey(k), r.kind() + " lacks " + k);
        }
        Map<String, Object> row = ((List<Map<String, Object>>) GSON.fromJson(JsonRenderer.render(rel), Map.class)
                .get("rows")).get(0);
        for (String k : List.of("x", "input", "targets", "p", "entropy", "cross_entropy", "floor")) {
            assertTrue(row.containsKey(k), "a relations row lacks " + k);
        }
        Map<String, Object> train = GSON.fromJson(JsonRenderer.render(reports.get(4)), Map.class);
        assertEquals("interrupted", train.get("stopped"));
        Map<String, Object> show = GSON.fromJson(JsonRenderer.render(reports.get(1)), Map.class);
        assertEquals(Map.of("encoding", "bits", "width", 2.0, "states", List.of("00", "01", "10", "11")),
                show.get("input"));
    }

    @Test void nanAndInfinityAreNullInJsonAndWordsInText() throws Exception {
        Net net = RecomputeFromShowTest.net("flat", InputEncoding.BITS, OutputKind.SIGMOID, XOR, List.of());
        net.layer(0).b.data[0] = -1000;  // p(1) = 0 exactly: CE of the rows with target 1 is infinite
        RelationsReport r = Relations.of(net, XOR);
        Map<String, Object> m = GSON.fromJson(JsonRenderer.render(r), Map.class);
        assertTrue(m.containsKey("cross_entropy"));
        assertNull(m.get("cross_entropy"));
        assertTrue(TextRenderer.render(r).contains("CE inf"));
        String progress = JsonRenderer.render(new ProgressReport("n", new Progress(1, 1, Double.NaN, 1, 0)));
        assertTrue(progress.contains("\"loss\":null"), progress);
        assertTrue(TextRenderer.render(new ProgressReport("n", new Progress(1, 1, Double.NaN, 1, 0))).contains("loss nan"));
    }

    @Test void jsonNumbersRoundTrip() throws Exception {
        RelationsReport r = Relations.of(two(), XOR);
        Map<String, Object> m = GSON.fromJson(JsonRenderer.render(r), Map.class);
        assertEquals(r.entropy(), (Double) m.get("entropy"), 0.0);
        Map<String, Double> p = (Map<String, Double>) ((List<Map<String, Object>>) m.get("rows")).get(3).get("p");
        assertEquals(r.rows().get(3).p(1), p.get("1"), 0.0);
    }
}
