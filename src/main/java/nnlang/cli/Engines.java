package nnlang.cli;

import java.nio.file.Path;
import java.util.ServiceLoader;
import nnlang.experiment.ShardFile;
import nnlang.experiment.ShardRunner;
import nnlang.experiment.TrialRunner;
import nnlang.experiment.TrialRunnerProvider;

/** The runners --spark and --shard ask for, and the shard's file once the script ran. */
final class Engines {
    private Engines() {}

    /**
     * The cluster runner of a module on the class path, through {@link ServiceLoader}: the core
     * jar has none, so that Spark stays out of it.
     */
    static TrialRunnerProvider.ClusterRunner open(String engine, String master) throws ShardFiles.Bad {
        for (TrialRunnerProvider p : ServiceLoader.load(TrialRunnerProvider.class)) {
            if (!p.name().equals(engine)) continue;
            try {
                return p.open(master);
            } catch (IllegalArgumentException e) {
                throw new ShardFiles.Bad("--" + engine + " " + master + ": " + e.getMessage());
            }
        }
        throw new ShardFiles.Bad("--" + engine + " needs nnlang's " + engine + " module on the class path: run it "
                + "through scripts/nn (which adds it) or spark-submit its jar (docs/performance.md)");
    }

    /** Shard I/N of every experiment, on the given runner; the script must be one file. */
    static ShardRunner shard(String option, java.util.List<String> files, boolean statements, TrialRunner inner)
            throws ShardFiles.Bad {
        int[] in = ShardFiles.parse(option);
        if (files.size() != 1 || statements || files.get(0).equals("-")) {
            throw new ShardFiles.Bad("--shard runs one script FILE (its shard file goes beside it), not -e or standard input");
        }
        return new ShardRunner(in[0], in[1], inner);
    }

    /** Writes what the shard ran beside its script; returns the file. */
    static Path writeShard(ShardRunner shard, String script, String text) throws ShardFiles.Bad {
        Path path = Path.of(script).toAbsolutePath();
        Path out = ShardFiles.pathFor(path, shard.shard(), shard.shards());
        ShardFiles.write(out, new ShardFile(path.getFileName().toString(), ShardFiles.sha256(text), shard.shard(),
                shard.shards(), shard.experiments()));
        return out;
    }
}
