package nnlang.experiment;

import java.util.List;
import nnlang.report.TrialResult;
import nnlang.train.Lanes;
import nnlang.train.TrainListener;

/** The default runner: batches of consecutive tasks on a pool of this JVM's threads ({@link TaskPool}). */
final class ThreadRunner implements TrialRunner {
    /**
     * Tasks per batch: as many as train side by side in lanes ({@link Lanes#width()}; 1 with the
     * lanes off, so that a stop loses at most one trial per thread). The results do not depend on it.
     */
    static int batch() { return Lanes.width(); }

    private final int threads;

    ThreadRunner(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.threads = threads;
    }

    @Override public void run(Job job, Sink sink) {
        List<int[]> batches = job.batches(batch());
        TrainListener stop = new TrainListener() {
            @Override public boolean stopRequested() { return sink.stopping(); }
        };
        TaskPool.run(batches.size(), threads, "nnlang-trial-", b -> {
            int from = batches.get(b)[0];
            TrialResult[][] cells = job.run(from, batches.get(b)[1], stop);
            for (int i = 0; i < cells.length; i++) if (cells[i] != null) sink.done(from + i, cells[i]);
        }, sink::stopping, sink::stop);
    }
}
