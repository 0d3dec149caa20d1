package nnlang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import nnlang.experiment.ShardFile;
import nnlang.experiment.ShardRunner;
import nnlang.experiment.TrialRunner;
import nnlang.experiment.TrialRunnerProvider;
import nnlang.lang.Source;
import nnlang.run.FileAccess;

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

    /**
     * Where a shard's file goes: beside its script, or in {@code out} (null: beside it), which
     * must lie inside the script's fence (below its folder or an --allow-write folder). Asked
     * before the script runs, so that a wrong folder does not cost the run.
     */
    static Path shardFile(ShardRunner shard, Source script, Path out, FileAccess files) throws ShardFiles.Bad {
        Path file = ShardFiles.pathFor(Path.of(script.name()).toAbsolutePath().normalize(), shard.shard(), shard.shards());
        if (out == null) return file;
        // DIR is from the current folder, as command-line paths are; the fence takes it from the script's
        Path target = out.toAbsolutePath().normalize().resolve(file.getFileName());
        Path folder = script.folder().toAbsolutePath().normalize(); // a --shard script is a file: it has one
        try {
            file = files.forScript(script).checkWrite(folder.relativize(target).toString(), script);
        } catch (FileAccess.Refused e) {
            throw new ShardFiles.Bad("--out " + out + ": " + e.getMessage());
        }
        if (!Files.isDirectory(file.getParent())) throw new ShardFiles.Bad("--out " + out + ": no such folder");
        return file;
    }

    /** Writes what the shard ran; the file names the script by its path from the file's folder, where merge looks. */
    static void writeShard(ShardRunner shard, Source script, Path file) throws ShardFiles.Bad {
        Path path = Path.of(script.name()).toAbsolutePath().normalize();
        // both real paths, so that a symbolic link on the way does not lengthen the relative path
        String relative = FileAccess.realPathOf(file.getParent()).relativize(FileAccess.realPathOf(path)).toString()
                .replace('\\', '/');
        ShardFiles.write(file, new ShardFile(relative, ShardFiles.sha256(script.text()), shard.shard(),
                shard.shards(), shard.experiments()));
    }
}
