package nnlang.report;

import nnlang.train.StopReason;
import nnlang.train.TrainResult;

/**
 * The outcome of a train statement: how it ended, and the relations of the trained net on the
 * training rows ({@code after}), from which entropy, floor and accuracy are read.
 *
 * @param net         the net's name
 * @param table       the table's name
 * @param result      what the trainer returned
 * @param epochsAsked the epochs the statement asked for
 * @param after       the relations report of the trained net on the training rows
 * @param advice      one line of {@link Advice} when the training ended in a known trap, or null
 */
public record TrainReport(String net, String table, TrainResult result, int epochsAsked, RelationsReport after,
                          String advice) implements Report {
    /** A report without advice. */
    public TrainReport(String net, String table, TrainResult result, int epochsAsked, RelationsReport after) {
        this(net, table, result, epochsAsked, after, null);
    }

    @Override public String kind() { return "train"; }

    @Override public <R> R accept(Visitor<R> v) { return v.train(this); }

    /** The epochs that ran (for a divergence: the epoch at which it diverged). */
    public int epochs() { return result.epochsRun(); }

    public StopReason reason() { return result.reason(); }

    /** The training loss at the end (in the loss's own units). */
    public double loss() { return result.loss(); }

    /** The wall time of the training, or -1 when the host left time out of the report. */
    public long nanos() { return result.nanos(); }

    /** The same report without the wall time, so that a script's output is the same bytes every run. */
    public TrainReport withoutTime() {
        TrainResult r = result;
        return new TrainReport(net, table, new TrainResult(r.epochsRun(), r.reason(), r.loss(), r.entropy(), -1,
                r.history(), r.measured()), epochsAsked, after, advice);
    }

    @Override public String toString() { return TextRenderer.render(this); }
}
