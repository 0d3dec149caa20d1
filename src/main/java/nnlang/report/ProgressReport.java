package nnlang.report;

import nnlang.train.Progress;

/** One progress line of a training ({@code every N}). */
public record ProgressReport(String net, Progress progress) implements Report {
    @Override public String kind() { return "progress"; }

    @Override public <R> R accept(Visitor<R> v) { return v.progress(this); }

    /** The same line without the elapsed time (for output that must be the same bytes every run). */
    public ProgressReport withoutTime() {
        Progress p = progress;
        return new ProgressReport(net, new Progress(p.epoch(), p.epochs(), p.loss(), p.entropy(), -1));
    }

    @Override public String toString() { return TextRenderer.render(this); }
}
