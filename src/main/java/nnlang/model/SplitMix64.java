package nnlang.model;

/**
 * The splitmix64 generator, as {@link nnlang.data.SplitMix64} (which the data package's random
 * relations use too): kept here under its old name for the trainer, the initialiser and experiments.
 */
public final class SplitMix64 {
    private final nnlang.data.SplitMix64 g;

    public SplitMix64(long seed) { this.g = new nnlang.data.SplitMix64(seed); }

    public long nextLong() { return g.nextLong(); }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() { return g.nextDouble(); }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) { return g.nextInt(bound); }
}
