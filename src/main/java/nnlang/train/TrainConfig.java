package nnlang.train;

import java.util.List;

/**
 * Every option of a train statement, defaults filled in. Start from {@link #defaults()} and set
 * what differs, one wither per option:
 * <pre>
 * TrainConfig c = TrainConfig.defaults().epochs(3000).lr(0.5).seed(2).l2(0.01);
 * </pre>
 *
 * @param epochs    passes over the training rows (>= 1)
 * @param lr        learning rate (> 0)
 * @param optimizer sgd, momentum or adam
 * @param momentum  momentum coefficient (only for momentum)
 * @param loss      the loss, or null for the output's natural loss (bce for sigmoid, ce for softmax)
 * @param l2        penalty (l2 / 2) * sum of squared weights (not biases)
 * @param seed      seeds the initial weights and the row order of mini-batches
 * @param batch     rows per update; 0 means the full batch
 * @param until     early stop, or null
 * @param rows      the input states to train on, or null for all rows
 * @param every     progress lines every N epochs, 0 for none
 * @param resume    continue from the net's current weights instead of initialising them
 */
public record TrainConfig(int epochs, double lr, OptimizerKind optimizer, double momentum, Loss loss, double l2,
                          long seed, int batch, StopWhen until, List<String> rows, int every, boolean resume) implements java.io.Serializable {
    public static final int DEFAULT_EPOCHS = 1000;
    public static final double DEFAULT_LR = 0.5;
    public static final double DEFAULT_MOMENTUM = 0.9;
    public static final long DEFAULT_SEED = 1;

    /** The language's defaults: 1000 epochs, lr 0.5, sgd, the natural loss, seed 1, full batch, all rows. */
    public static TrainConfig defaults() {
        return new TrainConfig(DEFAULT_EPOCHS, DEFAULT_LR, OptimizerKind.SGD, DEFAULT_MOMENTUM, null, 0, DEFAULT_SEED,
                0, null, null, 0, false);
    }

    public TrainConfig epochs(int epochs) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    public TrainConfig lr(double lr) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    public TrainConfig optimizer(OptimizerKind optimizer) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    /** The momentum coefficient (used by {@link OptimizerKind#MOMENTUM} only). */
    public TrainConfig momentum(double momentum) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    /** The loss, or null for the output's natural loss. */
    public TrainConfig loss(Loss loss) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    public TrainConfig l2(double l2) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    public TrainConfig seed(long seed) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    /** Rows per update; 0 for the full batch. */
    public TrainConfig batch(int batch) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    /** The early stop, or null for none. */
    public TrainConfig until(StopWhen until) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    /** The input states to train on, or null for all rows. */
    public TrainConfig rows(List<String> rows) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    /** A progress line every N epochs; 0 for none. */
    public TrainConfig every(int every) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }

    /** Continue from the net's current weights (true) or start from fresh ones. */
    public TrainConfig resume(boolean resume) {
        return new TrainConfig(epochs, lr, optimizer, momentum, loss, l2, seed, batch, until, rows, every, resume);
    }
}
