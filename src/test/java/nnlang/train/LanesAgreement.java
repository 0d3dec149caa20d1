package nnlang.train;

import java.util.List;
import java.util.SplittableRandom;
import nnlang.model.Net;

/**
 * Run in a JVM with jdk.incubator.vector (by {@link LanesTest#vectorLanesAgreeToo}): the Vector
 * API lane kernels train LaneCases' random trainings with the bits each has alone on the scalar
 * path, and the scalar lane kernels at the same lane count agree with them. Prints one line and
 * exits 1 on the first difference.
 */
public final class LanesAgreement {
    private LanesAgreement() {}

    public static void main(String[] args) throws Exception {
        LaneKernels best = LaneKernels.best();
        if (best instanceof ScalarLaneKernels) fail("the Vector API lane kernels were not loaded");
        int lanes = best.width(), trainings = 0, cases = 0;
        SplittableRandom g = new SplittableRandom(61);
        // two passes: the second runs the kernels compiled by C2 with the vector intrinsics
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < 120; c++) {
                LaneCases.Case k = LaneCases.random(g, 1 + g.nextInt(2 * lanes + 1));
                List<Net> alone = LaneCases.copies(k), scalar = LaneCases.copies(k);
                List<TrainResult> expected = LaneCases.alone(alone, k);
                List<TrainResult> vector = Lanes.train(k.nets(), k.tables(), k.configs(), TrainListener.NONE, best, lanes);
                List<TrainResult> scalarLanes = Lanes.train(scalar, k.tables(), k.configs(), TrainListener.NONE,
                        new ScalarLaneKernels(), lanes);
                for (int i = 0; i < expected.size(); i++) {
                    String d = LaneCases.difference(expected.get(i), alone.get(i), vector.get(i), k.nets().get(i));
                    if (d == null) d = LaneCases.difference(scalarLanes.get(i), scalar.get(i), vector.get(i), k.nets().get(i));
                    if (d != null) fail("training " + i + " of " + k.what() + ": " + d);
                    trainings++;
                }
                cases++;
            }
        }
        int reports = 0;
        for (TrainConfig c : nnlang.experiment.ExperimentLanesTest.CONFIGS) {
            nnlang.experiment.CompareConfig cfg = new nnlang.experiment.CompareConfig(5, 13, c);
            String one = report(cfg, 1), two = report(cfg, 2);
            System.setProperty("nnlang.lanes", "false");
            String off = report(cfg, 1);
            System.clearProperty("nnlang.lanes");
            if (!one.equals(off) || !two.equals(off)) fail("compare differs with lanes on and off: " + c + "\n" + one + "\n" + off);
            reports++;
        }
        System.out.println("vector lanes agree bit for bit with each training alone: " + cases + " cases, "
                + trainings + " trainings, " + lanes + " lanes; " + reports + " compare reports the same with lanes off");
    }

    /** The compare's text and JSON, without its time. */
    private static String report(nnlang.experiment.CompareConfig cfg, int threads) throws Exception {
        nnlang.report.CompareReport r = nnlang.experiment.Experiment.compare(nnlang.experiment.ExperimentLanesTest.nets(),
                nnlang.experiment.ExperimentLanesTest.P3, cfg, threads, null).withoutTime();
        return nnlang.report.TextRenderer.render(r) + nnlang.report.JsonRenderer.render(r);
    }

    private static void fail(String why) {
        System.out.println(why);
        System.exit(1);
    }
}
