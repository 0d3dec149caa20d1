package nnlang.experiment;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import nnlang.report.TrialResult;

/**
 * What one shard of a job array ran: the script (its path from the shard file's folder, with /,
 * and the SHA-256 of its text), which shard of how many, and per experiment of the script, in order,
 * the results of its share of the tasks by task index.
 */
public record ShardFile(String script, String scriptSha256, int shard, int shards, List<Experiment> experiments) {
    public ShardFile {
        experiments = List.copyOf(experiments);
    }

    /**
     * One experiment's share: its job's fingerprint ({@link Job#fingerprint}), its task count and
     * the results of the tasks this shard ran (task index to one result per instance).
     */
    public record Experiment(String fingerprint, int tasks, SortedMap<Integer, TrialResult[]> results) {
        public Experiment {
            results = new TreeMap<>(results);
        }
    }
}
