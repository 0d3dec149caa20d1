package nnlang.spark;

import nnlang.experiment.TrialRunnerProvider;

/** Offers {@link SparkRunner} to nnlang's command line as {@code --spark MASTER} (found through ServiceLoader). */
public final class SparkProvider implements TrialRunnerProvider {
    @Override public String name() { return "spark"; }

    @Override public ClusterRunner open(String master) { return new SparkRunner(master); }
}
