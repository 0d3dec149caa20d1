package nnlang.train;

import java.util.List;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.model.Activation;
import nnlang.model.Initialiser;
import nnlang.model.Layer;
import nnlang.model.Net;

/**
 * Full-batch training of a batch of trials of one net side by side in lanes: Trainer's epoch
 * loop (its full-batch epoch, divergence, until and stop rules, without history or progress)
 * kept per lane. All lanes run every epoch together; when a lane stops (until holds, a NaN, a
 * finished last epoch) its weights are copied out as Trainer would leave them and its lane runs
 * on unused until the batch ends, so no step of the others depends on it.
 */
final class LaneTrainer {
    private final Net[] nets;
    private final TrainConfig cfg;
    private final TrainListener listener;
    private final int count, lanes, rows, outNodes;
    private final LanePass pass;
    private final LaneKernels sums;
    private final double[] check;
    private final Optimizer opt;
    private final Metrics metrics;
    private final double[][] params, snapshot, kept;
    /** Per lane: row-major targets (rows x output nodes), for the metrics. */
    private final double[][] targets;
    private final double[] outRow;
    private final boolean[] active;
    private final int[] epochsRun;
    private final StopReason[] reason;
    private int running;

    /**
     * @param nets  one net per trial (count at most lanes), trained in place
     * @param rows  each trial's training rows, all of one count
     * @param cfgs  each trial's options, equal but for the seed (Lanes.train checks)
     */
    LaneTrainer(Net[] nets, List<List<Row>> rows, TrainConfig[] cfgs, TrainListener listener, LaneKernels sums,
                int lanes) {
        this.nets = nets;
        this.cfg = cfgs[0];
        this.listener = listener;
        this.count = nets.length;
        this.lanes = lanes;
        this.rows = rows.get(0).size();
        Net net = nets[0];
        boolean softmax = net.output().kind() == OutputKind.SOFTMAX;
        Loss asked = Trainer.naturalLoss(net, cfg.loss());
        if (softmax && asked == Loss.BCE) throw new IllegalArgumentException("bce needs a sigmoid output; use ce");
        Loss loss = asked == Loss.CE && !softmax ? Loss.BCE : asked;
        int layers = net.layers().size();
        int[] fanIn = new int[layers], fanOut = new int[layers];
        Activation[] f = new Activation[layers];
        boolean[][] mask = new boolean[layers][];
        for (int l = 0; l < layers; l++) {
            Layer ly = net.layer(l);
            fanIn[l] = ly.inputs();
            fanOut[l] = ly.nodes();
            f[l] = ly.activation;
            mask[l] = ly.mask();
        }
        this.outNodes = fanOut[layers - 1];
        this.sums = sums;
        this.check = new double[lanes];
        this.pass = new LanePass(fanIn, fanOut, f, mask, loss, softmax, this.rows, lanes, sums);
        this.metrics = new Metrics(net.output(), loss);
        this.targets = new double[count][];
        this.outRow = new double[this.rows * outNodes];
        for (int v = 0; v < count; v++) {
            if (!cfgs[v].resume()) Initialiser.initialise(nets[v], cfgs[v].seed());
            targets[v] = encode(nets[v], rows.get(v), v);
        }
        this.params = pass.parameters();
        for (int v = 0; v < lanes; v++) pack(nets[v % count], v);
        // lanes beyond the trials repeat the first ones' numbers (finite, never read)
        for (int v = count; v < lanes; v++) encode(nets[v % count], rows.get(v % count), v);
        this.opt = new Optimizer(cfg.optimizer(), cfg.lr(), cfg.momentum(), params, pass.gradients());
        this.snapshot = opt.snapshot();
        this.kept = Optimizer.zerosLike(params);
        this.active = new boolean[count];
        this.epochsRun = new int[count];
        this.reason = new StopReason[count];
    }

    /** Trial v's rows into lane v of the inputs and targets (as Backprop encodes them); its targets row-major. */
    private double[] encode(Net net, List<Row> trialRows, int v) {
        int in = net.inputWidth();
        double[] x = new double[in], t = new double[rows * outNodes];
        for (int r = 0; r < rows; r++) {
            Row row = trialRows.get(r);
            int xi = net.inputs().indexOf(row.x());
            if (xi < 0) throw new IllegalArgumentException("input " + row.x() + " is not in the net's input space");
            net.encoding().encode(net.inputs(), xi, x, 0);
            net.output().target(row, t, r * outNodes);
            for (int i = 0; i < in; i++) pass.xt[(i * rows + r) * lanes + v] = x[i];
            for (int j = 0; j < outNodes; j++) pass.tt[(j * rows + r) * lanes + v] = t[r * outNodes + j];
        }
        return t;
    }

    /** The net's weights into lane v of the parameters. */
    private void pack(Net net, int v) {
        for (int l = 0; l < net.layers().size(); l++) {
            double[] w = net.layer(l).W.data, b = net.layer(l).b.data;
            for (int k = 0; k < w.length; k++) params[2 * l][k * lanes + v] = w[k];
            for (int k = 0; k < b.length; k++) params[2 * l + 1][k * lanes + v] = b[k];
        }
    }

    /** Trains every lane; the results in lane order, the nets left with their trained weights. */
    TrainResult[] run() {
        long start = System.nanoTime();
        java.util.Arrays.fill(active, true);
        running = count;
        opt.save();
        StopWhen until = cfg.until();
        boolean untilEntropy = until != null && until.metric() == StopWhen.Metric.ENTROPY;
        for (int k = 0; k < cfg.epochs() && running > 0; k++) {
            pass.run(cfg.l2());
            if (until != null) {
                measureAndCheck(k, until, untilEntropy);
            } else {
                nanCheck(k);
            }
            if (running == 0) break;
            // a parameter made NaN or infinite: that lane gets the weights before this update back
            if (!opt.step(sums)) {
                for (int v = 0; v < count; v++) if (active[v] && !finite(params, v)) finish(v, StopReason.DIVERGED, k, snapshot);
            }
            if (running > 0 && listener.stopRequested()) {
                for (int v = 0; v < count; v++) if (active[v]) finish(v, StopReason.INTERRUPTED, k + 1, params);
            }
        }
        for (int v = 0; v < count; v++) if (active[v]) finish(v, StopReason.EPOCHS, cfg.epochs(), params);
        return results(start);
    }

    /** Every lane's loss (and entropy) before this epoch's update; until or a non-finite loss stops it. */
    private void measureAndCheck(int k, StopWhen until, boolean withEntropy) {
        double[] out = pass.out();
        for (int v = 0; v < count; v++) {
            if (!active[v]) continue;
            double l = metrics.measure(row(out, v), targets[v], rows, withEntropy, true) / rows;
            // these weights have a non-finite loss: the previous update is undone
            if (!Double.isFinite(l)) {
                finish(v, StopReason.DIVERGED, Math.max(k - 1, 0), snapshot);
                continue;
            }
            double h = withEntropy ? metrics.entropySum() / rows : Double.NaN;
            if ((until.metric() == StopWhen.Metric.ENTROPY ? h : l) < until.below()) finish(v, StopReason.UNTIL, k, params);
        }
    }

    /** Unmeasured epochs: an output NaN (a * 0 is NaN) is a non-finite loss, as Metrics' NaN check. */
    private void nanCheck(int k) {
        sums.nanCheck(pass.out(), lanes, check);
        for (int v = 0; v < count; v++) {
            if (active[v] && !Double.isFinite(check[v])) finish(v, StopReason.DIVERGED, Math.max(k - 1, 0), snapshot);
        }
    }

    /** Lane v of row-major outputs (rows x output nodes), into the shared buffer. */
    private double[] row(double[] out, int v) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < outNodes; j++) outRow[r * outNodes + j] = out[(j * rows + r) * lanes + v];
        }
        return outRow;
    }

    // w * 0 is 0 for every finite w, NaN otherwise (Optimizer.step's check, one lane)
    private boolean finite(double[][] p, int v) {
        for (double[] g : p) for (int e = v; e < g.length; e += lanes) if (g[e] * 0 != 0) return false;
        return true;
    }

    /** Lane v stops: its weights (the current ones or the snapshot's) are kept, as Trainer.stop leaves them. */
    private void finish(int v, StopReason why, int epochs, double[][] from) {
        for (int g = 0; g < from.length; g++) {
            for (int e = v; e < from[g].length; e += lanes) kept[g][e] = from[g][e];
        }
        active[v] = false;
        running--;
        reason[v] = why;
        epochsRun[v] = epochs;
    }

    /** The kept weights into the nets, and their loss and H(Y|X) measured in one forward pass (Trainer.evaluate). */
    private TrainResult[] results(long start) {
        Optimizer.copy(kept, params);
        pass.forward();
        double[] out = pass.out();
        TrainResult[] results = new TrainResult[count];
        for (int v = 0; v < count; v++) {
            unpack(nets[v], v);
            double l = metrics.measure(row(out, v), targets[v], rows, true, true) / rows;
            double h = metrics.entropySum() / rows;
            long nanos = System.nanoTime() - start;
            // the one history point of a training without history; the listener hears it as Trainer.record says
            if (listener != TrainListener.NONE) listener.sample(new Progress(epochsRun[v], cfg.epochs(), l, h, nanos));
            History history = new History(new int[] {epochsRun[v]}, new double[] {l}, new double[] {h});
            results[v] = new TrainResult(epochsRun[v], reason[v], l, h, nanos, history, true);
        }
        return results;
    }

    private void unpack(Net net, int v) {
        for (int l = 0; l < net.layers().size(); l++) {
            double[] w = net.layer(l).W.data, b = net.layer(l).b.data;
            for (int k = 0; k < w.length; k++) w[k] = params[2 * l][k * lanes + v];
            for (int k = 0; k < b.length; k++) b[k] = params[2 * l + 1][k * lanes + v];
        }
    }
}
