package nnlang.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlang.data.Generators;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import org.junit.jupiter.api.Test;

/**
 * A stop asked for in the middle of a long epoch (Ctrl-C, --timeout) cuts it there, and nothing
 * of the cut epoch is kept: the weights are bit for bit those of a training asked for exactly the
 * whole epochs that ran. The net is wide enough that one pass is several of the products' pieces
 * (256 rows x about 53,000 parameters, above Products.PIECE), so the trainer polls inside it.
 */
class StopInsideEpochTest {
    static final Table IDENTITY = Generators.generate("id", "identity", 8);

    /** Says stop from its n-th poll on (polls are counted, so the cut lands at a fixed point). */
    static final class StopAt implements TrainListener {
        final int at;
        int polls;

        StopAt(int at) { this.at = at; }

        @Override public boolean stopRequested() { return ++polls >= at; }
    }

    static Net wide() throws Exception {
        return TrainerTest.net(IDENTITY, OutputKind.SOFTMAX, new LayerSpec(200, Activation.TANH));
    }

    @Test void aCutFullBatchEpochKeepsTheWeightsOfTheWholeEpochsBeforeIt() throws Exception {
        assertCutKeepsWholeEpochs(TrainerTest.cfg(6, 0.1, 3));
    }

    @Test void aCutMiniBatchEpochGetsItsStartingWeightsBack() throws Exception {
        assertCutKeepsWholeEpochs(TrainerTest.cfg(4, 0.05, 5).batch(64).optimizer(OptimizerKind.ADAM));
    }

    private static void assertCutKeepsWholeEpochs(TrainConfig cfg) throws Exception {
        // how many polls a whole training makes, then stops at several points inside it
        StopAt never = new StopAt(Integer.MAX_VALUE);
        Trainer.train(wide(), IDENTITY, cfg, never);
        int total = never.polls;
        assertTrue(total > 3 * cfg.epochs(), "the epochs are polled inside, not only at their ends: " + total);
        for (int at : new int[] {2, total / 3, total / 2 + 1, total - 2}) {
            Net cut = wide();
            TrainResult r = Trainer.train(cut, IDENTITY, cfg, new StopAt(at));
            // a stop after the last epoch cuts the final measure only
            assertEquals(r.epochsRun() < cfg.epochs() ? StopReason.INTERRUPTED : StopReason.EPOCHS, r.reason());
            // the second poll is inside the first epoch: it is cut, none of it is kept
            if (at == 2) assertEquals(0, r.epochsRun());
            Net whole = wide();
            Trainer.train(whole, IDENTITY, cfg.epochs(r.epochsRun()), null);
            assertTrue(TrainerTest.weightBits(whole).equals(TrainerTest.weightBits(cut)),
                    "stopped at poll " + at + " of " + total + " after " + r.epochsRun() + " epochs: other weights");
            // the stop is still asked for during the final measure: cut too, weights kept unmeasured
            assertFalse(r.measured());
            assertTrue(Double.isNaN(r.loss()));
        }
    }

    @Test void aStopThatIsOverByTheFinalMeasureLeavesAMeasuredResult() throws Exception {
        // stops once (one poll says yes, the later ones no): the final measure runs whole
        TrainListener once = new TrainListener() {
            int polls;

            @Override public boolean stopRequested() { return ++polls == 3; }
        };
        TrainResult r = Trainer.train(wide(), IDENTITY, TrainerTest.cfg(5, 0.1, 3), once);
        assertEquals(StopReason.INTERRUPTED, r.reason());
        assertTrue(r.measured());
        assertTrue(Double.isFinite(r.loss()));
    }
}
