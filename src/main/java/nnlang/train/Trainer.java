package nnlang.train;

import java.util.Arrays;
import java.util.List;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Initialiser;
import nnlang.model.Net;
import nnlang.model.SplitMix64;

/**
 * The training loop: gradient descent on the mean data loss over the training rows, plus an
 * optional l2 penalty, until the epochs are done, the until condition holds, the listener asks
 * to stop, or the numbers blow up.
 *
 * <p>What one epoch is:
 * <ul>
 * <li>Full batch ({@code batch 0}, or a batch at least as large as the rows): one forward pass
 *     over all training rows in table order, one backward pass, one update. The epoch's loss is
 *     that of the weights before its update.
 * <li>Mini-batches of N rows: the row order is shuffled (Fisher-Yates, a splitmix64 stream seeded
 *     from {@code cfg.seed()} apart from the initialiser's), then one update per N rows (the last
 *     batch may be smaller). Metrics (for until, progress and the history) come from an extra
 *     forward pass over all rows before the epoch, so they too are those of the weights measured.
 * </ul>
 *
 * <p>Metrics: the loss (nats) is the mean over the training rows of the per-row data loss,
 * summed over output nodes; it never includes the l2 penalty. The entropy is H(Y|X) in bits on
 * the training rows (DESIGN.md section 2). "After k epochs" means after k updates of full-batch
 * training; the until check runs on the metrics of the weights before an epoch's update, and when
 * it holds training stops without that update, so the final weights are the ones measured.
 *
 * <p>Divergence: when the loss or a parameter becomes NaN or infinite, training stops at once
 * and the last parameters whose loss was finite are put back. Deterministic: the same net spec,
 * table and config give bit-identical weights on every run and thread; no static mutable state.
 */
public final class Trainer {
    /** Mixed into the seed for the stream that shuffles mini-batches (apart from the initialiser's). */
    static final long SHUFFLE_STREAM = 0x6A09E667F3BCC909L;
    /** The history keeps at most about this many points. */
    static final int HISTORY_POINTS = 1000;
    /**
     * The history's points together cost at most about this share of a training without them:
     * a point measures the loss and H(Y|X) on every row (a few logs a row), which on a small net
     * costs a good part of an epoch (10-2-1 on 1,024 rows: a point every epoch once made 200
     * epochs 1.7x as long).
     */
    static final double HISTORY_BUDGET = 0.05;

    private final TrainConfig cfg;
    private final TrainListener listener;
    private final Backprop bp;
    private final Optimizer opt;
    private final int rows, batch;
    private final boolean fullBatch, untilEntropy;
    private final int[] order, inOrder;
    private final SplitMix64 shuffle;
    private final long start;

    /** Epochs between history points; 0 when no history is kept (experiments). */
    private final int stride;
    private final int[] hEpochs;
    private final double[] hLoss, hEntropy;
    private int hSize, lastProgress = -1;

    /** The metrics of the last evaluate(). */
    private double loss, entropy;
    private StopReason reason;
    private int epochsRun;

    /**
     * Polled inside a long epoch (more than {@link Products#PIECE} multiply-adds a pass), so that
     * a stop need not wait for the epoch's end; NEVER for short epochs, which stop between epochs.
     */
    private final StopPoll poll;
    /** A long mini-batch epoch's starting weights, put back when a stop cuts it; else null. */
    private final double[][] epochStart;
    /** The parameter arrays the optimiser updates (taken once: parameters() builds a new array of them). */
    private final double[][] params;
    /** The epoch running now (the one a stop inside an epoch cuts). */
    private int current;

    private Trainer(Net net, List<Row> trainingRows, TrainConfig cfg, TrainListener listener, long start,
                    boolean history) {
        this.cfg = cfg;
        this.listener = listener;
        this.start = start;
        this.rows = trainingRows.size();
        this.fullBatch = cfg.batch() == 0 || cfg.batch() >= rows;
        this.batch = fullBatch ? rows : cfg.batch();
        this.untilEntropy = cfg.until() != null && cfg.until().metric() == StopWhen.Metric.ENTROPY;
        this.bp = new Backprop(net, trainingRows, naturalLoss(net, cfg.loss()), cfg.l2(), batch);
        this.opt = new Optimizer(cfg.optimizer(), cfg.lr(), cfg.momentum(), bp.parameters(), bp.gradients());
        this.order = new int[rows];
        for (int r = 0; r < rows; r++) order[r] = r;
        this.inOrder = order.clone();
        this.params = bp.parameters();
        long work = 0;
        for (double[] p : params) work += p.length;
        boolean longEpoch = work * rows > Products.PIECE && listener != TrainListener.NONE;
        this.poll = longEpoch ? new StopPoll(listener::stopRequested) : StopPoll.NEVER;
        bp.pollWith(poll);
        this.epochStart = longEpoch && !fullBatch ? Optimizer.zerosLike(params) : null;
        this.shuffle = new SplitMix64(cfg.seed() ^ SHUFFLE_STREAM);
        this.stride = history ? stride(cfg.epochs(), work - biases(bp), biases(bp), net.output().nodes(),
                net.output().space().size(), fullBatch) : 0;
        int capacity = history ? cfg.epochs() / stride + 2 + (cfg.every() > 0 ? cfg.epochs() / cfg.every() : 0) : 1;
        this.hEpochs = new int[capacity];
        this.hLoss = new double[capacity];
        this.hEntropy = new double[capacity];
    }

    /**
     * Epochs between history points: at most {@link #HISTORY_POINTS} of them, and no more than
     * {@link #HISTORY_BUDGET} of the training's work, by a count of operations a row calibrated
     * with nn bench's history case (10-2-1 on 1,024 rows: a point costs about a quarter of an
     * epoch): an epoch does about 3 multiply-adds a weight and an exp (about 20) a node; a point
     * a log (about 11) per output state and node, and for mini-batch training a forward pass over
     * all rows (counted as an epoch).
     */
    static int stride(int epochs, long weights, long nodes, int outNodes, int states, boolean fullBatch) {
        double epoch = 3.0 * weights + 20.0 * nodes;
        double point = 11.0 * (states + outNodes) + (fullBatch ? 0 : epoch);
        double points = Math.max(1, Math.min(HISTORY_POINTS, HISTORY_BUDGET * epochs * epoch / point));
        return (int) Math.max(1, Math.ceil(epochs / Math.floor(points)));
    }

    private static long biases(Backprop bp) {
        double[][] p = bp.parameters();
        long n = 0;
        for (int l = 1; l < p.length; l += 2) n += p[l].length;
        return n;
    }

    /**
     * Trains net IN PLACE on the rows of table (restricted to cfg.rows() when not null, in table
     * order). Initialises weights with {@link Initialiser#initialise(Net, long)} and cfg.seed()
     * unless cfg.resume() (optimiser state such as momentum always starts at zero).
     *
     * <p>The net must be bound (NetBuilder.build) to the table's spaces; the table may be a
     * restriction of the one the net was built on. The returned loss and entropy are those of the
     * final weights (see the class comment for what is measured when).
     *
     * @throws IllegalArgumentException when there are no rows to train on, a row's input is not in
     *         the net's input space, epochs or batch is negative, or bce is asked of a softmax output
     */
    public static TrainResult train(Net net, Table table, TrainConfig cfg, TrainListener listener) {
        return train(net, table, cfg, listener, true);
    }

    /**
     * As {@link #train(Net, Table, TrainConfig, TrainListener)}; without history the metrics are
     * measured only where until or progress need them (the final ones always), the result's
     * history holds only the final point and the listener hears no samples. The weights are the same.
     */
    public static TrainResult train(Net net, Table table, TrainConfig cfg, TrainListener listener,
                                    boolean history) {
        long start = System.nanoTime();
        if (cfg.epochs() < 0) throw new IllegalArgumentException("epochs must be at least 0, not " + cfg.epochs());
        if (cfg.batch() < 0) throw new IllegalArgumentException("batch must be at least 0, not " + cfg.batch());
        List<Row> trainingRows = (cfg.rows() == null ? table : table.restrictedTo(cfg.rows())).rows();
        if (trainingRows.isEmpty()) throw new IllegalArgumentException("no rows to train on");
        if (!cfg.resume()) Initialiser.initialise(net, cfg.seed());
        Trainer t = new Trainer(net, trainingRows, cfg, listener == null ? TrainListener.NONE : listener, start,
                history);
        return t.run();
    }

    /** The loss asked for, or the output's natural one: bce for sigmoid, ce for softmax. */
    static Loss naturalLoss(Net net, Loss asked) {
        if (asked != null) return asked;
        return net.output().kind() == OutputKind.SOFTMAX ? Loss.CE : Loss.BCE;
    }

    private TrainResult run() {
        opt.save();
        try {
            for (current = 0; current < cfg.epochs(); current++) {
                int k = current;
                if (fullBatch ? fullBatchEpoch(k) : miniBatchEpoch(k)) break;
                if (listener.stopRequested()) {
                    stop(StopReason.INTERRUPTED, k + 1);
                    break;
                }
            }
        } catch (StopPoll.Stopped cut) {
            // nothing of the cut epoch is kept: a full batch is cut before its one update, a
            // mini-batch epoch gets its starting weights back
            if (epochStart != null) Optimizer.copy(epochStart, params);
            stop(StopReason.INTERRUPTED, current);
        }
        if (reason == null) stop(StopReason.EPOCHS, cfg.epochs());
        boolean measured = true;
        try {
            evaluate(true);
        } catch (StopPoll.Stopped cut) {
            // a stop still asked for cuts the final measure too: the weights are kept, unmeasured
            measured = false;
            loss = entropy = Double.NaN;
        }
        if (hSize > 0 && hEpochs[hSize - 1] == epochsRun) hSize--;
        if (measured) record(epochsRun, loss, entropy);
        if (measured && progressAt(epochsRun) && lastProgress != epochsRun) progress(epochsRun, loss, entropy);
        History history = new History(Arrays.copyOf(hEpochs, hSize), Arrays.copyOf(hLoss, hSize),
                Arrays.copyOf(hEntropy, hSize));
        return new TrainResult(epochsRun, reason, loss, entropy, System.nanoTime() - start, history, measured);
    }

    /** One forward pass, the until check, one backward pass, one update; true when training stops. */
    private boolean fullBatchEpoch(int k) {
        boolean measured = measuredAt(k), withEntropy = entropyAt(k);
        // the loss (logs) only when measured; otherwise forward checks that it would be finite
        // (the gradients come with it, unused when training stops here)
        double l = bp.forwardBackward(bp.X, bp.T, withEntropy, measured) / rows;
        // these weights have a non-finite loss: undo the previous update
        if (!Double.isFinite(l)) return diverged(Math.max(k - 1, 0));
        if (measured && observe(k, l, withEntropy ? bp.entropySum() / rows : Double.NaN)) {
            return stop(StopReason.UNTIL, k);
        }
        if (!opt.step()) return diverged(k);
        return false;
    }

    /** Measure if needed, shuffle, then one update per batch; true when training stops. */
    private boolean miniBatchEpoch(int k) {
        if (epochStart != null) Optimizer.copy(params, epochStart);
        if (measuredAt(k)) {
            evaluate(entropyAt(k));
            if (!Double.isFinite(loss)) return diverged(Math.max(k - 1, 0));
            if (observe(k, loss, entropy)) return stop(StopReason.UNTIL, k);
        }
        // Fisher-Yates
        for (int i = rows - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1), swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        for (int from = 0; from < rows; from += batch) {
            if (from > 0) poll.check();
            int count = Math.min(batch, rows - from);
            bp.gather(order, from, count);
            // a non-finite batch loss undoes the previous update, which may belong to the epoch before
            if (!Double.isFinite(bp.forwardBackward(bp.Xb, bp.Tb, false, false))) {
                return diverged(from == 0 ? Math.max(k - 1, 0) : k);
            }
            if (!opt.step()) return diverged(k);
        }
        return false;
    }

    /** Loss and (if asked) entropy of the current weights over all training rows, in table order. */
    private void evaluate(boolean withEntropy) {
        double l = 0, h = 0;
        if (fullBatch) {
            l = bp.forward(bp.X, bp.T, withEntropy);
            h = bp.entropySum();
        } else {
            for (int from = 0; from < rows; from += batch) {
                if (from > 0) poll.check();
                bp.gather(inOrder, from, Math.min(batch, rows - from));
                l += bp.forward(bp.Xb, bp.Tb, withEntropy);
                h += bp.entropySum();
            }
        }
        loss = l / rows;
        entropy = withEntropy ? h / rows : Double.NaN;
    }

    /** History and progress for the weights after k epochs; true when the until condition holds. */
    private boolean observe(int k, double l, double h) {
        // a progress line is a history point too (it is measured anyway)
        if (sampledAt(k) || stride > 0 && progressAt(k)) record(k, l, h);
        if (progressAt(k)) progress(k, l, h);
        StopWhen until = cfg.until();
        return until != null && (until.metric() == StopWhen.Metric.ENTROPY ? h : l) < until.below();
    }

    private boolean measuredAt(int k) { return cfg.until() != null || sampledAt(k) || progressAt(k); }

    private boolean entropyAt(int k) { return untilEntropy || sampledAt(k) || progressAt(k); }

    private boolean sampledAt(int k) { return stride > 0 && k % stride == 0; }

    private boolean progressAt(int k) { return cfg.every() > 0 && k > 0 && k % cfg.every() == 0; }

    private void record(int k, double l, double h) {
        // (no Progress to allocate when nobody listens; whether the JIT elides it varies from run to run)
        if (listener != TrainListener.NONE) {
            listener.sample(new Progress(k, cfg.epochs(), l, h, System.nanoTime() - start));
        }
        hEpochs[hSize] = k;
        hLoss[hSize] = l;
        hEntropy[hSize] = h;
        hSize++;
    }

    private void progress(int k, double l, double h) {
        lastProgress = k;
        listener.progress(new Progress(k, cfg.epochs(), l, h, System.nanoTime() - start));
    }

    private boolean diverged(int kept) {
        opt.restore();
        return stop(StopReason.DIVERGED, kept);
    }

    private boolean stop(StopReason why, int kept) {
        reason = why;
        epochsRun = kept;
        return true;
    }
}
