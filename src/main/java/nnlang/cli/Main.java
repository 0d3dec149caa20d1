package nnlang.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import nnlang.about.Version;
import nnlang.experiment.ShardRunner;
import nnlang.experiment.TrialRunner;
import nnlang.experiment.TrialRunnerProvider;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.run.FileAccess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code nn} command: run scripts, check them, or start the REPL; fmt, bench, jshell, completion. */
@Command(name = "nn", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Train tiny neural nets on truth tables and read the entropy of every relation.",
        footer = {"", "With no FILE and no -e at a terminal: the REPL (:help inside).",
                "Paths in a script are taken from the script's own folder, and it may use files only below it.",
                "", "Exit codes: 0 success, 1 an expect failed, 2 the script has errors."})
public final class Main implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Scripts to run in order in one session; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "-e", paramLabel = "STATEMENTS", description = "Run these statements (before any FILE); "
            + "paths in them are taken from the current folder. Repeatable.")
    List<String> statements = new ArrayList<>();

    @Option(names = "--json", description = "Write reports and errors as JSON Lines on standard output; "
            + "progress lines go to standard error.")
    boolean json;

    @Option(names = "--check", description = "Parse and resolve every file without training; report each file's errors.")
    boolean check;

    @Option(names = "--time", description = "Show how long each training took (output then differs from run to run).")
    boolean time;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for experiments (compare); default: all cores. Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-write", paramLabel = "DIR", description = "Let scripts read and write files below DIR too "
            + "(save, load, table from, draw); by default only below the script's folder. Repeatable.")
    List<Path> allowWrite = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop after this many seconds (above 0): a "
            + "training or report in progress stops (inside a long epoch too) and says how far it got; nothing after it runs (exit code 2). "
            + "Whatever cannot stop is ended 2 s after the limit.")
    Double timeout;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run shard I (from 0) of N of every compare and curve: "
            + "the trials whose index is I modulo N. Their results go beside the script, NAME.shard-I-of-N.json; "
            + "nn merge of all N files prints the reports. One FILE only.")
    String shard;

    @Option(names = "--out", paramLabel = "DIR", description = "With --shard: write the shard file in DIR (below the "
            + "script's folder or an --allow-write folder) instead of beside the script.")
    Path out;

    @Option(names = "--spark", paramLabel = "MASTER", description = "Run compare and curve trials as Spark tasks on MASTER: "
            + "local[2], spark://host:7077, or submit (the master of spark-submit). Needs the spark module: scripts/nn adds it.")
    String spark;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    /** What ends the process when a run outlives --timeout (see {@link TimeLimit}); null: nothing. */
    private final IntConsumer end;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr, IntConsumer end) {
        this.end = end;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, Main::endNow));
    }

    /**
     * Ends the process from the time limit's backstop: System.exit runs the shutdown hooks (they
     * delete a save's temporary file); if a hook cannot finish, halt after a few seconds.
     */
    private static void endNow(int code) {
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(code);
        }, "nnlang-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(code);
    }

    /** Runs the command as if from a shell; returns the exit code (used by tests). */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, null);
    }

    /**
     * The same, with what ends the process when a run outlives --timeout by
     * {@link TimeLimit#GRACE_NANOS} (null: nothing ends it; the tests that run in this JVM).
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, IntConsumer end) {
        if (!onlyFiles(args)) return parsed(args, in, out, err, end);
        // nn FILE...: no option to parse, so the fields' defaults are the options, and picocli is
        // never loaded (building its model of the commands is a third of a short script's start-up)
        Main plain = new Main(in, out, err, end);
        plain.files.addAll(List.of(args));
        try {
            return plain.call();
        } catch (RuntimeException e) {
            return internalError(e, err);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return ranOut(e, err);
        }
    }

    /**
     * Whether the arguments are only script files, which picocli would take as they are: none
     * starts with '-' (an option, or standard input) or '@' (a file of arguments), and none names
     * a subcommand (picocli takes one after the files too). Then {@link #parsed} would give the
     * same run.
     */
    static boolean onlyFiles(String[] args) {
        if (args.length == 0) return false;
        for (String a : args) {
            if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@' || SUBCOMMANDS.contains(a)) return false;
        }
        return true;
    }

    /** The names {@link #commandLine} gives its subcommands. */
    static final List<String> SUBCOMMANDS = List.of("fmt", "bench", "jshell", "merge", "serve", "completion", "help");

    /** The run with its arguments parsed by picocli (every option, help and its error messages). */
    static int parsed(String[] args, InputStream in, PrintStream out, PrintStream err, IntConsumer end) {
        CommandLine cmd = commandLine(in, out, err, end);
        cmd.setOut(new java.io.PrintWriter(out, true));
        cmd.setErr(new java.io.PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((e, c, p) -> internalError(e, err));
        try {
            return cmd.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return ranOut(e, err);
        }
    }

    private static int internalError(Exception e, PrintStream err) {
        err.println("nn: internal error: " + e);
        return ScriptRunner.ERRORS;
    }

    /** Never a stack trace: says what ran out, and leaves the exit code for errors. */
    private static int ranOut(VirtualMachineError e, PrintStream err) {
        err.println("nn: " + nnlang.run.RanOut.describe(e) + "; nothing after this point ran");
        return ScriptRunner.ERRORS;
    }

    /** The command with its subcommands (completion prints a script for this whole tree). */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        return commandLine(in, out, err, null);
    }

    private static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err, IntConsumer end) {
        CommandLine cmd = new CommandLine(new Main(in, out, err, end));
        cmd.addSubcommand("fmt", new FormatCommand(in, out, err));
        cmd.addSubcommand("bench", new BenchCommand());
        cmd.addSubcommand("jshell", new JShellCommand(err));
        cmd.addSubcommand("merge", new MergeCommand(in, out, err));
        cmd.addSubcommand("serve", new ServeCommand(in, out, err));
        cmd.addSubcommand("completion", new CompletionCommand(out));
        cmd.addSubcommand("help", new CommandLine.HelpCommand());
        return cmd;
    }

    @Override public Integer call() {
        ErrorPrinter errors = new ErrorPrinter(stdout, stderr, json);
        // no file and a person at a terminal: the REPL; piped input still runs as a script
        if (files.isEmpty() && statements.isEmpty() && !check && stdin == System.in && System.console() != null) {
            try {
                return nnlang.repl.Repl.onSystemTerminal(json, new FileAccess(Path.of(""), allowWrite), threads);
            } catch (java.io.IOException e) {
                errors.error("nn", "cannot start the REPL on this terminal: " + e.getMessage());
                return ScriptRunner.ERRORS;
            }
        }
        if (timeout != null && !TimeLimit.isSeconds(timeout)) {
            errors.error("nn", TimeLimit.NOT_SECONDS);
            return ScriptRunner.ERRORS;
        }
        for (Path dir : allowWrite) {
            if (!Files.isDirectory(dir)) {
                errors.error("nn", "--allow-write " + dir + ": no such folder");
                return ScriptRunner.ERRORS;
            }
        }
        List<Source> sources = new ArrayList<>();
        for (String text : statements) sources.add(new Source("-e", text));
        List<String> names = files.isEmpty() && statements.isEmpty() ? List.of("-") : files;
        for (String name : names) {
            try {
                sources.add(ScriptFiles.read(name, stdin));
            } catch (ScriptFiles.Unreadable e) {
                errors.error(name, e.getMessage());
                return ScriptRunner.ERRORS;
            } catch (NnError e) {
                errors.error(e);
                return ScriptRunner.ERRORS;
            }
        }
        ScriptRunner runner = new ScriptRunner(errors);
        runner.setFileAccess(new FileAccess(Path.of(""), allowWrite));
        if (check) return runner.check(sources);
        long deadline = timeout != null ? System.nanoTime() + (long) (timeout * 1e9) : Long.MAX_VALUE;
        BooleanSupplier stop = timeout != null ? () -> System.nanoTime() - deadline > 0 : () -> false;
        try {
            if (timeout == null || end == null) return runOn(runner, sources, errors, stop);
            try (TimeLimit limit = new TimeLimit(deadline, () -> {
                if (runner.overrun()) end.accept(ScriptRunner.ERRORS);
            })) {
                return runOn(runner, sources, errors, stop);
            }
        } catch (ShardFiles.Bad e) {
            errors.error("nn", e.getMessage());
            return ScriptRunner.ERRORS;
        }
    }

    /**
     * Runs the scripts with their trials where --spark and --shard say: this JVM's threads, a
     * Spark cluster (closed afterwards), and/or one shard, whose file is written if nothing failed.
     */
    private int runOn(ScriptRunner runner, List<Source> sources, ErrorPrinter errors, BooleanSupplier stop)
            throws ShardFiles.Bad {
        if (out != null && shard == null) throw new ShardFiles.Bad("--out names the folder of a shard's file: give --shard I/N too");
        TrialRunnerProvider.ClusterRunner cluster = spark == null ? null : Engines.open("spark", spark);
        try {
            TrialRunner trials = cluster != null ? cluster : TrialRunner.threads(Math.max(1, threads));
            ShardRunner sharded = shard == null ? null : Engines.shard(shard, files, !statements.isEmpty(), trials);
            Path shardFile = sharded == null ? null
                    : Engines.shardFile(sharded, sources.get(0), out, new FileAccess(Path.of(""), allowWrite));
            runner.setTrialRunner(sharded != null ? sharded : trials);
            int code = runner.run(sources, new ReportPrinter(stdout, stderr, json), stop, time, threads);
            if (sharded != null && code != ScriptRunner.ERRORS) {
                Engines.writeShard(sharded, sources.get(0), shardFile);
                errors.note("nn: wrote " + shardFile);
            }
            return code;
        } finally {
            if (cluster != null) cluster.close();
        }
    }

    /** Reports the version for --version, from the jar's manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"nnlang " + Version.get()}; }
    }
}
