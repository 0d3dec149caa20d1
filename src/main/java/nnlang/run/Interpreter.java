package nnlang.run;

import java.util.List;
import java.util.function.BooleanSupplier;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.lang.Word;
import nnlang.experiment.TrialRunner;
import nnlang.report.Report;
import nnlang.train.TrainListener;

/**
 * Runs nnlang against a session and sends reports to an output; never touches a terminal. The
 * pipeline is jlox's: a {@link ScriptResolver} turns a whole text into plans (or all its
 * errors), then the {@link Executor} runs them. {@link #runAll} is the one run loop that scripts,
 * loaded files, REPL entries and the API share: all of a text resolves before any of it runs.
 */
public final class Interpreter {
    /** The default eps below which (or above 1 - eps) a relation counts as determined. */
    public static final double DEFAULT_EPS = Resolver.DEFAULT_EPS;

    private final Session session;
    private final Output out;
    private final Executor executor = new Executor(this);
    private volatile BooleanSupplier stopSignal = () -> false;
    private TrainListener live = TrainListener.NONE;
    private Watcher watcher = Watcher.NONE;
    private int failedExpectations;
    private boolean times = true;
    private int threads = Runtime.getRuntime().availableProcessors();
    private FileAccess files = FileAccess.workingFolder();
    private TrialRunner runner;
    /** The files being loaded, and the bounds of loading, for resolving and running alike. */
    final Loads loads = new Loads(this::stopRequested);

    public Interpreter(Session session, Output out) {
        this.session = session;
        this.out = out;
    }

    /** What the host polls to stop a long training (Ctrl-C, a timeout). */
    public void setStopSignal(BooleanSupplier stopSignal) { this.stopSignal = stopSignal; }

    /**
     * Whether train and progress reports carry wall times. Scripts leave them out by default so
     * that the same script gives the same bytes of output, run after run.
     */
    public void setTimes(boolean times) { this.times = times; }

    /**
     * A listener for live displays (a progress bar): it hears every history sample of every
     * training (about a thousand per training) and may stop it, like the stop signal.
     */
    public void setProgressListener(TrainListener listener) {
        this.live = listener == null ? TrainListener.NONE : listener;
    }

    /** Who sees the nets themselves while they train (a live picture); called on the training thread. */
    public void setWatcher(Watcher watcher) { this.watcher = watcher == null ? Watcher.NONE : watcher; }

    /** Where scripts may read and write files (save, load, table from, draw); default: below the working folder. */
    public void setFileAccess(FileAccess files) { this.files = files; }

    /** How many threads experiments (compare) may use; results do not depend on it. */
    public void setThreads(int threads) { this.threads = Math.max(1, threads); }

    /**
     * Where compare and curve run their trials: by default this JVM's threads ({@link #setThreads});
     * a shard of a job array, shards merged, or a cluster (the spark module). Reports do not depend on it.
     */
    public void setTrialRunner(TrialRunner runner) { this.runner = runner; }

    /** How many expect statements have failed so far. */
    public int failedExpectations() { return failedExpectations; }

    public Session session() { return session; }

    /** A resolver for whole texts, starting from this session and fence (the first half of {@link #runAll}). */
    public ScriptResolver resolver() { return new ScriptResolver(this); }

    /** Runs one resolved step (the second half of {@link #runAll}). */
    public void run(Plan.Step step) throws NnError { executor.run(step); }

    /**
     * The one run loop: resolves the statements whole, then runs them in order; an error found by
     * resolving stops everything before anything runs (all or nothing per entry or file, but for
     * what only running can meet: a file that cannot be written, a timeout, Ctrl-C).
     */
    public void runAll(Source source, List<Statement> statements) throws NnError {
        ScriptResolver.Resolved resolved = resolver().resolve(source, statements);
        if (!resolved.ok()) throw new NnError(resolved.errors());
        for (Plan.Step step : resolved.steps()) run(step);
    }

    /**
     * A script file named outside the language (the REPL's :load), read as {@code load} reads one:
     * through the fence, at most 16 MiB, strict UTF-8; errors point at {@code file} in {@code where}.
     */
    public Source readScript(Word file, Source where) throws NnError {
        Resolver r = new Resolver(Scope.of(session), files, loads, where);
        return ShareStatements.read(file, r.path(file), r.fail);
    }

    /**
     * Writes a file named outside the language (the REPL's :save) as {@code save} writes one:
     * through the fence, atomically; errors point at {@code file} in {@code where}.
     */
    public void writeText(Word file, Source where, String text) throws NnError {
        Resolver r = new Resolver(Scope.of(session), files, loads, where);
        ShareStatements.write(r.writablePath(file), text, file, r.fail);
    }

    // ---- for the executor ----

    FileAccess fileAccess() { return files; }

    int threads() { return threads; }

    TrialRunner trialRunner() { return runner != null ? runner : TrialRunner.threads(threads); }

    /** Whether reports carry wall times (the REPL's :time). */
    public boolean times() { return times; }

    TrainListener live() { return live; }

    Watcher watcher() { return watcher; }

    boolean stopRequested() { return stopSignal.getAsBoolean() || live.stopRequested(); }

    void emit(Report r) { out.emit(r); }

    void expectationFailed() { failedExpectations++; }
}
