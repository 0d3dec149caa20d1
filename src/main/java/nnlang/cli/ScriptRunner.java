package nnlang.cli;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.Diagnostic;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.run.FileAccess;
import nnlang.run.Interpreter;
import nnlang.run.Output;
import nnlang.run.Plan;
import nnlang.run.ScriptResolver;
import nnlang.run.Session;

/**
 * Runs scripts in order in one session (jlox's pipeline: parse everything, stop on syntax
 * errors; resolve everything, stop on errors; then execute, stop at the first statement that
 * fails while running) and turns the outcome into an exit
 * code: 0 success, 1 an expectation failed, 2 the scripts have errors.
 */
final class ScriptRunner {
    static final int OK = 0, EXPECT_FAILED = 1, ERRORS = 2;

    private final ErrorPrinter err;

    private FileAccess files = FileAccess.workingFolder();

    /** Where compare and curve run their trials; null for this JVM's threads. */
    private nnlang.experiment.TrialRunner trials;

    /** --check: say of each file that resolves that it is ok. */
    private boolean checking;

    /** The statement running now, and its file: what the time limit's backstop names. */
    private volatile Source runningIn;
    private volatile Plan.Step running;
    /** Set by whichever says first that the time limit stopped the run: the run, or the backstop. */
    private final java.util.concurrent.atomic.AtomicBoolean stopSaid = new java.util.concurrent.atomic.AtomicBoolean();

    ScriptRunner(ErrorPrinter err) { this.err = err; }

    /**
     * Says that the run did not stop within {@link TimeLimit#GRACE_NANOS} of the time limit: at
     * the statement running then, or, before the first one, while reading the scripts. Returns
     * false, saying nothing, when the run has already said that it stopped (it is ending by itself).
     */
    boolean overrun() {
        if (!stopSaid.compareAndSet(false, true)) return false;
        Source source = runningIn;
        Plan.Step step = running;
        long grace = TimeLimit.GRACE_NANOS / 1_000_000_000;
        if (source == null || step == null) {
            err.error("nn", "stopped by the time limit while reading and checking the scripts (they did not stop"
                    + " within " + grace + " s of it, so nn ended); nothing ran");
            return true;
        }
        err.error(new NnError(new Diagnostic(source, step.statement().span(), "stopped here by the time limit: it"
                + " did not stop within " + grace + " s of it, so nn ended; the statements after it did not run")));
        return true;
    }

    /**
     * Where the scripts may read and write files: each script below its own folder, text from no
     * file (standard input, -e) below the working folder; --allow-write widens it.
     */
    void setFileAccess(FileAccess files) { this.files = files; }

    /** Where compare and curve run their trials (a shard, shards merged, a cluster); reports do not depend on it. */
    void setTrialRunner(nnlang.experiment.TrialRunner trials) { this.trials = trials; }

    int run(List<Source> sources, Output out, java.util.function.BooleanSupplier stop, boolean times, int threads) {
        List<List<Statement>> parsed = parseAll(sources, stop);
        if (parsed == null) return ERRORS;
        Interpreter interpreter = new Interpreter(new Session(), out);
        interpreter.setStopSignal(stop);
        interpreter.setTimes(times);
        interpreter.setThreads(threads);
        interpreter.setTrialRunner(trials);
        // every script resolves whole before the first statement runs
        List<List<Plan.Step>> plans = resolve(interpreter, sources, parsed);
        if (plans == null) return ERRORS;
        for (int i = 0; i < sources.size(); i++) {
            interpreter.setFileAccess(files.forScript(sources.get(i)));
            for (Plan.Step step : plans.get(i)) {
                runningIn = sources.get(i);
                running = step;
                try {
                    interpreter.run(step);
                } catch (NnError e) {
                    err.error(e);
                    return ERRORS;
                }
                if (stop.getAsBoolean()) {
                    // a timeout: the statement that was running stopped where it was and said so
                    if (!stopSaid.compareAndSet(false, true)) return ERRORS;
                    err.error(new NnError(new Diagnostic(sources.get(i), step.statement().span(),
                            "stopped here by the time limit; the statements after it did not run")));
                    return ERRORS;
                }
            }
        }
        return interpreter.failedExpectations() > 0 ? EXPECT_FAILED : OK;
    }

    /** Parses and resolves every file without training; reports every error of every file. */
    int check(List<Source> sources) {
        checking = true;
        Interpreter interpreter = new Interpreter(new Session(), Output.NONE);
        List<List<Statement>> parsed = new ArrayList<>();
        boolean syntaxErrors = false;
        for (Source source : sources) {
            try {
                parsed.add(Parsing.parse(source));
            } catch (NnError e) {
                // a file with syntax errors has nothing to resolve; the others are still checked
                err.error(e);
                syntaxErrors = true;
                parsed.add(null);
            }
        }
        return resolve(interpreter, sources, parsed) != null && !syntaxErrors ? OK : ERRORS;
    }

    /** Resolves the parsed scripts in order against one scope and prints their errors; null if there were any. */
    private List<List<Plan.Step>> resolve(Interpreter interpreter, List<Source> sources, List<List<Statement>> parsed) {
        ScriptResolver resolver = interpreter.resolver();
        List<List<Plan.Step>> plans = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < sources.size(); i++) {
            if (parsed.get(i) == null) {
                // its names are unknown: their uses in the files after it are not root causes
                resolver.namesUnknown();
                plans.add(List.of());
                continue;
            }
            resolver.setFileAccess(files.forScript(sources.get(i)));
            ScriptResolver.Resolved r = resolver.resolve(sources.get(i), parsed.get(i));
            if (!r.ok()) err.error(new NnError(r.errors()));
            else if (checking) err.note(sources.get(i).name() + ": ok (" + parsed.get(i).size() + " statements)");
            failed |= !r.ok();
            plans.add(r.steps());
        }
        return failed ? null : plans;
    }

    private List<List<Statement>> parseAll(List<Source> sources, java.util.function.BooleanSupplier stop) {
        List<List<Statement>> all = new ArrayList<>();
        boolean failed = false;
        for (Source source : sources) {
            try {
                all.add(Parsing.parse(source, stop));
            } catch (NnError e) {
                err.error(e);
                failed = true;
            }
        }
        return failed ? null : all;
    }
}
