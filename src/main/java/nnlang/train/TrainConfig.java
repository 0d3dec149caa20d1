package nnlang.train;

import java.util.List;

/**
 * Every option of a train statement, defaults filled in.
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
                          long seed, int batch, StopWhen until, List<String> rows, int every, boolean resume) {
    public static final int DEFAULT_EPOCHS = 1000;
    public static final double DEFAULT_LR = 0.5;
    public static final long DEFAULT_SEED = 1;

    public static TrainConfig defaults() {
        return new TrainConfig(DEFAULT_EPOCHS, DEFAULT_LR, OptimizerKind.SGD, 0.9, null, 0, DEFAULT_SEED, 0, null,
                null, 0, false);
    }
}
