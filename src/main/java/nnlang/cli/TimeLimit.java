package nnlang.cli;

/**
 * The backstop of {@code --timeout}. Trainings, compares, loads, parsing and reports poll the
 * limit and stop themselves; a few things cannot poll (allocating a huge net's matrices, printing
 * a report that was finished just before the limit). If the run has not ended {@link #GRACE_NANOS}
 * after the limit, this ends it: the process cannot outlive its limit by more than that.
 */
final class TimeLimit implements AutoCloseable {
    /** How long a statement has, after the limit, to stop by itself and say how far it got. */
    static final long GRACE_NANOS = 2_000_000_000L;

    /** What --timeout (of nn and of nn serve) says when its value is not a time. */
    static final String NOT_SECONDS = "--timeout takes a number of seconds above 0";

    /** Whether a --timeout value is a time: above 0, finite, and below 1e9 s (its nanoseconds fit a long). */
    static boolean isSeconds(double seconds) { return seconds > 0 && seconds < 1e9; }

    private final Thread watch;
    private volatile boolean done;

    /**
     * Starts watching: at {@code deadline + GRACE_NANOS} (System.nanoTime), unless closed before,
     * runs {@code overrun} once, on a daemon thread.
     */
    TimeLimit(long deadline, Runnable overrun) {
        watch = new Thread(() -> {
            long end = deadline + GRACE_NANOS;
            for (long left; (left = end - System.nanoTime()) > 0; ) {
                try {
                    Thread.sleep(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    if (done) return;
                }
                if (done) return;
            }
            if (!done) overrun.run();
        }, "nnlang-time-limit");
        watch.setDaemon(true);
        watch.start();
    }

    /** The run ended by itself: nothing more to watch. */
    @Override public void close() {
        done = true;
        watch.interrupt();
    }
}
