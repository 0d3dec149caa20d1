package nnlang.train;

/** An early stop: {@code until entropy < v} (H(Y|X) in bits on the training rows) or {@code until loss < v}. */
public record StopWhen(Metric metric, double below) {
    public enum Metric { ENTROPY, LOSS }

    @Override public String toString() { return metric.name().toLowerCase() + " < " + below; }
}
