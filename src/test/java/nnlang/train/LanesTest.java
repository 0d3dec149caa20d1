package nnlang.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nnlang.model.Net;
import org.junit.jupiter.api.Test;

/**
 * Trainings side by side in lanes give each training's bits alone: random small cases (LaneCases)
 * at several lane counts on the scalar lane kernels (this JVM has no Vector API; LanesAgreement
 * runs the vector ones, by VectorKernelsTest's way, in {@link #vectorLanesAgreeToo}).
 */
class LanesTest {
    @Test void lanesGiveEveryTrainingTheBitsItHasAlone() throws Exception {
        SplittableRandom g = new SplittableRandom(16);
        Map<StopReason, Integer> reasons = new EnumMap<>(StopReason.class);
        int inLanes = 0, mixedEpochs = 0, someDiverged = 0;
        for (int lanes : new int[] {2, 3, 4, 8}) {
            for (int c = 0; c < 45; c++) {
                LaneCases.Case k = LaneCases.random(g, 1 + g.nextInt(2 * lanes + 1));
                List<Net> alone = LaneCases.copies(k);
                List<TrainResult> expected = LaneCases.alone(alone, k);
                List<TrainResult> got = Lanes.train(k.nets(), k.tables(), k.configs(), TrainListener.NONE,
                        new ScalarLaneKernels(), lanes);
                assertEquals(expected.size(), got.size());
                Set<Integer> epochs = new HashSet<>();
                Set<StopReason> why = new HashSet<>();
                for (int i = 0; i < got.size(); i++) {
                    String d = LaneCases.difference(expected.get(i), alone.get(i), got.get(i), k.nets().get(i));
                    assertNull(d, "lanes " + lanes + ", training " + i + " of " + k.what() + ": " + d);
                    reasons.merge(got.get(i).reason(), 1, Integer::sum);
                    epochs.add(got.get(i).epochsRun());
                    why.add(got.get(i).reason());
                }
                boolean lane = k.nets().size() > 1 && Lanes.fits(k.nets().get(0), k.configs().get(0),
                        k.tables().get(0).rows().size());
                if (lane) inLanes++;
                if (lane && epochs.size() > 1) mixedEpochs++;
                if (lane && why.contains(StopReason.DIVERGED) && (why.size() > 1 || epochs.size() > 1)) someDiverged++;
            }
        }
        // the cases reach what they are for: lanes that stop early, blow up or run to the end, at other epochs
        assertTrue(reasons.getOrDefault(StopReason.UNTIL, 0) > 20, reasons.toString());
        assertTrue(reasons.getOrDefault(StopReason.DIVERGED, 0) > 20, reasons.toString());
        assertTrue(reasons.getOrDefault(StopReason.EPOCHS, 0) > 20, reasons.toString());
        assertTrue(inLanes > 100, inLanes + " batches in lanes");
        assertTrue(mixedEpochs > 20, mixedEpochs + " batches whose lanes ran other epoch counts");
        assertTrue(someDiverged > 0, someDiverged + " batches where lanes blew up at other epochs than the others stopped");
    }

    /** A rate at the edge: some lanes blow up (at their own epochs), the others run to the end beside them. */
    @Test void lanesThatBlowUpLeaveTheOthersAlone() throws Exception {
        nnlang.data.Table p3 = LaneCases.P3;
        Net template = nnlang.model.NetBuilder.build("edge", new nnlang.model.NetSpec(nnlang.data.InputEncoding.ONEHOT, null,
                List.of(new nnlang.model.LayerSpec(4, nnlang.model.Activation.RELU),
                        new nnlang.model.LayerSpec(10, nnlang.model.Activation.LINEAR, 2)),
                nnlang.data.OutputKind.SIGMOID, null), p3.inputs(), p3.outputs());
        List<Net> nets = new java.util.ArrayList<>(), alone = new java.util.ArrayList<>();
        List<nnlang.data.Table> tables = new java.util.ArrayList<>();
        List<TrainConfig> configs = new java.util.ArrayList<>();
        for (int t = 0; t < 11; t++) {
            nets.add(template.copy());
            alone.add(template.copy());
            tables.add(p3);
            configs.add(TrainConfig.defaults().epochs(112).lr(1000).seed(100 + t));
        }
        List<TrainResult> got = Lanes.train(nets, tables, configs, TrainListener.NONE, new ScalarLaneKernels(), 8);
        Set<StopReason> why = new HashSet<>();
        Set<Integer> epochs = new HashSet<>();
        for (int t = 0; t < nets.size(); t++) {
            TrainResult one = Trainer.train(alone.get(t), tables.get(t), configs.get(t), TrainListener.NONE, false);
            assertNull(LaneCases.difference(one, alone.get(t), got.get(t), nets.get(t)), "training " + t);
            why.add(one.reason());
            if (one.reason() == StopReason.DIVERGED) epochs.add(one.epochsRun());
        }
        assertEquals(Set.of(StopReason.DIVERGED, StopReason.EPOCHS), why);
        assertTrue(epochs.size() > 1, "the lanes blew up at " + epochs);
    }

    @Test void vectorLanesAgreeToo() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), LanesAgreement.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.matches("vector lanes agree bit for bit with each training alone: 240 cases, \\d+ trainings, "
                + "[48] lanes; 4 compare reports the same with lanes off"), out);
    }

    @Test void theOffSwitchTrainsOneAtATime() {
        String old = System.getProperty("nnlang.lanes");
        try {
            System.setProperty("nnlang.lanes", "false");
            assertEquals(1, Lanes.width());
            System.setProperty("nnlang.lanes", "force");
            assertTrue(Lanes.width() > 1);
            System.clearProperty("nnlang.lanes");
            // this JVM has no Vector API: one training at a time, the faster way without it
            assertEquals(1, Lanes.width());
        } finally {
            if (old == null) System.clearProperty("nnlang.lanes");
            else System.setProperty("nnlang.lanes", old);
        }
    }
}
