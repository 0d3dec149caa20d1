package nnlang.report;

import nnlang.train.Progress;

/** One progress line of a training ({@code every N}). */
public record ProgressReport(String net, Progress progress) implements Report {
    @Override public String kind() { return "progress"; }

    @Override public String toString() { return TextRenderer.render(this); }
}
