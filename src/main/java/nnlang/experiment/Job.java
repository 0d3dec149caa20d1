package nnlang.experiment;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.report.TrialResult;
import nnlang.train.TrainListener;

/**
 * The tasks of one experiment with everything they need, so that any engine can run them
 * anywhere: task i is trial {@code tasks.get(i)} of every net on every instance (one table for a
 * compare; a family's instances for a curve), and its result is one {@link TrialResult} per
 * instance. Engines run consecutive tasks as a batch ({@link #run(int, int, TrainListener)}) and
 * hand the results back by task index; the experiment reduces them in index order.
 *
 * <p>Serializable so that a cluster engine ships the job itself, not the script: a script's
 * tables may come from files and loads its workers cannot read, and resolving it again would
 * need the whole session before the experiment. Nets, tables and train options are a few plain
 * records and classes of numbers and strings, so Java serialisation carries them exactly.
 *
 * @param nets      the nets as templates (every trial trains a fresh copy)
 * @param instances the tables every task runs on, in order
 * @param tasks     the trials, task i at position i
 */
public record Job(List<Net> nets, List<Table> instances, List<Experiment.Trial> tasks) implements Serializable {
    public Job {
        nets = List.copyOf(nets);
        instances = List.copyOf(instances);
        tasks = List.copyOf(tasks);
    }

    public int size() { return tasks.size(); }

    /**
     * Runs tasks from..to-1 and returns their results, entry i - from for task i, one per
     * instance; an entry is null when a stop came before that task finished on every instance.
     */
    public TrialResult[][] run(int from, int to, TrainListener stop) {
        List<Experiment.Trial> batch = tasks.subList(from, to);
        TrialResult[][] cells = new TrialResult[to - from][instances.size()];
        for (int j = 0; j < instances.size(); j++) {
            // a stopped batch may give nulls or fewer results: either way those trials did not finish
            List<TrialResult> results = Experiment.run(batch, nets, instances.get(j), stop);
            for (int i = 0; i < Math.min(results.size(), cells.length); i++) cells[i][j] = results.get(i);
        }
        for (int i = 0; i < cells.length; i++) if (Arrays.asList(cells[i]).contains(null)) cells[i] = null;
        return cells;
    }

    /**
     * The consecutive task ranges {from, to} of at most {@code size} tasks each, in order: the
     * batches an engine runs as one unit.
     */
    public List<int[]> batches(int size) {
        int n = tasks.size(), step = Math.max(1, size);
        List<int[]> out = new ArrayList<>((n + step - 1) / step);
        for (int from = 0; from < n; from += step) out.add(new int[] {from, Math.min(n, from + step)});
        return out;
    }

    /**
     * SHA-256 of everything that decides the results (nets, instances with their rows, every
     * trial's seed, rows and options), in hex: shards of one experiment carry the same one, so
     * results of another script, statement or option are refused when merged.
     */
    public String fingerprint() {
        StringBuilder s = new StringBuilder();
        for (Net n : nets) s.append("net ").append(n.name()).append(" = ").append(n.spec()).append(" : ")
                .append(Experiment.shape(n)).append('\n');
        for (Table t : instances) {
            s.append("table ").append(t.name()).append(' ').append(t.inputs().states()).append(" -> ")
                    .append(t.outputs().states()).append('\n');
            for (Row r : t.rows()) s.append("  ").append(r.x()).append(" -> ").append(r.targets()).append('\n');
        }
        for (Experiment.Trial t : tasks) s.append("trial ").append(t.index()).append(" seed ").append(t.seed())
                .append(" rows ").append(Arrays.toString(t.rows())).append(' ').append(t.config()).append('\n');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
