package nnlang.serve;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.model.Net;
import nnlang.report.JsonRenderer;
import nnlang.report.NoteReport;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import nnlang.report.TrainReport;
import nnlang.run.FileAccess;
import nnlang.run.Interpreter;
import nnlang.run.Plan;
import nnlang.run.ScriptResolver;
import nnlang.run.Session;
import nnlang.run.Watcher;
import nnlang.train.Progress;

/**
 * One run of a page's script, on its own thread, in a fresh session: its reports (text as in the
 * terminal, and JSON), the frames of its trainings and its errors go to its {@link EventLog}.
 * Trainings are paced so that a person can watch them: about {@link #FRAMES} frames per training
 * and at most {@link #FPS} a second, whatever the epoch rate (pacing waits; it changes no number).
 * It may be paused, stepped a number of epochs, and stopped.
 */
final class PageRun implements Watcher {
    static final int FRAMES = 60, FPS = 15;
    /** A frame at least this often, however slow the epochs. */
    static final long FRAME_GAP_NANOS = 300_000_000L;

    final int id;
    final EventLog events = new EventLog();
    private final Source source;
    private final FileAccess files;
    private final int threads;
    private volatile boolean stopped;
    /** The run's time limit (0: none), and whether it is what stopped the run. */
    private final long limitNanos;
    private volatile boolean timedOut;
    private boolean paused;
    /** Pause when a training reaches this epoch, or -1. */
    private long pauseAt;
    private Thread thread;

    // the training being watched (training thread only)
    private int training;
    private String watchedNet;
    private Table watchedTable;
    private Net watchedWeights;
    private Progress lastSample;
    private int lastEpoch = -1, nextFrame;
    private long lastFrameNanos;
    private final List<double[]> points = new ArrayList<>();

    PageRun(int id, Source source, FileAccess files, int threads, long pauseAt, long limitNanos) {
        this.id = id;
        this.limitNanos = limitNanos;
        this.source = source;
        this.files = files;
        this.threads = threads;
        this.pauseAt = pauseAt;
    }

    void start() {
        thread = new Thread(this::run, "nn-serve-run-" + id);
        thread.setDaemon(true);
        thread.start();
        if (limitNanos > 0) {
            // the limit counts paused time too: a run left paused ends with it as well
            Thread limit = new Thread(() -> {
                try {
                    thread.join(limitNanos / 1_000_000L, (int) (limitNanos % 1_000_000L));
                } catch (InterruptedException e) {
                    return;
                }
                if (thread.isAlive() && !stopped) {
                    timedOut = true;
                    signalStop();
                }
            }, "nn-serve-limit-" + id);
            limit.setDaemon(true);
            limit.start();
        }
    }

    private void run() {
        Interpreter in = new Interpreter(new Session(), this::report);
        in.setStopSignal(() -> stopped);
        in.setTimes(false);
        in.setThreads(threads);
        in.setFileAccess(files);
        in.setWatcher(this);
        boolean ok = false;
        String internal = null;
        try {
            List<Statement> statements = Parsing.parse(source, () -> stopped);
            ScriptResolver.Resolved resolved = in.resolver().resolve(source, statements);
            if (!resolved.ok()) throw new NnError(resolved.errors());
            // statement by statement, as the nn command runs them: after a stop (the page's
            // Reset, a new run, the time limit) the statements after it do not run
            for (Plan.Step step : resolved.steps()) {
                if (stopped) break;
                in.run(step);
            }
            ok = !timedOut;
        } catch (NnError e) {
            errors(e);
        } catch (RuntimeException e) {
            // never a stack trace on the page: one line that says what happened
            internal = "internal error: " + e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            internal = nnlang.run.RanOut.describe(e) + "; nothing after this point ran";
        }
        if (timedOut) {
            String seconds = limitNanos % 1_000_000_000L == 0 ? String.valueOf(limitNanos / 1_000_000_000L)
                    : String.valueOf(limitNanos / 1e9);
            report(new NoteReport("the run reached nn serve's --timeout of " + seconds
                    + " s and was stopped; nothing after this point ran"));
        }
        boolean fine = ok;
        String why = internal;
        int failed = in.failedExpectations();
        events.add("done", Json.object(w -> {
            w.name("ok").value(fine && failed == 0);
            w.name("stopped").value(stopped);
            w.name("timedOut").value(timedOut);
            w.name("failedExpectations").value(failed);
            w.name("message").value(why);
        }));
        events.close();
    }

    private void report(Report r) {
        if (r instanceof TrainReport && watchedWeights != null) {
            // the trained net: its final frame, whatever the pacing skipped
            frame(true);
        }
        String json = JsonRenderer.render(r);
        String text = TextRenderer.render(r);
        events.add("report", Json.object(w -> {
            w.name("kind").value(r.kind());
            w.name("text").value(text);
            w.name("json").jsonValue(json);
        }));
    }

    private void errors(NnError e) {
        events.add("errors", Diagnostics.json(e));
    }

    // ---- watching trainings ----

    @Override public void sample(String net, Table table, Net weights, Progress p) {
        if (watchedWeights == null || p.epoch() == 0 || !net.equals(watchedNet) || table != watchedTable) {
            training++;
            watchedNet = net;
            watchedTable = table;
            nextFrame = 0;
            points.clear();
        }
        watchedWeights = weights;
        lastSample = p;
        lastEpoch = p.epoch();
        points.add(new double[] {p.epoch(), p.loss(), p.entropy()});
        boolean pauseHere = false;
        synchronized (this) {
            if (pauseAt >= 0 && p.epoch() >= pauseAt) {
                pauseAt = -1;
                paused = true;
                pauseHere = true;
            }
        }
        long now = System.nanoTime();
        if (p.epoch() >= nextFrame || pauseHere || now - lastFrameNanos > FRAME_GAP_NANOS) {
            frame(false);
            nextFrame = p.epoch() + Math.max(1, p.epochs() / FRAMES);
            pace();
        }
        if (pauseHere) state();
        waitWhilePaused();
    }

    private void frame(boolean last) {
        double[][] sent = points.toArray(new double[0][]);
        points.clear();
        events.add("frame", Frames.of(training, watchedWeights, watchedTable, lastSample, last, sent));
        lastFrameNanos = System.nanoTime();
        if (last) watchedWeights = null;
    }

    /** Waits out the rest of a frame's time, so that a fast training is still a few seconds to watch. */
    private void pace() {
        long until = lastFrameNanos + 1_000_000_000L / FPS;
        synchronized (this) {
            long left;
            while (!stopped && (left = until - System.nanoTime()) > 0) {
                try {
                    wait(Math.max(1, left / 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private synchronized void waitWhilePaused() {
        while (paused && !stopped) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void state() {
        boolean p;
        synchronized (this) {
            p = paused;
        }
        int epoch = lastEpoch;
        events.add("state", Json.object(w -> {
            w.name("paused").value(p);
            w.name("epoch").value(epoch);
        }));
    }

    // ---- control, from request threads ----

    synchronized void pause() {
        paused = true;
        pauseAt = -1;
        notifyAll();
    }

    /** Runs on for {@code epochs} more epochs of the training under way, then pauses again. */
    synchronized void step(int epochs) {
        pauseAt = (long) Math.max(lastEpoch, 0) + epochs;
        paused = false;
        notifyAll();
    }

    synchronized void resume() {
        paused = false;
        pauseAt = -1;
        notifyAll();
    }

    /** Stops the run (a training stops at the end of its epoch) and waits up to {@code millis} for it to end. */
    void stop(long millis) {
        signalStop();
        try {
            if (thread != null) thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the run to stop: a training at the end of its epoch, a pause or a frame's wait at once. */
    private void signalStop() {
        stopped = true;
        synchronized (this) {
            notifyAll();
        }
    }

    boolean isOver() { return events.isClosed(); }
}
