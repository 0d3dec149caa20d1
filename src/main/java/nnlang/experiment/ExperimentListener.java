package nnlang.experiment;

import nnlang.train.TrainListener;

/**
 * What an experiment tells its caller while it runs, and how the caller stops it. Methods may be
 * called from the experiment's worker threads, but never two at once for {@link #trialsDone}.
 */
public interface ExperimentListener {
    /** Called each time a trial completes, with the number completed so far; calls never overlap. */
    default void trialsDone(int done, int total) {}

    /**
     * Polled before each trial and, through each training's {@link TrainListener}, once per epoch;
     * true skips the trials not yet finished (Ctrl-C, a timeout). Keep it cheap and thread-safe.
     */
    default boolean stopRequested() { return false; }

    /** A listener that hears nothing and never stops an experiment. */
    ExperimentListener NONE = new ExperimentListener() {};
}
