package nnlang.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nnlang.report.TrialResult;

/**
 * Shard I of N of a job array (--shard I/N): of every experiment's tasks it runs those whose
 * index is I modulo N (strided, so that every shard gets early and late tasks alike and the
 * shards take about as long), on the given runner, and keeps their results for its file.
 * The experiment itself hears of none of them: its report would rest on a part.
 */
public final class ShardRunner implements TrialRunner {
    private final int shard, shards;
    private final TrialRunner inner;
    private final List<ShardFile.Experiment> recorded = new ArrayList<>();

    /** @throws IllegalArgumentException unless 0 <= shard < shards */
    public ShardRunner(int shard, int shards, TrialRunner inner) {
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard " + shard + "/" + shards + " is not one of 0/" + shards + " to "
                    + (shards - 1) + "/" + shards);
        }
        this.shard = shard;
        this.shards = shards;
        this.inner = inner;
    }

    public int shard() { return shard; }

    public int shards() { return shards; }

    @Override public boolean partial() { return true; }

    @Override public void run(Job job, Sink sink) {
        List<Experiment.Trial> mine = new ArrayList<>();
        for (int i = shard; i < job.size(); i += shards) mine.add(job.tasks().get(i));
        TreeMap<Integer, TrialResult[]> results = new TreeMap<>();
        inner.run(new Job(job.nets(), job.instances(), mine), new Sink() {
            @Override public void done(int task, TrialResult[] cell) {
                synchronized (results) {
                    results.put(shard + task * shards, cell);
                }
            }

            @Override public boolean stopping() { return sink.stopping(); }

            @Override public void stop() { sink.stop(); }
        });
        recorded.add(new ShardFile.Experiment(job.fingerprint(), job.size(), results));
    }

    /** What this shard ran, experiment by experiment in the script's order. */
    public List<ShardFile.Experiment> experiments() { return List.copyOf(recorded); }
}
