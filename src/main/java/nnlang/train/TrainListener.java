package nnlang.train;

/**
 * What a training tells its caller while it runs, and how the caller stops it. Both methods are
 * called on the training thread; keep them cheap ({@link #stopRequested} is polled every epoch).
 */
public interface TrainListener {
    /**
     * Called every {@code cfg.every()} epochs (if > 0) and never otherwise: with the metrics of the
     * weights after {@code p.epoch()} epochs.
     */
    default void progress(Progress p) {}

    /**
     * Called at every history sample (about a thousand per training, whatever the epochs): for
     * live displays such as a progress bar, which should throttle their own drawing.
     */
    default void sample(Progress p) {}

    /**
     * Called as the trials of an experiment (compare) complete, from worker threads but never two
     * calls at once: for live displays of long comparisons.
     */
    default void trialsDone(int done, int total, long elapsedNanos) {}

    /** Polled once per epoch; true stops training at the end of the current epoch (Ctrl-C, timeout). */
    default boolean stopRequested() { return false; }

    /** A listener that hears nothing and never stops a training. */
    TrainListener NONE = new TrainListener() {};
}
