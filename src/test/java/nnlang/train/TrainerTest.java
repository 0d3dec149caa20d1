package nnlang.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.Test;

class TrainerTest {
    static final Table XOR = Generators.generate("xor", "xor", 2);
    static final Table OR = Generators.generate("or", "or", 2);

    static Net net(Table t, OutputKind out, LayerSpec... hidden) throws Exception {
        return NetBuilder.build("n", new NetSpec(InputEncoding.BITS, null, List.of(hidden), out, null), t.inputs(),
                t.outputs());
    }

    static Net xor221() throws Exception { return net(XOR, OutputKind.SIGMOID, new LayerSpec(2, Activation.SIGMOID)); }

    static TrainConfig cfg(int epochs, double lr, long seed) {
        return TrainConfig.defaults().epochs(epochs).lr(lr).seed(seed);
    }

    static List<Long> weightBits(Net net) {
        List<Long> bits = new ArrayList<>();
        for (Layer l : net.layers()) {
            for (double w : l.W.data) bits.add(Double.doubleToRawLongBits(w));
            for (double b : l.b.data) bits.add(Double.doubleToRawLongBits(b));
        }
        return bits;
    }

    static boolean allFinite(Net net) {
        for (Layer l : net.layers()) {
            for (double w : l.W.data) if (!Double.isFinite(w)) return false;
            for (double b : l.b.data) if (!Double.isFinite(b)) return false;
        }
        return true;
    }

    /** The share of rows whose most probable output (no tie within 1e-12) is one of the targets. */
    static double accuracy(Net net, Table t) {
        int ok = 0;
        for (Row r : t.rows()) {
            double[] p = net.probabilities(net.encode(net.inputs().indexOf(r.x())));
            int best = 0;
            boolean tie = false;
            for (int y = 1; y < p.length; y++) {
                if (Math.abs(p[y] - p[best]) <= 1e-12) tie = true;
                else if (p[y] > p[best]) { best = y; tie = false; }
            }
            if (!tie && r.targets().contains(net.output().space().state(best))) ok++;
        }
        return (double) ok / t.rows().size();
    }

    // ---- agreement with the reference trainer (/work/shared/bench, re-implemented here) ----

    /**
     * The reference's 2-2-1 full-batch run: splitmix64 Glorot init, inputs as bit i of row r
     * (least significant first), sigmoid 1 / (1 + e^-z), mean BCE with logs clamped at -100,
     * plain gradient descent. Returns the BCE of the final weights.
     */
    static double referenceXor(long seed, int epochs, double lr) {
        int[] sizes = {2, 2, 1};
        double[][] w = new double[2][];
        long state = seed;
        for (int l = 0; l < 2; l++) {
            int n = sizes[l], m = sizes[l + 1];
            double s = Math.sqrt(6.0 / (n + m));
            w[l] = new double[n * m];
            for (int k = 0; k < n * m; k++) {
                long z = (state += 0x9E3779B97F4A7C15L);
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                z = z ^ (z >>> 31);
                w[l][k] = (2 * ((z >>> 11) * 0x1.0p-53) - 1) * s;
            }
        }
        double[] b0 = new double[2], b1 = new double[1];
        double[][] x = new double[4][2];
        double[] y = new double[4];
        for (int r = 0; r < 4; r++) {
            x[r][0] = r & 1;
            x[r][1] = (r >> 1) & 1;
            y[r] = Integer.bitCount(r) & 1;
        }
        double[][] h = new double[4][2];
        double[] p = new double[4];
        for (int e = 0; e <= epochs; e++) {
            for (int r = 0; r < 4; r++) {
                for (int j = 0; j < 2; j++) {
                    double z = b0[j] + x[r][0] * w[0][j] + x[r][1] * w[0][2 + j];
                    h[r][j] = 1.0 / (1.0 + Math.exp(-z));
                }
                p[r] = 1.0 / (1.0 + Math.exp(-(b1[0] + h[r][0] * w[1][0] + h[r][1] * w[1][1])));
            }
            if (e == epochs) break;
            double[] gw0 = new double[4], gb0 = new double[2], gw1 = new double[2];
            double gb1 = 0;
            for (int r = 0; r < 4; r++) {
                double d = (p[r] - y[r]) / 4;
                gb1 += d;
                for (int j = 0; j < 2; j++) {
                    gw1[j] += h[r][j] * d;
                    double dh = d * w[1][j] * h[r][j] * (1 - h[r][j]);
                    gb0[j] += dh;
                    gw0[j] += x[r][0] * dh;
                    gw0[2 + j] += x[r][1] * dh;
                }
            }
            for (int k = 0; k < 4; k++) w[0][k] -= lr * gw0[k];
            for (int j = 0; j < 2; j++) { b0[j] -= lr * gb0[j]; w[1][j] -= lr * gw1[j]; }
            b1[0] -= lr * gb1;
        }
        double s = 0;
        for (int r = 0; r < 4; r++) {
            s += y[r] * Math.max(Math.log(p[r]), -100) + (1 - y[r]) * Math.max(Math.log(1 - p[r]), -100);
        }
        return -s / 4;
    }

    @Test
    void agreesWithTheReferenceTrainerOnXor() throws Exception {
        Net net = xor221();
        TrainResult r = Trainer.train(net, XOR, cfg(10_000, 0.5, 2), TrainListener.NONE);
        double ref = referenceXor(2, 10_000, 0.5);
        assertEquals(StopReason.EPOCHS, r.reason());
        assertEquals(10_000, r.epochsRun());
        assertEquals(ref, r.loss(), 1e-10);
        assertTrue(ref < 0.01, "the reference solves xor with seed 2: " + ref);
    }

    // ---- outcomes ----

    @Test
    void sameConfigGivesBitIdenticalWeightsOnEveryThread() throws Exception {
        TrainConfig c = cfg(300, 0.05, 5).optimizer(OptimizerKind.ADAM).l2(0.001).batch(3);
        Table p3 = Generators.generate("p3", "parity", 3);
        Net first = net(p3, OutputKind.SIGMOID, new LayerSpec(4, Activation.TANH));
        Trainer.train(first, p3, c, TrainListener.NONE);
        List<CompletableFuture<List<Long>>> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(CompletableFuture.supplyAsync(() -> {
                try {
                    Net n = net(p3, OutputKind.SIGMOID, new LayerSpec(4, Activation.TANH));
                    Trainer.train(n, p3, c, TrainListener.NONE);
                    return weightBits(n);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (var f : others) assertEquals(weightBits(first), f.join());
        Net otherSeed = net(p3, OutputKind.SIGMOID, new LayerSpec(4, Activation.TANH));
        Trainer.train(otherSeed, p3, cfg(300, 0.05, 6).optimizer(OptimizerKind.ADAM).l2(0.001).batch(3),
                TrainListener.NONE);
        assertNotEquals(weightBits(first), weightBits(otherSeed));
    }

    @Test
    void miniBatchMomentumAndAdamReduceTheLoss() throws Exception {
        Table p3 = Generators.generate("p3", "parity", 3);
        for (OptimizerKind opt : OptimizerKind.values()) {
            for (int batch : new int[] {0, 1, 3}) {
                Net n = net(p3, OutputKind.SIGMOID, new LayerSpec(6, Activation.TANH));
                double lr = opt == OptimizerKind.ADAM ? 0.02 : opt == OptimizerKind.MOMENTUM ? 0.1 : 0.5;
                TrainResult r = Trainer.train(n, p3, cfg(1000, lr, 3).optimizer(opt).batch(batch), TrainListener.NONE);
                double start = r.history().loss()[0];
                assertEquals(0, r.history().epochs()[0]);
                assertTrue(r.loss() < start / 4, opt + " batch " + batch + ": loss " + start + " -> " + r.loss());
                assertEquals(1.0, accuracy(n, p3), opt + " batch " + batch);
            }
        }
    }

    @Test
    void orWithoutHiddenLayerIsLearnt() throws Exception {
        Net n = net(OR, OutputKind.SIGMOID);
        TrainResult r = Trainer.train(n, OR, cfg(2000, 1, 1), TrainListener.NONE);
        assertEquals(1.0, accuracy(n, OR));
        assertTrue(r.entropy() < 0.2, "H(Y|X) " + r.entropy());
    }

    @Test
    void xorWithoutHiddenLayerStaysUncertain() throws Exception {
        Net n = net(XOR, OutputKind.SIGMOID);
        TrainResult r = Trainer.train(n, XOR, cfg(5000, 1, 1), TrainListener.NONE);
        assertTrue(r.entropy() > 0.5, "H(Y|X) " + r.entropy());
        assertTrue(accuracy(n, XOR) < 1);
    }

    /**
     * About 40% of seeds end in the well-known local minimum of 2-2-1 (loss 0.348, H 0.51 bits;
     * Spec.java notes it for seed 1) or on a plateau: measured 12/20 at 5000 epochs, lr 1. Every
     * seed's final loss must match the reference's, so the misses are the landscape's, not ours.
     */
    @Test
    void xorWithTwoSigmoidHiddenNodesIsUsuallySolved() throws Exception {
        int solved = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Net n = xor221();
            TrainResult r = Trainer.train(n, XOR, cfg(5000, 1, seed), TrainListener.NONE);
            if (r.entropy() < 0.05) solved++;
            assertEquals(referenceXor(seed, 5000, 1), r.loss(), 1e-9, "seed " + seed);
        }
        System.out.println("xor 2-2-1, 5000 epochs, lr 1: H(Y|X) < 0.05 for " + solved + "/20 seeds");
        assertTrue(solved >= 10, solved + "/20");
    }

    @Test
    void untilEntropyStopsBeforeTheUpdateThatWouldFollow() throws Exception {
        StopWhen stop = new StopWhen(StopWhen.Metric.ENTROPY, 0.1);
        Net n = xor221();
        TrainResult r = Trainer.train(n, XOR, cfg(10_000, 0.5, 2).until(stop), TrainListener.NONE);
        assertEquals(StopReason.UNTIL, r.reason());
        assertTrue(r.epochsRun() > 100 && r.epochsRun() < 10_000, "" + r.epochsRun());
        assertTrue(r.entropy() < 0.1);
        // the final weights are the ones measured: the same as a plain run of exactly that many epochs
        Net plain = xor221();
        TrainResult same = Trainer.train(plain, XOR, cfg(r.epochsRun(), 0.5, 2), TrainListener.NONE);
        assertEquals(weightBits(plain), weightBits(n));
        assertEquals(same.entropy(), r.entropy());
        // and one epoch fewer was not enough
        TrainResult before = Trainer.train(xor221(), XOR, cfg(r.epochsRun() - 1, 0.5, 2), TrainListener.NONE);
        assertTrue(before.entropy() >= 0.1);
        assertEquals(r.epochsRun(), r.history().epochs()[r.history().size() - 1]);
    }

    @Test
    void untilLossStopsMiniBatchTrainingToo() throws Exception {
        Net n = xor221();
        TrainConfig c = cfg(20_000, 0.5, 2).batch(2).until(new StopWhen(StopWhen.Metric.LOSS, 0.2));
        TrainResult r = Trainer.train(n, XOR, c, TrainListener.NONE);
        assertEquals(StopReason.UNTIL, r.reason());
        assertTrue(r.loss() < 0.2, "" + r.loss());
    }

    @Test
    void hugeLearningRateDivergesAndKeepsFiniteWeights() throws Exception {
        for (Activation f : new Activation[] {Activation.LINEAR, Activation.RELU}) {
            Net n = net(XOR, OutputKind.SIGMOID, new LayerSpec(3, f));
            TrainResult r = Trainer.train(n, XOR, cfg(1000, 1e300, 1), TrainListener.NONE);
            assertEquals(StopReason.DIVERGED, r.reason(), f.word());
            assertTrue(allFinite(n), f.word());
            assertTrue(Double.isFinite(r.loss()), f.word());
            assertTrue(r.epochsRun() < 1000, f.word());
        }
    }

    @Test
    void stopRequestedInterruptsAndKeepsTheWeightsReached() throws Exception {
        int[] polls = {0};
        TrainListener stopAtTen = new TrainListener() {
            @Override public boolean stopRequested() { return ++polls[0] >= 10; }
        };
        Net n = xor221();
        TrainResult r = Trainer.train(n, XOR, cfg(5000, 0.5, 2), stopAtTen);
        assertEquals(StopReason.INTERRUPTED, r.reason());
        assertEquals(10, r.epochsRun());
        Net ten = xor221();
        Trainer.train(ten, XOR, cfg(10, 0.5, 2), TrainListener.NONE);
        assertEquals(weightBits(ten), weightBits(n));
    }

    @Test
    void progressEveryNEpochsMatchesTheHistory() throws Exception {
        List<Progress> seen = new ArrayList<>();
        TrainListener l = new TrainListener() {
            @Override public void progress(Progress p) { seen.add(p); }
        };
        TrainConfig c = cfg(1000, 0.5, 2).every(250);
        TrainResult r = Trainer.train(xor221(), XOR, c, l);
        assertEquals(List.of(250, 500, 750, 1000), seen.stream().map(Progress::epoch).toList());
        History h = r.history();
        // points spaced by the history's budget, and every progress line among them
        assertTrue(h.size() > 20 && h.size() <= 1001, "" + h.size());
        assertEquals(0, h.epochs()[0]);
        assertEquals(1000, h.epochs()[h.size() - 1]);
        for (Progress p : seen) {
            int i = java.util.Arrays.binarySearch(h.epochs(), p.epoch());
            assertTrue(i >= 0, "epoch " + p.epoch() + " is in the history");
            assertEquals(h.loss()[i], p.loss());
            assertEquals(h.entropy()[i], p.entropy());
            assertEquals(1000, p.epochs());
        }
        assertEquals(r.loss(), h.loss()[h.size() - 1]);
        assertTrue(h.loss()[h.size() - 1] < h.loss()[0]);
    }

    @Test
    void historyIsSampledAtAboutAThousandPoints() throws Exception {
        TrainResult r = Trainer.train(xor221(), XOR, cfg(25_000, 0.5, 2), TrainListener.NONE);
        History h = r.history();
        assertTrue(h.size() <= 1001 && h.size() >= 900, "" + h.size());
        assertEquals(0, h.epochs()[0]);
        assertEquals(25_000, h.epochs()[h.size() - 1]);
        for (int i = 1; i < h.size(); i++) assertTrue(h.epochs()[i] > h.epochs()[i - 1]);
        for (double e : h.entropy()) assertTrue(e >= 0 && e <= 1);
    }

    @Test
    void rowsRestrictTheTrainingSet() throws Exception {
        Net all = xor221(), listed = xor221(), three = xor221();
        TrainConfig c = cfg(500, 0.5, 2);
        Trainer.train(all, XOR, c, TrainListener.NONE);
        Trainer.train(listed, XOR, c.rows(List.of("11", "00", "01", "10")), TrainListener.NONE);
        assertEquals(weightBits(all), weightBits(listed));
        TrainResult r = Trainer.train(three, XOR, cfg(3000, 1, 2).rows(List.of("00", "01", "10")),
                TrainListener.NONE);
        // three rows of xor are the rows of or: learnt without difficulty, measured on those rows only
        assertTrue(r.entropy() < 0.2, "" + r.entropy());
        assertThrows(IllegalArgumentException.class, () -> Trainer.train(xor221(), XOR, cfg(10, 1, 2).rows(List.of()),
                TrainListener.NONE));
    }

    @Test
    void resumeContinuesFromTheCurrentWeights() throws Exception {
        Net once = xor221(), twice = xor221();
        Trainer.train(once, XOR, cfg(200, 0.5, 2), TrainListener.NONE);
        Trainer.train(twice, XOR, cfg(100, 0.5, 2), TrainListener.NONE);
        TrainConfig more = cfg(100, 0.5, 2).resume(true);
        Trainer.train(twice, XOR, more, TrainListener.NONE);
        assertEquals(weightBits(once), weightBits(twice));
    }

    @Test
    void softmaxLearnsSymbolicStatesAndBceOnItIsRefused() throws Exception {
        Table pets = Table.of("pets", List.of(new Row("dog", List.of("bark")), new Row("cat", List.of("meow")),
                new Row("cow", List.of("moo"))));
        Net n = NetBuilder.build("n", new NetSpec(InputEncoding.ONEHOT, null, List.of(), OutputKind.SOFTMAX, null),
                pets.inputs(), pets.outputs());
        TrainResult r = Trainer.train(n, pets, cfg(2000, 1, 1), TrainListener.NONE);
        assertEquals(1.0, accuracy(n, pets));
        assertTrue(r.entropy() < 0.1, "" + r.entropy());
        TrainConfig bce = cfg(10, 1, 1).loss(Loss.BCE);
        assertThrows(IllegalArgumentException.class, () -> Trainer.train(n, pets, bce, TrainListener.NONE));
    }

    @Test
    void l2KeepsWeightsSmallerAndIsNotInTheReportedLoss() throws Exception {
        Net plain = xor221(), decayed = xor221();
        TrainResult a = Trainer.train(plain, XOR, cfg(3000, 0.5, 2), TrainListener.NONE);
        TrainResult b = Trainer.train(decayed, XOR, cfg(3000, 0.5, 2).l2(0.01), TrainListener.NONE);
        assertTrue(sumSquares(decayed) < sumSquares(plain));
        // epoch 0 is the same starting net: the penalty is not part of the reported loss
        assertEquals(a.history().loss()[0], b.history().loss()[0]);
    }

    /**
     * Bytes allocated by this thread during one training (HotSpot's per-thread counter), every
     * epoch measured (loss and entropy, as for a history point: an until that never holds) but no
     * history kept, whose arrays grow with the epochs.
     */
    static long allocated(Net net, Table t, TrainConfig c, TrainListener listener) {
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        TrainConfig measured = c.until(new StopWhen(StopWhen.Metric.ENTROPY, -1));
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        Trainer.train(net, t, measured, listener, false);
        return mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    /**
     * Training allocates nothing per epoch. Measured as what a long training allocates beyond a
     * short one, both measuring every epoch, per extra epoch. A single measurement
     * depends on the JIT: until C2 has compiled the loop, and for a while after a deoptimisation,
     * temporaries such as the Vector API's vectors are real objects (a 1000-epoch run has been
     * measured at 11 MB, 80 MB with mini-batches). Such events only add bytes, and only to some
     * runs; a real allocation per epoch adds its bytes to every long run. So the fixed cost is the
     * least any short run allocated and the long runs' cost the least any long run allocated,
     * over windows of one short and one long run: at least 3 windows, more (up to 40) while that
     * minimum is not clean. The limit is 0.1 byte an epoch; the last check shows that 16 bytes
     * an epoch are measured as such.
     */
    @Test
    void epochsAllocateNothing() throws Exception {
        Table p4 = Generators.generate("p4", "parity", 4);
        // the 4 x 32 weights go through the wide kernels, the 32 x 1 and 2-2-1's through the plain loops
        Net wide = net(p4, OutputKind.SIGMOID, new LayerSpec(32, Activation.TANH));
        Net small = xor221();
        for (OptimizerKind opt : OptimizerKind.values()) {
            assertNoAllocationPerEpoch(wide, p4, opt, 0, 4_000);
            assertNoAllocationPerEpoch(wide, p4, opt, 5, 4_000);  // 16 rows: batches of 5, 5, 5, 1
            assertNoAllocationPerEpoch(small, XOR, opt, 0, 100_000);
        }
        assertNoAllocationPerEpoch(small, XOR, OptimizerKind.SGD, 3, 100_000);  // 4 rows: batches of 3, 1

        // a listener that allocates 16 bytes each time it is polled (every epoch)
        TrainListener leaking = new TrainListener() {
            @Override public boolean stopRequested() {
                sink = new long[0];
                return false;
            }
        };
        StringBuilder seen = new StringBuilder();
        double leak = extraBytesPerEpoch(small, XOR, cfg(100_000, 0.1, 1).optimizer(OptimizerKind.SGD).batch(0), leaking, 6, seen);
        assertTrue(leak > 15, "16 bytes an epoch measured as " + leak + " (bytes of the runs:" + seen + ")");
    }

    /** Where the leaking listener puts what it allocates, so that the JIT cannot take it out. */
    static volatile Object sink;

    /** The most a long training may allocate beyond a short one, per extra epoch. */
    static final double BYTES_PER_EPOCH = 0.1;

    static void assertNoAllocationPerEpoch(Net n, Table t, OptimizerKind opt, int batch, int epochs) {
        StringBuilder seen = new StringBuilder();
        double perEpoch = extraBytesPerEpoch(n, t, cfg(epochs, 0.1, 1).optimizer(opt).batch(batch), TrainListener.NONE, 40, seen);
        assertTrue(perEpoch < BYTES_PER_EPOCH, opt + " batch " + batch + " " + n + ": " + (epochs - 1000)
                + " more epochs allocated at least " + perEpoch + " bytes each (bytes of the 1000-epoch/" + epochs
                + "-epoch runs:" + seen + ")");
    }

    /**
     * The least bytes a training with longRun allocated, minus the least the same with 1000
     * epochs allocated, per extra epoch, over at least 3 windows of one short and one long run,
     * and more, up to maxWindows, until the result is under BYTES_PER_EPOCH. Appends the bytes
     * of every run to seen.
     */
    static double extraBytesPerEpoch(Net n, Table t, TrainConfig longRun, TrainListener listener, int maxWindows,
                                     StringBuilder seen) {
        TrainConfig shortRun = longRun.epochs(1000);
        long fixed = Long.MAX_VALUE, total = Long.MAX_VALUE;
        double perEpoch = Double.NaN;
        for (int window = 1; window <= maxWindows; window++) {
            long s = allocated(n, t, shortRun, listener), l = allocated(n, t, longRun, listener);
            seen.append(' ').append(s).append('/').append(l);
            fixed = Math.min(fixed, s);
            total = Math.min(total, l);
            perEpoch = (double) (total - fixed) / (longRun.epochs() - 1000);
            if (window >= 3 && perEpoch < BYTES_PER_EPOCH) break;
        }
        return perEpoch;
    }

    static double sumSquares(Net net) {
        double s = 0;
        for (Layer l : net.layers()) for (double w : l.W.data) s += w * w;
        return s;
    }

    @Test
    void fractionalTargetsReachTheFloor() throws Exception {
        Table back = Generators.inverse("back", XOR);
        Net n = net(back, OutputKind.SIGMOID, new LayerSpec(3, Activation.TANH));
        TrainResult r = Trainer.train(n, back, cfg(3000, 0.5, 1), TrainListener.NONE);
        // 0 -> 00 | 11: independent bits can reach at best p = 1/4 for each of the four states, H = 2 bits
        assertEquals(2.0, r.entropy(), 1e-3);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, n.probabilities(n.encode(0)), 1e-2);
    }
}
