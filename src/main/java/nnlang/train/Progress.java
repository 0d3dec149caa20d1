package nnlang.train;

public record Progress(int epoch, int epochs, double loss, double entropy, long elapsedNanos) {}
