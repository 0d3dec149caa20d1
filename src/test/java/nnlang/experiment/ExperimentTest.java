package nnlang.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import nnlang.report.CompareReport;
import nnlang.report.JsonRenderer;
import nnlang.report.RelationsReport;
import nnlang.report.Stats;
import nnlang.report.TextRenderer;
import nnlang.report.TrialResult;
import nnlang.train.Loss;
import nnlang.train.TrainConfig;
import nnlang.train.TrainListener;
import nnlang.train.TrainResult;
import nnlang.train.Trainer;
import org.junit.jupiter.api.Test;

class ExperimentTest {
    static final Table P3 = Generators.generate("p3", "parity", 3);

    static Net net(String name, LayerSpec... hidden) throws Exception {
        return NetBuilder.build(name, new NetSpec(InputEncoding.BITS, null, List.of(hidden), OutputKind.SIGMOID, null),
                P3.inputs(), P3.outputs());
    }

    /** The essay's E7 pair: 3-8-1 and 3-2-3-1. */
    static List<Net> nets() throws Exception {
        return List.of(net("shallow", new LayerSpec(8, Activation.SIGMOID)),
                net("deep", new LayerSpec(2, Activation.SIGMOID), new LayerSpec(3, Activation.SIGMOID)));
    }

    static TrainConfig train(int epochs, long seed) {
        return TrainConfig.defaults().epochs(epochs).lr(1).seed(seed);
    }

    static CompareReport compare(int rows, int trials, int threads) throws Exception {
        return Experiment.compare(nets(), P3, new CompareConfig(rows, trials, train(200, 7)), threads, null);
    }

    @Test void reportsAreIdenticalWhateverTheThreadCount() throws Exception {
        String one = JsonRenderer.render(compare(4, 12, 1).withoutTime());
        assertEquals(one, JsonRenderer.render(compare(4, 12, 2).withoutTime()));
        assertEquals(one, JsonRenderer.render(compare(4, 12, 3).withoutTime()));
        assertEquals(one, JsonRenderer.render(compare(4, 12, 64).withoutTime()));
    }

    @Test void trialsAreIndependentTasksThatAnyEngineCanRunInAnyOrder() throws Exception {
        CompareConfig cfg = new CompareConfig(4, 12, train(200, 7));
        List<Experiment.Trial> tasks = Experiment.trials(P3, cfg);
        assertEquals(12, tasks.size());
        // run backwards, one at a time, as a distant engine might; reduced in index order
        TrialResult[] results = new TrialResult[tasks.size()];
        for (int t = tasks.size() - 1; t >= 0; t--) {
            results[t] = Experiment.run(tasks.get(t), nets(), P3, nnlang.train.TrainListener.NONE);
        }
        CompareReport byHand = Experiment.reduce(nets(), P3, cfg, List.of(results), 0);
        assertEquals(JsonRenderer.render(compare(4, 12, 2).withoutTime()), JsonRenderer.render(byHand.withoutTime()));
        assertThrows(IllegalArgumentException.class, () -> Experiment.reduce(nets(), P3, cfg,
                List.of(results[1], results[0]), 0), "results out of index order are refused");
    }

    @Test void subsetsHaveKDistinctRowsInTableOrderAndVaryBetweenTrials() throws Exception {
        CompareReport r = compare(3, 12, 2);
        Set<List<String>> seen = new HashSet<>();
        for (TrialResult t : r.trials()) {
            assertEquals(3, t.rows().size());
            assertEquals(3, new HashSet<>(t.rows()).size());
            List<Integer> index = new ArrayList<>();
            for (String x : t.rows()) index.add(P3.inputs().indexOf(x));
            for (int i = 1; i < index.size(); i++) assertTrue(index.get(i - 1) < index.get(i), t.rows().toString());
            int[] drawn = Experiment.draw(7, t.index(), 8, 3);
            for (int i = 0; i < 3; i++) assertEquals(P3.rows().get(drawn[i]).x(), t.rows().get(i));
            assertEquals(Experiment.trialSeed(7, t.index()), t.seed());
            assertTrue(t.seed() >= 0 && t.seed() < 1L << 52);
            seen.add(t.rows());
        }
        assertTrue(seen.size() >= 6, "subsets should vary: " + seen);
        Set<Long> seeds = new HashSet<>();
        for (TrialResult t : r.trials()) seeds.add(t.seed());
        assertEquals(12, seeds.size());
    }

    @Test void everyNetTrainsOnTheTrialsRowsWithTheTrialsSeed() throws Exception {
        List<Net> nets = nets();
        CompareReport r = compare(4, 4, 2);
        for (TrialResult t : r.trials()) {
            List<String> held = new ArrayList<>();
            for (String x : P3.inputs().states()) if (!t.rows().contains(x)) held.add(x);
            for (int j = 0; j < nets.size(); j++) {
                // retrain independently with Trainer's own rows option
                Net n = nets.get(j).copy();
                TrainConfig c = train(200, t.seed()).rows(t.rows());
                TrainResult tr = Trainer.train(n, P3, c, TrainListener.NONE);
                RelationsReport fit = Relations.of(n, P3.restrictedTo(t.rows()), 0.01);
                RelationsReport out = Relations.of(n, P3.restrictedTo(held), 0.01);
                RelationsReport all = Relations.of(n, P3, 0.01);
                TrialResult.Outcome o = t.outcomes().get(j);
                assertEquals(tr.epochsRun(), o.epochs());
                assertEquals(tr.reason(), o.reason());
                assertEquals(fit.accuracy(), o.trainAccuracy());
                assertEquals(fit.entropy(), o.trainEntropy());
                assertEquals(out.accuracy(), o.heldoutAccuracy());
                assertEquals(out.entropy(), o.heldoutEntropy());
                assertEquals(all.accuracy(), o.accuracy());
                assertEquals(all.entropy(), o.entropy());
                assertEquals(fit.accuracy() == 1, o.fit());
            }
        }
    }

    @Test void statisticsAgreeWithAnIndependentComputation() throws Exception {
        CompareReport r = compare(4, 12, 2);
        assertEquals(12, r.completed());
        double t11 = 2.201; // t_{0.975, 11} from a printed table
        for (int j = 0; j < 2; j++) {
            CompareReport.NetSummary s = r.nets().get(j);
            List<Double> acc = new ArrayList<>(), h = new ArrayList<>();
            int fits = 0;
            for (TrialResult t : r.trials()) {
                acc.add(t.outcomes().get(j).heldoutAccuracy());
                h.add(t.outcomes().get(j).heldoutEntropy());
                if (t.outcomes().get(j).trainAccuracy() == 1) fits++;
            }
            assertEquals(fits, s.fits());
            assertEquals(fits / 12.0, s.fitRate());
            checkStats(acc, t11, s.heldoutAccuracy());
            checkStats(h, t11, s.heldoutEntropy());
        }
        List<Double> d = new ArrayList<>(), both = new ArrayList<>();
        boolean identical = true;
        for (TrialResult t : r.trials()) {
            TrialResult.Outcome a = t.outcomes().get(0), b = t.outcomes().get(1);
            d.add(a.heldoutAccuracy() - b.heldoutAccuracy());
            if (a.fit() && b.fit()) both.add(a.heldoutAccuracy() - b.heldoutAccuracy());
            identical &= java.util.Arrays.equals(a.predictions(), b.predictions());
        }
        assertEquals("shallow", r.paired().net());
        assertEquals("deep", r.paired().minus());
        Stats p = Stats.of(d.stream().mapToDouble(x -> x).toArray(), d.size());
        checkStats(d, t11, p);
        nnlang.stats.Estimate e = r.paired().difference();
        assertEquals(p.mean(), e.mean(), 1e-15);
        assertEquals(p.lo(), e.ci95().lo(), 1e-12);
        assertEquals(p.hi(), e.ci95().hi(), 1e-12);
        assertEquals(e.ci95().lo() > 0 || e.ci95().hi() < 0, r.paired().excludesZero());
        assertEquals(both.size(), r.paired().bothFit().n());
        assertEquals(identical, r.paired().identical());
    }

    /** mean = sum / n; var = (sum x^2 - n mean^2) / (n - 1); ci = mean +- t s / sqrt(n). */
    private static void checkStats(List<Double> xs, double t, Stats s) {
        int n = xs.size();
        double sum = 0, sq = 0;
        for (double x : xs) {
            sum += x;
            sq += x * x;
        }
        double mean = sum / n, std = Math.sqrt(Math.max(0, (sq - n * mean * mean) / (n - 1)));
        assertEquals(n, s.n());
        assertEquals(mean, s.mean(), 1e-12);
        assertEquals(std, s.std(), 1e-9);
        assertEquals(mean - t * std / Math.sqrt(n), s.lo(), 1e-4 * std + 1e-9);
        assertEquals(mean + t * std / Math.sqrt(n), s.hi(), 1e-4 * std + 1e-9);
    }

    @Test void studentQuantilesFollowTheTable() {
        // published values, four decimals
        assertEquals(12.7062, Stats.t975(1), 5e-5);
        assertEquals(2.2281, Stats.t975(10), 5e-5);
        assertEquals(2.0423, Stats.t975(30), 5e-5);
        assertEquals(2.0211, Stats.t975(40), 5e-5);
        assertEquals(2.0003, Stats.t975(60), 5e-5);
        assertEquals(1.9799, Stats.t975(120), 5e-5);
        assertEquals(2.0322, Stats.t975(34), 5e-5);
        assertEquals(2.0086, Stats.t975(50), 5e-5);
        assertEquals(1.9901, Stats.t975(80), 5e-5);
        assertEquals(1.9720, Stats.t975(199), 5e-5);
        assertEquals(1.9600, Stats.t975(1_000_000), 5e-5);
        for (int df = 1; df < 2000; df++) assertTrue(Stats.t975(df + 1) <= Stats.t975(df), "df " + df);
        assertThrows(IllegalArgumentException.class, () -> Stats.t975(0));
        Stats one = Stats.of(new double[] {0.5}, 1);
        assertEquals(0.5, one.mean());
        assertFalse(one.hasInterval());
        assertTrue(Double.isNaN(Stats.of(new double[0], 0).mean()));
    }

    @Test void trainingOnAllRowsHoldsNothingOut() throws Exception {
        CompareReport r = compare(8, 3, 2);
        assertFalse(r.hasHeldout());
        assertNull(r.paired());
        for (CompareReport.NetSummary s : r.nets()) {
            assertEquals(0, s.heldoutAccuracy().n());
            assertEquals(0, s.heldoutEntropy().n());
            assertEquals(3, s.accuracy().n());
        }
        for (TrialResult t : r.trials()) {
            assertEquals(P3.inputs().states(), t.rows());
            assertTrue(Double.isNaN(t.outcomes().get(0).heldoutAccuracy()));
            assertEquals(t.outcomes().get(0).trainAccuracy(), t.outcomes().get(0).accuracy());
        }
        String json = JsonRenderer.render(r);
        assertTrue(json.contains("\"heldout_accuracy\":null"), json);
        assertTrue(json.contains("\"paired\":null"), json);
        assertTrue(TextRenderer.render(r).replace("\n  ", " ").contains("No rows are held out"), TextRenderer.render(r));
    }

    @Test void aStopRequestKeepsTheCompletedPrefix() throws Exception {
        AtomicInteger done = new AtomicInteger();
        ExperimentListener stopAfter3 = new ExperimentListener() {
            @Override public void trialsDone(int d, int total) { done.set(d); }

            @Override public boolean stopRequested() { return done.get() >= 3; }
        };
        // one trial a task (lanes off): the stop comes after the third (ExperimentLanesTest: batches)
        CompareReport r = LanesSwitch.off(() -> Experiment.compare(nets(), P3, new CompareConfig(4, 20, train(200, 7)), 1,
                stopAfter3));
        assertEquals(3, r.completed());
        assertTrue(r.stopped());
        assertEquals(3, r.nets().get(0).epochs().n());
        assertEquals(3, r.paired().difference().n());
        for (int t = 0; t < 3; t++) assertEquals(t, r.trials().get(t).index());
        assertTrue(TextRenderer.render(r).contains("stopped after 3 of 20 trials"), TextRenderer.render(r));
        // the completed trials are those of an unstopped run
        CompareReport full = compare(4, 20, 1);
        assertEquals(full.trials().subList(0, 3), r.trials());

        done.set(0);
        CompareReport two = Experiment.compare(nets(), P3, new CompareConfig(4, 20, train(200, 7)), 2, stopAfter3);
        // which trials finish before the stop depends on timing; what completed is always a prefix
        assertTrue(two.stopped(), "completed " + two.completed());
        assertEquals(full.trials().subList(0, two.completed()), two.trials());
    }

    @Test void aStopBeforeAnyTrialGivesAnEmptyReport() throws Exception {
        ExperimentListener stop = new ExperimentListener() {
            @Override public boolean stopRequested() { return true; }
        };
        CompareReport r = Experiment.compare(nets(), P3, new CompareConfig(4, 5, train(200, 7)), 2, stop);
        assertEquals(0, r.completed());
        assertTrue(Double.isNaN(r.nets().get(0).fitRate()));
        assertTrue(TextRenderer.render(r).contains("stopped after 0 of 5 trials"));
        assertTrue(JsonRenderer.render(r).contains("\"trials_completed\":0"));
    }

    @Test void progressCountsEveryTrialWithoutOverlap() throws Exception {
        List<Integer> counts = new ArrayList<>();
        AtomicBoolean inside = new AtomicBoolean();
        AtomicBoolean overlapped = new AtomicBoolean();
        ExperimentListener l = new ExperimentListener() {
            @Override public void trialsDone(int d, int total) {
                if (!inside.compareAndSet(false, true)) overlapped.set(true);
                counts.add(d);
                assertEquals(10, total);
                Thread.onSpinWait();
                inside.set(false);
            }
        };
        Experiment.compare(nets(), P3, new CompareConfig(4, 10, train(100, 7)), 3, l);
        assertFalse(overlapped.get());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), counts);
    }

    @Test void templatesAreNotTouched() throws Exception {
        List<Net> nets = nets();
        String before = JsonRenderer.render(nnlang.report.ShowReport.of(nets.get(0)));
        Experiment.compare(nets, P3, new CompareConfig(4, 3, train(100, 7)), 2, null);
        assertEquals(before, JsonRenderer.render(nnlang.report.ShowReport.of(nets.get(0))));
    }

    @Test void aFailingTrainingFailsTheComparison() throws Exception {
        Net softmax = NetBuilder.build("pet", new NetSpec(InputEncoding.BITS, null, List.of(), OutputKind.SOFTMAX, null),
                P3.inputs(), P3.outputs());
        TrainConfig bce = train(10, 1).loss(Loss.BCE);
        assertThrows(IllegalArgumentException.class,
                () -> Experiment.compare(List.of(softmax), P3, new CompareConfig(4, 30, bce), 2, null));
    }

    @Test void badOptionsAreRefused() throws Exception {
        List<Net> nets = nets();
        TrainConfig c = train(10, 1);
        assertThrows(IllegalArgumentException.class, () -> Experiment.compare(nets, P3, new CompareConfig(0, 1, c), 1, null));
        assertThrows(IllegalArgumentException.class, () -> Experiment.compare(nets, P3, new CompareConfig(9, 1, c), 1, null));
        assertThrows(IllegalArgumentException.class, () -> Experiment.compare(nets, P3, new CompareConfig(4, 0, c), 1, null));
        assertThrows(IllegalArgumentException.class, () -> Experiment.compare(nets, P3, new CompareConfig(4, 1, c), 0, null));
        assertThrows(IllegalArgumentException.class, () -> Experiment.compare(List.of(), P3, new CompareConfig(4, 1, c), 1, null));
        TrainConfig rows = train(10, 1).rows(List.of("000"));
        assertThrows(IllegalArgumentException.class, () -> Experiment.compare(nets, P3, new CompareConfig(4, 1, rows), 1, null));
    }
}
