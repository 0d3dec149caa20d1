package nnlang.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nnlang.data.Table;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;
import nnlang.report.JsonRenderer;
import nnlang.report.TextRenderer;
import nnlang.report.TrialResult;
import nnlang.train.Lanes;
import nnlang.train.Loss;
import nnlang.train.OptimizerKind;
import nnlang.train.StopWhen;
import nnlang.train.TrainConfig;
import nnlang.train.TrainListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * compare and curve with their trials in lanes: the same report, byte for byte, at any thread
 * count and with the lanes off; a stop keeps a prefix of whole trials, each the trial unstopped.
 */
public class ExperimentLanesTest {
    public static final Table P3 = ExperimentTest.P3;
    private static String old;

    /** This JVM has no Vector API: the scalar lane kernels, asked for (the same bits as the vector ones). */
    @BeforeAll static void lanesOn() {
        old = System.getProperty("nnlang.lanes");
        System.setProperty("nnlang.lanes", "force");
    }

    @AfterAll static void putBack() {
        if (old == null) System.clearProperty("nnlang.lanes");
        else System.setProperty("nnlang.lanes", old);
    }

    /** Options that reach the lanes' corners: until stops some trials early; l2, momentum, mse; mini-batches (not in lanes). */
    public static final List<TrainConfig> CONFIGS = List.of(
            TrainConfig.defaults().epochs(300).lr(1).seed(7),
            TrainConfig.defaults().epochs(400).lr(0.7).seed(3).optimizer(OptimizerKind.MOMENTUM).l2(0.001)
                    .until(new StopWhen(StopWhen.Metric.ENTROPY, 0.3)),
            TrainConfig.defaults().epochs(200).lr(0.05).seed(11).optimizer(OptimizerKind.ADAM).loss(Loss.MSE)
                    .until(new StopWhen(StopWhen.Metric.LOSS, 0.05)),
            TrainConfig.defaults().epochs(100).lr(0.5).seed(2).batch(3));

    public static List<Net> nets() throws Exception {
        return List.of(ExperimentTest.net("wide", new LayerSpec(8, Activation.TANH)),
                ExperimentTest.net("deep", new LayerSpec(2, Activation.SIGMOID), new LayerSpec(3, Activation.RELU)));
    }

    @Test void compareIsTheSameByteForByteAtAnyThreadCountAndWithLanesOff() throws Exception {
        assertTrue(Lanes.width() > 1, "lanes are on in the tests");
        for (TrainConfig c : CONFIGS) {
            CompareConfig cfg = new CompareConfig(5, 13, c);
            CompareReport one = Experiment.compare(nets(), P3, cfg, 1, null).withoutTime();
            CompareReport two = Experiment.compare(nets(), P3, cfg, 2, null).withoutTime();
            CompareReport off = LanesSwitch.off(() -> Experiment.compare(nets(), P3, cfg, 1, null).withoutTime());
            CompareReport offTwo = LanesSwitch.off(() -> Experiment.compare(nets(), P3, cfg, 2, null).withoutTime());
            String text = TextRenderer.render(off), json = JsonRenderer.render(off);
            for (CompareReport r : List.of(one, two, offTwo)) {
                assertEquals(text, TextRenderer.render(r), c.toString());
                assertEquals(json, JsonRenderer.render(r), c.toString());
            }
        }
    }

    @Test void curveIsTheSameByteForByteAtAnyThreadCountAndWithLanesOff() throws Exception {
        CurveConfig cfg = new CurveConfig(List.of(2, 4, 7), 9, CONFIGS.get(1), 0.02);
        CurveReport one = Curve.run(nets(), P3, cfg, 1, null).withoutTime();
        CurveReport two = Curve.run(nets(), P3, cfg, 2, null).withoutTime();
        CurveReport off = LanesSwitch.off(() -> Curve.run(nets(), P3, cfg, 1, null).withoutTime());
        assertEquals(TextRenderer.render(off), TextRenderer.render(one));
        assertEquals(JsonRenderer.render(off), JsonRenderer.render(one));
        assertEquals(JsonRenderer.render(off), JsonRenderer.render(two));
    }

    @Test void trialsRunTogetherEqualEachTrialRunAlone() throws Exception {
        CompareConfig cfg = new CompareConfig(4, 11, CONFIGS.get(1));
        List<Experiment.Trial> trials = Experiment.trials(P3, cfg);
        List<TrialResult> together = Experiment.run(trials, nets(), P3, TrainListener.NONE);
        assertEquals(trials.size(), together.size());
        for (int t = 0; t < trials.size(); t++) {
            assertEquals(Experiment.run(trials.get(t), nets(), P3, TrainListener.NONE), together.get(t), "trial " + t);
        }
    }

    @Test void aStopBetweenBatchesKeepsWholeBatches() throws Exception {
        AtomicInteger done = new AtomicInteger();
        ExperimentListener stopAfter3 = new ExperimentListener() {
            @Override public void trialsDone(int d, int total) { done.set(d); }

            @Override public boolean stopRequested() { return done.get() >= 3; }
        };
        CompareConfig cfg = new CompareConfig(4, 20, CONFIGS.get(0));
        CompareReport r = Experiment.compare(nets(), P3, cfg, 1, stopAfter3);
        // the first batch (all its trials at once) completes, then the stop is seen
        assertEquals(Math.min(20, Lanes.width()), r.completed());
        assertTrue(r.stopped());
        CompareReport full = Experiment.compare(nets(), P3, cfg, 1, null);
        for (int t = 0; t < r.completed(); t++) assertEquals(full.trials().get(t), r.trials().get(t));
    }

    @Test void aStopInsideABatchCutsItsTrialsBetweenEpochs() throws Exception {
        // the stop comes after 500 polls: in the second batch's first net (every training polls once an epoch)
        AtomicInteger polls = new AtomicInteger();
        ExperimentListener stop = new ExperimentListener() {
            @Override public boolean stopRequested() { return polls.incrementAndGet() > 2 * 300 + 150; }
        };
        CompareConfig cfg = new CompareConfig(4, 20, CONFIGS.get(0));
        CompareReport r = Experiment.compare(nets(), P3, cfg, 1, stop);
        assertTrue(r.stopped());
        assertTrue(r.completed() < 20 && r.completed() % Lanes.width() == 0, "completed " + r.completed());
        CompareReport full = Experiment.compare(nets(), P3, cfg, 1, null);
        for (int t = 0; t < r.completed(); t++) assertEquals(full.trials().get(t), r.trials().get(t));
        List<TrialResult> cut = Experiment.run(Experiment.trials(P3, cfg).subList(0, 3), nets(), P3, new TrainListener() {
            @Override public boolean stopRequested() { return true; }
        });
        for (TrialResult t : cut) assertNull(t, "a trial a stop cut has no result");
        assertNotNull(full.trials().get(0));
    }
}
