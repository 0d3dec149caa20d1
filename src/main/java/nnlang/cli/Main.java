package nnlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import nnlang.lang.Source;
import nnlang.run.FileAccess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code nn} command: run scripts, check them, or start the REPL. */
@Command(name = "nn", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Train tiny neural nets on truth tables and read the entropy of every relation.",
        footer = {"", "With no FILE at a terminal: the REPL (:help inside).",
                "The scripts/nn launcher also runs: bench (speed beside the reference trainer),",
                "jshell [FILE.jsh] (JShell with nnlang.api imported).",
                "", "Exit codes: 0 success, 1 an expect failed, 2 the script has errors."})
public final class Main implements Callable<Integer> {
    public static final String VERSION = "0.1.0";

    @Parameters(paramLabel = "FILE", description = "Scripts to run in order in one session; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--json", description = "Write reports as JSON Lines on standard output; other lines go to standard error.")
    boolean json;

    @Option(names = "--check", description = "Parse and resolve every file without training; report each file's errors.")
    boolean check;

    @Option(names = "--time", description = "Show how long each training took (output then differs from run to run).")
    boolean time;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for experiments (compare); default: all cores. Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-write", paramLabel = "DIR", description = "Let scripts read and write files below DIR too "
            + "(save, load, table from, draw); by default only below the current folder. Repeatable.")
    List<Path> allowWrite = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop after this many seconds: a training "
            + "in progress ends at its current epoch and says how far it got; nothing after it runs (exit code 2).")
    double timeout;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command as if from a shell; returns the exit code (used by tests). */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new Main(in, out, err));
        cmd.addSubcommand("fmt", new FormatCommand(in, out, err));
        cmd.setOut(new java.io.PrintWriter(out, true));
        cmd.setErr(new java.io.PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((e, c, p) -> {
            err.println("nn: internal error: " + e);
            return ScriptRunner.ERRORS;
        });
        try {
            return cmd.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // never a stack trace: say what ran out, and leave the exit code for errors
            err.println("nn: " + (e instanceof OutOfMemoryError ? "out of memory" : "the input nests too deeply")
                    + "; nothing after this point ran");
            return ScriptRunner.ERRORS;
        }
    }

    @Override public Integer call() throws IOException {
        // no file and a person at a terminal: the REPL; piped input still runs as a script
        if (files.isEmpty() && !check && stdin == System.in && System.console() != null) {
            return nnlang.repl.Repl.onSystemTerminal(json, new FileAccess(Path.of(""), allowWrite), threads);
        }
        List<Source> sources = new ArrayList<>();
        List<String> names = files.isEmpty() ? List.of("-") : files;
        for (String name : names) {
            try {
                sources.add(read(name));
            } catch (IOException e) {
                stderr.println(name + ": error: " + e.getMessage());
                return ScriptRunner.ERRORS;
            }
        }
        for (Path dir : allowWrite) {
            if (!Files.isDirectory(dir)) {
                stderr.println("nn: --allow-write " + dir + ": no such folder");
                return ScriptRunner.ERRORS;
            }
        }
        ScriptRunner runner = new ScriptRunner(stderr);
        runner.setFileAccess(new FileAccess(Path.of(""), allowWrite));
        if (check) return runner.check(sources);
        if (timeout < 0 || Double.isNaN(timeout)) {
            stderr.println("nn: --timeout takes a number of seconds above 0");
            return ScriptRunner.ERRORS;
        }
        long deadline = timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : Long.MAX_VALUE;
        BooleanSupplier stop = timeout > 0 ? () -> System.nanoTime() - deadline > 0 : () -> false;
        return runner.run(sources, new ReportPrinter(stdout, stderr, json), stop, time, threads);
    }

    private Source read(String name) throws IOException { return read(name, stdin); }

    /** A script named on the command line ('-' is standard input); also fmt's reader. */
    static Source read(String name, InputStream stdin) throws IOException {
        if (name.equals("-")) return new Source("<stdin>", decode(stdin.readAllBytes()));
        Path path = Path.of(name);
        if (Files.isDirectory(path)) throw new IOException("is a folder, not a script");
        if (!Files.exists(path)) throw new IOException("no such file");
        return new Source(name, decode(Files.readAllBytes(path)));
    }

    /** Strict UTF-8: a binary or mis-encoded file gets a clear error, not a garbled parse. */
    static String decode(byte[] bytes) throws IOException {
        try {
            return Source.utf8(bytes);
        } catch (CharacterCodingException e) {
            throw new IOException("not a UTF-8 text file");
        }
    }

    /** Reports the version for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"nnlang " + VERSION}; }
    }
}
