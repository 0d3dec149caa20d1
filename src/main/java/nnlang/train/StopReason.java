package nnlang.train;

/** Why a training ended. */
public enum StopReason {
    /** All epochs ran. */
    EPOCHS("epochs done"),
    /** The until condition held. */
    UNTIL("until condition met"),
    /** The listener asked to stop (Ctrl-C, a timeout). */
    INTERRUPTED("interrupted"),
    /** The loss or a weight became NaN or infinite; the last finite weights were kept. */
    DIVERGED("diverged");

    private final String words;

    StopReason(String words) { this.words = words; }

    public String words() { return words; }
}
