package nnlang.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nnlang.experiment.Job;
import nnlang.experiment.TrialRunnerProvider;
import nnlang.report.TrialResult;
import nnlang.train.TrainListener;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * An experiment's trials as Spark tasks: the {@link Job} goes to the executors once, as a
 * broadcast (Java serialisation of its nets, tables and trials), and each Spark task runs one
 * batch of consecutive trial indices. The results come back in batch order (collect keeps the
 * order of the partitions, one batch each) and go to the experiment by trial index, which
 * reduces them in index order: the report is the in-process run's, byte for byte.
 */
final class SparkRunner implements TrialRunnerProvider.ClusterRunner {
    /** Batches per core of the cluster: enough that a slow executor does not hold up the rest. */
    static final int BATCHES_PER_CORE = 4;

    /** How often the driver looks whether a stop (a time limit, Ctrl-C) was asked for, in ms. */
    private static final long POLL_MS = 100;

    private final JavaSparkContext spark;

    /**
     * @param master local[N], spark://host:7077, yarn, ..., or {@code submit} for the master
     *               spark-submit was given (its --master, passed on as the spark.master property)
     */
    SparkRunner(String master) {
        SparkConf conf = new SparkConf().setAppName("nnlang");
        if (!master.equals("submit")) conf.setMaster(master);
        // a local run has nobody to look at Spark's web page; it would only take a port
        if (master.startsWith("local")) conf.set("spark.ui.enabled", "false");
        spark = new JavaSparkContext(conf);
    }

    @Override public void run(Job job, Sink sink) {
        if (job.size() == 0) return; // a shard with no trial of this experiment: no Spark job to start
        int size = Math.max(1, -Math.floorDiv(-job.size(), spark.defaultParallelism() * BATCHES_PER_CORE));
        List<int[]> batches = job.batches(size);
        Broadcast<Job> shipped = spark.broadcast(job);
        try {
            JavaFutureAction<List<TrialResult[][]>> results =
                    spark.parallelize(batches, batches.size()).map(new RunBatch(shipped)).collectAsync();
            List<TrialResult[][]> cells = await(results, sink);
            if (cells == null) return;
            for (int b = 0; b < batches.size(); b++) {
                for (int i = 0; i < cells.get(b).length; i++) sink.done(batches.get(b)[0] + i, cells.get(b)[i]);
            }
        } finally {
            shipped.destroy();
        }
    }

    /** The results, or null when a stop was asked for first (the Spark job is then cancelled: no trial is kept). */
    private static List<TrialResult[][]> await(JavaFutureAction<List<TrialResult[][]>> results, Sink sink) {
        while (true) {
            if (sink.stopping()) {
                results.cancel(true);
                return null;
            }
            try {
                return new ArrayList<>(results.get(POLL_MS, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                // not yet: look at the stop again
            } catch (InterruptedException e) {
                results.cancel(true);
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a Spark task failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    @Override public void close() { spark.stop(); }

    /** One Spark task: a batch of consecutive trials of the broadcast job, trained on the executor. */
    private static final class RunBatch implements Function<int[], TrialResult[][]> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<Job> job;

        RunBatch(Broadcast<Job> job) { this.job = job; }

        @Override public TrialResult[][] call(int[] batch) {
            // no stop inside a task: the driver cancels the whole Spark job instead
            return job.value().run(batch[0], batch[1], TrainListener.NONE);
        }
    }
}
