package nnlang.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnlang.report.TrialResult;

/**
 * The shards of a job array put together ({@code nn merge}): it checks that the files are the N
 * shards of one run of one script, once each, and that together they hold every task of every
 * experiment exactly once; then, as the script runs again, it hands each experiment its results
 * by task index instead of training, so the report is the unsharded run's, byte for byte.
 */
public final class MergeRunner implements TrialRunner {
    /** A shard file that does not fit with the others, or with the script; the message names the file. */
    public static final class Mismatch extends RuntimeException {
        public Mismatch(String message) { super(message); }
    }

    private final List<TrialResult[][]> experiments;
    private final List<String> fingerprints;
    private int next;

    private MergeRunner(List<String> fingerprints, List<TrialResult[][]> experiments) {
        this.fingerprints = fingerprints;
        this.experiments = experiments;
    }

    /**
     * Checks the shards (named as given, in the same order as files) and joins them.
     *
     * @throws Mismatch when they are of different scripts or shard counts, a shard is missing or
     *                  given twice, or a task is missing or held twice
     */
    public static MergeRunner of(List<String> names, List<ShardFile> files) {
        ShardFile first = files.get(0);
        String[] byShard = new String[first.shards()];
        for (int f = 0; f < files.size(); f++) {
            ShardFile s = files.get(f);
            if (!s.scriptSha256().equals(first.scriptSha256()) || !s.script().equals(first.script())) {
                throw new Mismatch(names.get(f) + " is a shard of another script (" + s.script() + ") or of another text of it than "
                        + names.get(0) + " (" + first.script() + ")");
            }
            if (s.shards() != first.shards()) {
                throw new Mismatch(names.get(f) + " is shard " + s.shard() + "/" + s.shards() + ", but " + names.get(0)
                        + " is one of " + first.shards() + " shards");
            }
            if (byShard[s.shard()] != null) {
                throw new Mismatch(names.get(f) + " and " + byShard[s.shard()] + " are both shard " + s.shard() + "/" + s.shards());
            }
            byShard[s.shard()] = names.get(f);
            if (s.experiments().size() != first.experiments().size()) {
                throw new Mismatch(names.get(f) + " holds " + s.experiments().size() + " experiments, " + names.get(0)
                        + " " + first.experiments().size() + ": not shards of one run");
            }
        }
        for (int i = 0; i < byShard.length; i++) {
            if (byShard[i] == null) throw new Mismatch("shard " + i + "/" + byShard.length + " is missing (run the script with --shard "
                    + i + "/" + byShard.length + " and name its file too)");
        }
        List<String> fingerprints = new ArrayList<>();
        List<TrialResult[][]> experiments = new ArrayList<>();
        for (int e = 0; e < first.experiments().size(); e++) {
            ShardFile.Experiment head = first.experiments().get(e);
            TrialResult[][] cells = new TrialResult[head.tasks()][];
            for (int f = 0; f < files.size(); f++) {
                ShardFile.Experiment x = files.get(f).experiments().get(e);
                if (!x.fingerprint().equals(head.fingerprint()) || x.tasks() != head.tasks()) {
                    throw new Mismatch(names.get(f) + ": experiment " + (e + 1) + " is not the one in " + names.get(0));
                }
                for (Map.Entry<Integer, TrialResult[]> r : x.results().entrySet()) {
                    int t = r.getKey();
                    if (t < 0 || t >= cells.length) throw new Mismatch(names.get(f) + ": experiment " + (e + 1) + " has no task " + t);
                    if (cells[t] != null) throw new Mismatch(names.get(f) + ": task " + t + " of experiment " + (e + 1)
                            + " is in another shard file too");
                    cells[t] = r.getValue();
                }
            }
            for (int t = 0; t < cells.length; t++) {
                if (cells[t] == null) throw new Mismatch("task " + t + " of experiment " + (e + 1) + " is in no shard file"
                        + " (was a shard stopped early? run it again)");
            }
            fingerprints.add(head.fingerprint());
            experiments.add(cells);
        }
        return new MergeRunner(fingerprints, experiments);
    }

    @Override public void run(Job job, Sink sink) {
        int e = next++;
        if (e >= experiments.size() || !fingerprints.get(e).equals(job.fingerprint())) {
            throw new Mismatch("experiment " + (e + 1) + " of the script is not the one its shards ran; run the shards again");
        }
        TrialResult[][] cells = experiments.get(e);
        for (int t = 0; t < cells.length; t++) sink.done(t, cells[t]);
    }

    /** True once every experiment of the shards was handed out (the script ran them all). */
    public boolean used() { return next == experiments.size(); }
}
