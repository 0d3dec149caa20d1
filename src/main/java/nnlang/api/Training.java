package nnlang.api;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.TrainOption.Kind;
import nnlang.report.TrainReport;
import nnlang.train.Loss;
import nnlang.train.OptimizerKind;
import nnlang.train.StopWhen;

/**
 * A {@code train} statement being written: {@link #on} names the table, the other calls add
 * options in the language's words, and {@link #run()} runs it. {@code toString()} shows the
 * statement as it stands.
 * <pre>
 * TrainReport r = nn.train("two").on("xor").epochs(5000).lr(1).seed(2).run();
 * // runs: train two on xor epochs 5000 lr 1 seed 2
 * nn.train("two").on("xor").adam().lr(0.05).untilEntropy(0.01).every(500).run();
 * </pre>
 * Options left out take the language's defaults; values are checked when the statement runs.
 */
public final class Training {
    private final Nn nn;
    private final String net;
    private String table;
    private final List<String> options = new ArrayList<>();

    Training(Nn nn, String net) {
        this.nn = nn;
        this.net = Words.name("the net's name", net);
    }

    /** {@code on TABLE}: the table to train on (required). */
    public Training on(String table) {
        this.table = Words.name("the table's name", table);
        return this;
    }

    /** {@code epochs N}: passes over the training rows (default 1000). */
    public Training epochs(int n) { return add(Kind.EPOCHS, String.valueOf(n)); }

    /** {@code lr V}: the learning rate (default 0.5). */
    public Training lr(double v) { return add(Kind.LR, Words.number(v)); }

    /** {@code optimizer sgd}: plain gradient descent (the default). */
    public Training sgd() { return optimizer(OptimizerKind.SGD); }

    /** {@code optimizer momentum M}, M in [0, 1). */
    public Training momentum(double m) {
        return add(Kind.OPTIMIZER, OptimizerKind.MOMENTUM.word() + " " + Words.number(m));
    }

    /** {@code optimizer adam} (0.9, 0.999, 1e-8). */
    public Training adam() { return optimizer(OptimizerKind.ADAM); }

    /** {@code optimizer NAME}: sgd, momentum or adam. */
    public Training optimizer(String name) { return add(Kind.OPTIMIZER, name); }

    /** {@code optimizer NAME}, from the enum (momentum with its default 0.9). */
    public Training optimizer(OptimizerKind kind) { return optimizer(kind.word()); }

    /** {@code loss NAME}: bce, mse or ce. */
    public Training loss(String name) { return add(Kind.LOSS, name); }

    /** {@code loss NAME}, from the enum. */
    public Training loss(Loss loss) { return loss(loss.word()); }

    /** {@code l2 V}: adds (V/2) * sum of squared weights to the loss. */
    public Training l2(double v) { return add(Kind.L2, Words.number(v)); }

    /** {@code seed N}: the seed of the initial weights and of the batch order (default 1). */
    public Training seed(long n) { return add(Kind.SEED, String.valueOf(n)); }

    /** {@code batch N}: rows per update, shuffled each epoch. */
    public Training batch(int rows) { return add(Kind.BATCH, String.valueOf(rows)); }

    /** {@code batch full}: every row in every update (the default). */
    public Training fullBatch() { return add(Kind.BATCH, "full"); }

    /** {@code until entropy < V}: stop once H(Y|X) in bits falls below V. */
    public Training untilEntropy(double v) { return until(StopWhen.Metric.ENTROPY, v); }

    /** {@code until loss < V}: stop once the loss falls below V. */
    public Training untilLoss(double v) { return until(StopWhen.Metric.LOSS, v); }

    private Training until(StopWhen.Metric metric, double v) {
        return add(Kind.UNTIL, metric.word() + " < " + Words.number(v));
    }

    /** {@code rows X ...}: train on these input states only. */
    public Training rows(String... xs) {
        List<String> states = new ArrayList<>();
        for (String x : xs) states.add(Words.state(x));
        return add(Kind.ROWS, states.isEmpty() ? null : String.join(" ", states));
    }

    /** {@code every N}: a progress report every N epochs. */
    public Training every(int n) { return add(Kind.EVERY, String.valueOf(n)); }

    /** {@code continue}: start from the net's current weights instead of fresh ones. */
    public Training resume() { return add(Kind.CONTINUE, null); }

    /**
     * Runs the statement and returns its report: epochs run, why it stopped, loss, H(Y|X),
     * floor and accuracy, and (in {@link TrainReport#after()}) the relations on the training rows.
     *
     * @throws NnException when a name, size or option is wrong
     * @throws IllegalStateException when no table was given with {@link #on}
     */
    public TrainReport run() {
        if (table == null) {
            throw new IllegalStateException("say which table to train on: train(\"" + net + "\").on(\"TABLE\")");
        }
        return nn.single(statement(), TrainReport.class);
    }

    /** For example {@code train two on xor epochs 5000 lr 1 seed 2}. */
    String statement() {
        StringBuilder s = new StringBuilder("train ").append(net).append(" on ").append(table == null ? "?" : table);
        for (String o : options) s.append(' ').append(o);
        return s.toString();
    }

    /** The statement as it stands, for example {@code train two on xor epochs 5000 lr 1 seed 2}. */
    @Override public String toString() { return statement(); }

    /** Adds {@code KEYWORD VALUE}, or the keyword alone when the value is null. */
    private Training add(Kind key, String value) {
        options.add(value == null ? key.word() : key.word() + " " + value);
        return this;
    }
}
