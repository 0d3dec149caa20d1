package nnlang.train;

import java.util.function.BooleanSupplier;

/**
 * What a long epoch polls, between pieces of a large matrix product and between mini-batches,
 * so that Ctrl-C or a timeout stops a training inside one epoch instead of at its end. When the
 * listener asks to stop, {@link #check()} throws {@link Stopped}; the trainer catches it and keeps
 * the weights of the last whole epoch (nothing of the cut epoch is applied).
 */
final class StopPoll {
    /** Never stops: products run whole, as in experiments' trials (small) and reports. */
    static final StopPoll NEVER = new StopPoll(() -> false);

    /** Thrown out of a cut epoch; it carries no stack trace, as it is an answer, not a failure. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Stopped() { super("stopped inside an epoch", null, false, false); }
    }

    private static final Stopped STOPPED = new Stopped();

    private final BooleanSupplier asked;

    StopPoll(BooleanSupplier asked) { this.asked = asked; }

    /** Throws {@link Stopped} when a stop was asked for. */
    void check() {
        if (asked.getAsBoolean()) throw STOPPED;
    }

    boolean never() { return this == NEVER; }
}
