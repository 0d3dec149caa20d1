package nnlang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import nnlang.experiment.CompareConfig;
import nnlang.experiment.Experiment;
import nnlang.train.TrainConfig;
import org.junit.jupiter.api.Test;

class CompareReportTest {
    static final Table P3 = Generators.generate("p3", "parity", 3);

    static CompareReport compare(int rows, int trials) throws Exception {
        Net shallow = NetBuilder.build("shallow", new NetSpec(InputEncoding.BITS, null,
                List.of(new LayerSpec(8, Activation.SIGMOID)), OutputKind.SIGMOID, null), P3.inputs(), P3.outputs());
        Net deep = NetBuilder.build("deep", new NetSpec(InputEncoding.BITS, null,
                List.of(new LayerSpec(2, Activation.SIGMOID), new LayerSpec(3, Activation.SIGMOID)), OutputKind.SIGMOID,
                null), P3.inputs(), P3.outputs());
        TrainConfig train = TrainConfig.defaults().epochs(300).lr(1).seed(3);
        return Experiment.compare(List.of(shallow, deep), P3, new CompareConfig(rows, trials, train), 2, null);
    }

    @Test void jsonHoldsTheSummaryAndEveryTrial() throws Exception {
        CompareReport r = compare(4, 6);
        JsonObject o = JsonParser.parseString(JsonRenderer.render(r)).getAsJsonObject();
        assertEquals("compare", o.get("report").getAsString());
        assertEquals("p3", o.get("table").getAsString());
        assertEquals(4, o.get("rows").getAsInt());
        assertEquals(6, o.get("trials_completed").getAsInt());
        assertTrue(o.has("seconds"));
        assertFalse(JsonParser.parseString(JsonRenderer.render(r.withoutTime())).getAsJsonObject().has("seconds"));
        JsonArray nets = o.getAsJsonArray("nets");
        assertEquals(2, nets.size());
        JsonObject shallow = nets.get(0).getAsJsonObject();
        assertEquals("shallow", shallow.get("net").getAsString());
        assertEquals(41, shallow.get("params").getAsInt());
        assertEquals("bits 3 -> 8 sigmoid -> sigmoid 1", shallow.get("shape").getAsString());
        for (String key : List.of("heldout_accuracy", "heldout_entropy", "accuracy", "entropy")) {
            JsonObject s = shallow.getAsJsonObject(key);
            Stats expected = key.equals("heldout_accuracy") ? r.nets().get(0).heldoutAccuracy()
                    : key.equals("heldout_entropy") ? r.nets().get(0).heldoutEntropy()
                    : key.equals("accuracy") ? r.nets().get(0).accuracy() : r.nets().get(0).entropy();
            assertEquals(expected.mean(), s.get("mean").getAsDouble(), key);
            assertEquals(expected.std(), s.get("std").getAsDouble(), key);
            assertEquals(expected.lo(), s.getAsJsonArray("ci95").get(0).getAsDouble(), key);
            assertEquals(expected.hi(), s.getAsJsonArray("ci95").get(1).getAsDouble(), key);
        }
        assertEquals(r.nets().get(0).fitRate(), shallow.get("fit_rate").getAsDouble());
        assertTrue(shallow.has("mean_epochs"));
        JsonObject paired = o.getAsJsonObject("paired");
        assertEquals("shallow", paired.get("net").getAsString());
        assertEquals("deep", paired.get("minus").getAsString());
        assertEquals(2, paired.getAsJsonArray("ci95").size());
        assertEquals(2, paired.getAsJsonArray("ci90").size());
        assertEquals(r.paired().difference().p(), paired.get("p").getAsDouble());
        assertEquals(r.paired().verdict().word(), paired.get("verdict").getAsString());
        assertEquals(0.02, paired.get("margin").getAsDouble());
        assertEquals(r.paired().bothFit().n(), paired.getAsJsonObject("both_fit").get("n").getAsInt());
        assertEquals(r.nets().get(0).fitInterval().lo(), shallow.getAsJsonArray("fit_ci").get(0).getAsDouble());
        assertEquals(r.nets().get(0).heldoutCe().mean(), shallow.getAsJsonObject("heldout_ce").get("mean").getAsDouble());
        JsonArray trials = o.getAsJsonArray("trials");
        assertEquals(6, trials.size());
        JsonObject t0 = trials.get(0).getAsJsonObject();
        TrialResult first = r.trials().get(0);
        assertEquals(0, t0.get("trial").getAsInt());
        assertEquals(first.seed(), t0.get("seed").getAsLong());
        assertEquals(4, t0.getAsJsonArray("rows").size());
        JsonObject deep0 = t0.getAsJsonArray("nets").get(1).getAsJsonObject();
        assertEquals("deep", deep0.get("net").getAsString());
        for (String key : List.of("epochs", "stopped", "fit", "train_accuracy", "heldout_accuracy", "heldout_entropy",
                "heldout_ce", "accuracy", "entropy")) {
            assertTrue(deep0.has(key), key);
        }
        assertEquals(first.outcomes().get(1).heldoutAccuracy(), deep0.get("heldout_accuracy").getAsDouble());
    }

    @Test void textFitsEightyColumnsAndSaysWhatThePairedDifferenceShows() throws Exception {
        CompareReport r = compare(4, 6).withoutTime();
        String text = TextRenderer.render(r);
        for (String line : text.split("\n")) assertTrue(line.length() <= 80, line);
        assertTrue(text.startsWith("compare shallow, deep on p3: 6 trials, 4 of 8 rows each, seed 3\n"), text);
        assertTrue(text.contains("  net      params     fit  fit 95% CI"), text);
        assertTrue(text.contains("  held out  acc"), text);
        String sentence = text.substring(text.indexOf("Held-out accuracy, shallow minus deep")).replace("\n  ", " ");
        if (!r.paired().identical()) assertTrue(sentence.contains("paired over the same 6 row subsets"), sentence);
        String said = switch (r.paired().verdict()) {
            case BETTER, WORSE -> "The interval excludes 0";
            case NO_DIFFERENCE -> "No difference: the 90% CI";
            case INCONCLUSIVE -> "Inconclusive: the interval includes 0";
            case IDENTICAL -> "identical held-out predictions";
        };
        assertTrue(sentence.contains(said), sentence);
        String line = text.lines().filter(l -> l.startsWith("  shallow") && l.contains("±")).findFirst().orElseThrow();
        Stats acc = r.nets().get(0).heldoutAccuracy();
        assertTrue(line.contains(Fmt.f4(acc.mean()) + "±" + Fmt.f4(acc.half())), line);
    }

    /**
     * Two nets of the same form train to the same weights in every trial: every held-out prediction agrees, and the
     * report says so instead of printing an interval of zeros as "no clear difference".
     */
    @Test void identicalPredictionsAreSaidAsTheyAre() throws Exception {
        NetSpec spec = new NetSpec(InputEncoding.BITS, null, List.of(new LayerSpec(2, Activation.TANH)),
                OutputKind.SIGMOID, null);
        Net a = NetBuilder.build("a", spec, P3.inputs(), P3.outputs());
        Net b = NetBuilder.build("b", spec, P3.inputs(), P3.outputs());
        TrainConfig train = TrainConfig.defaults().epochs(100).lr(1).seed(3);
        CompareReport r = Experiment.compare(List.of(a, b), P3, new CompareConfig(4, 200, train), 2, null);
        assertTrue(r.paired().identical());
        assertEquals(nnlang.stats.Verdict.IDENTICAL, r.paired().verdict());
        assertEquals(0.0, r.paired().difference().mean());
        String text = TextRenderer.render(r).replace("\n  ", " ");
        assertTrue(text.contains("Held-out accuracy, a minus b: identical held-out predictions in all 200 trials"), text);
        assertFalse(text.contains("no clear difference"), text);
        JsonObject paired = JsonParser.parseString(JsonRenderer.render(r)).getAsJsonObject().getAsJsonObject("paired");
        assertTrue(paired.get("identical").getAsBoolean());
        assertEquals("identical", paired.get("verdict").getAsString());
    }
}
