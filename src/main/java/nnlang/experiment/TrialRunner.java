package nnlang.experiment;

import nnlang.report.TrialResult;

/**
 * Where an experiment's tasks run: threads of this JVM ({@link #threads}, the default), a shard
 * of a job array ({@link ShardRunner}), results read back from shards ({@link MergeRunner}), or
 * a cluster (the spark module's runner, found through {@link TrialRunnerProvider}). Compare and
 * curve hand a runner their {@link Job}; whatever the runner, results come back by task index
 * and are reduced in index order, so the report is the same bytes.
 */
public interface TrialRunner {
    /** What a runner reports to, from any thread. */
    interface Sink {
        /** Task i finished: its results, one per instance of the job. */
        void done(int task, TrialResult[] cell);

        /** True once the experiment should stop (a time limit, Ctrl-C, a failed task); then it stays true. */
        boolean stopping();

        /** Asks every other task to stop (a task failed). */
        void stop();
    }

    /** Runs the job's tasks, or those not skipped, and calls {@link Sink#done} for each that finished. */
    void run(Job job, Sink sink);

    /**
     * True when this runner runs only part of every job (a shard): its experiments' reports would
     * rest on some trials only, so they are not shown; {@code nn merge} makes the whole report.
     */
    default boolean partial() { return false; }

    /** The tasks on this JVM's threads (at least 1), a lane-wide batch of trials at a time: {@link TaskPool}. */
    static TrialRunner threads(int threads) { return new ThreadRunner(threads); }
}
