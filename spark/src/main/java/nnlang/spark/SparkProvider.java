package nnlang.spark;

import java.util.regex.Pattern;
import nnlang.experiment.TrialRunnerProvider;

/** Offers {@link SparkRunner} to nnlang's command line as {@code --spark MASTER} (found through ServiceLoader). */
public final class SparkProvider implements TrialRunnerProvider {
    /** The master URLs Spark takes (local, local[N], local[*], local[N,F], spark://, yarn, k8s://), and submit. */
    private static final Pattern MASTER = Pattern.compile(
            "submit|local|local\\[(\\d+|\\*)(,\\d+)?]|local-cluster\\[\\d+,\\d+,\\d+]|spark://\\S+|yarn|k8s://\\S+");

    @Override public String name() { return "spark"; }

    /** @throws IllegalArgumentException on a master Spark would not take, or when Spark does not start on it */
    @Override public ClusterRunner open(String master) {
        if (!MASTER.matcher(master).matches()) {
            // said before Spark starts, which would log its stack trace first
            throw new IllegalArgumentException("'" + master + "' is not a Spark master: local[2] (two threads here), "
                    + "spark://host:7077, yarn, k8s://host:port, or submit (the master spark-submit was given)");
        }
        try {
            return new SparkRunner(master);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Spark did not start on " + master + ": " + e.getMessage(), e);
        }
    }
}
