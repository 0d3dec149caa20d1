package nnlang.experiment;

/**
 * A runner on a cluster, offered by a module on the class path through
 * {@link java.util.ServiceLoader} (META-INF/services/nnlang.experiment.TrialRunnerProvider), so
 * that this core never depends on the cluster's libraries: the spark module offers "spark".
 */
public interface TrialRunnerProvider {
    /** The engine's name, as the command line asks for it: {@code spark} for --spark. */
    String name();

    /**
     * A runner on the given master (for Spark: local[2], spark://host:7077, or {@code submit} for
     * the master spark-submit was given); close it after the script.
     */
    ClusterRunner open(String master);

    /** A runner that holds a connection to its cluster until closed. */
    interface ClusterRunner extends TrialRunner, AutoCloseable {
        @Override void close();
    }
}
