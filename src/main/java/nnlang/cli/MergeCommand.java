package nnlang.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nnlang.experiment.MergeRunner;
import nnlang.experiment.ShardFile;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.run.FileAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nn merge FILE...}: the shards of a job array ({@code nn --shard I/N SCRIPT}) put
 * together. It checks that the files are all N shards of one script, once each, then runs the
 * script again with every compare and curve taking its trials from the files instead of
 * training, so it prints what the script prints unsharded, byte for byte.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Print a script's reports from the shard files of its job array (nn --shard I/N SCRIPT).",
        footer = {"", "The script must be where it was when the shards ran (the files name it by its path from their folder), "
                + "unchanged since. Exit codes as for nn."})
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Every shard file of one run: NAME.shard-I-of-N.json.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Write reports and errors as JSON Lines, as nn --json does.")
    boolean json;

    @Option(names = "--allow-write", paramLabel = "DIR", description = "As for nn: the script may write below DIR too.")
    List<Path> allowWrite = new ArrayList<>();

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    MergeCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override public Integer call() {
        ErrorPrinter errors = new ErrorPrinter(stdout, stderr, json);
        List<String> names = new ArrayList<>();
        List<ShardFile> shards = new ArrayList<>();
        for (Path f : files) {
            try {
                shards.add(ShardFiles.read(f));
                names.add(f.toString());
            } catch (ShardFiles.Bad e) {
                errors.error(f.toString(), e.getMessage());
                return ScriptRunner.ERRORS;
            }
        }
        MergeRunner merged;
        try {
            merged = MergeRunner.of(names, shards);
        } catch (MergeRunner.Mismatch e) {
            errors.error("nn merge", e.getMessage());
            return ScriptRunner.ERRORS;
        }
        Path folder = files.get(0).toAbsolutePath().getParent();
        String script = folder.resolve(shards.get(0).script()).normalize().toString();
        Source source;
        try {
            source = ScriptFiles.read(script, stdin);
        } catch (ScriptFiles.Unreadable e) {
            errors.error(script, e.getMessage() + " (the script of " + names.get(0) + ", where it was when the shard ran)");
            return ScriptRunner.ERRORS;
        } catch (NnError e) {
            errors.error(e);
            return ScriptRunner.ERRORS;
        }
        if (!ShardFiles.sha256(source.text()).equals(shards.get(0).scriptSha256())) {
            errors.error(script, "changed since its shards ran (" + names.get(0) + "); run the shards again");
            return ScriptRunner.ERRORS;
        }
        ScriptRunner runner = new ScriptRunner(errors);
        runner.setFileAccess(new FileAccess(Path.of(""), allowWrite));
        runner.setTrialRunner(merged);
        try {
            return runner.run(List.of(source), new ReportPrinter(stdout, stderr, json), () -> false, false, 1);
        } catch (MergeRunner.Mismatch e) {
            errors.error("nn merge", e.getMessage());
            return ScriptRunner.ERRORS;
        }
    }
}
