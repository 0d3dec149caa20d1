package nnlang.run;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nnlang.data.CodingException;
import nnlang.data.Family;
import nnlang.data.Table;
import nnlang.info.Ablation;
import nnlang.info.HiddenLayers;
import nnlang.info.ProbabilityMap;
import nnlang.info.Relations;
import nnlang.info.ReportStop;
import nnlang.info.TableInfo;
import nnlang.lang.NnError;
import nnlang.model.Layer;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.report.Advice;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;
import nnlang.report.ExpectReport;
import nnlang.report.NoteReport;
import nnlang.report.PlotReport;
import nnlang.report.PrintReport;
import nnlang.report.ProgressReport;
import nnlang.report.RelationsReport;
import nnlang.report.Report;
import nnlang.report.ShowReport;
import nnlang.report.TrainReport;
import nnlang.report.TrialResult;
import nnlang.report.WroteReport;
import nnlang.report.draw.Diagrams;
import nnlang.experiment.CompareConfig;
import nnlang.experiment.Curve;
import nnlang.experiment.Experiment;
import nnlang.experiment.ExperimentListener;
import nnlang.train.History;
import nnlang.train.Progress;
import nnlang.train.TrainListener;
import nnlang.train.TrainResult;
import nnlang.train.Trainer;

/**
 * Runs plans against the interpreter's session: the only code that trains nets or writes files.
 * Its plans are resolved, so a name it looks up is there; what it can still meet are the
 * failures only running finds (a file that cannot be written, weights that became NaN).
 */
final class Executor implements Plan.Visitor {
    private final Interpreter in;
    private Failure fail;

    Executor(Interpreter in) { this.in = in; }

    void run(Plan.Step step) throws NnError {
        Failure outer = fail;
        fail = new Failure(step.source());
        try {
            step.plan().accept(this);
        } finally {
            fail = outer;
        }
    }

    private Session session() { return in.session(); }

    private NetEntry entry(String net) { return session().net(net); }

    // ---- definitions ----

    @Override public void defineTable(Plan.DefineTable p) { session().put(p.table()); }

    /** A trained net replaced by a new definition loses its weights: say so. */
    @Override public void defineNet(Plan.DefineNet p) {
        NetEntry before = entry(p.entry().name());
        session().put(p.entry());
        if (before != null && before.trainedOn() != null && !p.entry().hasWeights()) {
            in.emit(new NoteReport("replaced net " + before.name() + " (its trained weights are dropped)"));
        }
    }

    @Override public void train(Plan.Train p) {
        Net net;
        if (p.config().resume()) {
            net = entry(p.net()).net().copy();
        } else {
            try {
                net = NetBuilder.build(p.net(), p.spec(), p.table().inputs(), p.table().outputs());
            } catch (CodingException e) {
                throw new IllegalStateException("resolved, yet it does not build: " + e.getMessage(), e);
            }
        }
        String name = p.net();
        Filming film = Filming.of(net, p.scope(), p.config().epochs());
        TrainResult result = Trainer.train(net, p.scope(), p.config(), new TrainListener() {
            @Override public void progress(Progress progress) {
                ProgressReport line = new ProgressReport(name, progress);
                in.emit(in.times() ? line : line.withoutTime());
                if (p.everyReport() != null) in.emit(everyReport(p.everyReport(), net, p.scope()));
            }

            @Override public void sample(Progress progress) {
                in.live().sample(progress);
                in.watcher().sample(name, p.scope(), net, progress);
                if (film != null) film.sample(net, progress.epoch());
            }

            @Override public boolean stopRequested() { return in.stopRequested(); }
        });
        session().put(new NetEntry(name, p.spec(), net, p.table(), withEarlier(p, result),
                film == null ? null : film.end(net, result.epochsRun())));
        if (!result.measured()) {
            // the stop came during the final measure of a long training: measuring now would run
            // past the time limit, so say what is kept and how to measure it
            in.emit(unmeasured(p, result, "before"));
            return;
        }
        RelationsReport after;
        try {
            // a training stopped by the limit or Ctrl-C is still worth its numbers: a measure that
            // takes milliseconds runs whole; only a long one polls the stop (the stop is still set)
            after = Relations.of(net, p.scope(), Resolver.DEFAULT_EPS,
                    quickToMeasure(net, p.scope()) ? ReportStop.NEVER : in::stopRequested);
        } catch (ReportStop.Stopped cut) {
            in.emit(unmeasured(p, result, "during"));
            return;
        }
        History h = result.history();
        String advice = Advice.of(new Advice.Facts(result.reason(), p.config().lr(), result.epochsRun(),
                h.lossAt(0), h.lossAt(result.epochsRun() / 2), result.loss(), after, net.layers().size() - 1));
        TrainReport report = new TrainReport(name, p.table().name(), result, p.config().epochs(), after, advice);
        in.emit(in.times() ? report : report.withoutTime());
    }

    /** A training whose final measure a stop cut ("before" it or "during" it): what is kept, and how to measure it. */
    private static NoteReport unmeasured(Plan.Train p, TrainResult result, String when) {
        String on = p.net() + " on " + p.table().name();
        return new NoteReport("stopped training " + on + " after " + result.epochsRun() + " of " + p.config().epochs()
                + " epochs, " + when + " its final measure; the weights are kept (relations " + on + " measures them)");
    }

    /** A report that a stop cut short: {@code rest} says what became of it. */
    private static NoteReport cutShort(String what, String rest) {
        return new NoteReport("stopped " + what + " before it was complete (the time limit, or Ctrl-C); " + rest);
    }

    /** Multiply-adds of a measure that runs whole after a stop: some tens of milliseconds. */
    static final long QUICK_MEASURE = 1L << 26;

    /** Whether measuring net on every row of table takes at most {@link #QUICK_MEASURE} multiply-adds. */
    private static boolean quickToMeasure(Net net, Table table) {
        long weights = 0;
        for (Layer l : net.layers()) weights += l.W.getNumElements();
        return weights * table.rows().size() <= QUICK_MEASURE;
    }

    /** The report of {@code every N REPORT} for the weights of now, as that statement would give it. */
    private static nnlang.report.Report everyReport(String report, Net net, Table scope) {
        switch (report) {
            case "relations": return Relations.of(net, scope, Resolver.DEFAULT_EPS);
            case "hidden": return HiddenLayers.of(net, scope, 2);
            default: return ProbabilityMap.of(net, scope, ProbabilityMap.DEFAULT_CELLS);
        }
    }

    /**
     * The result a net keeps: after {@code continue} on the table it was trained on, its history
     * is the earlier trainings' followed by this one's, so that plot shows the whole course.
     */
    private TrainResult withEarlier(Plan.Train p, TrainResult result) {
        NetEntry before = entry(p.net());
        if (!p.config().resume() || before == null || before.lastTraining() == null || before.trainedOn() == null
                || !before.trainedOn().name().equals(p.table().name())) {
            return result;
        }
        return new TrainResult(result.epochsRun(), result.reason(), result.loss(), result.entropy(), result.nanos(),
                before.lastTraining().history().then(result.history()), result.measured());
    }

    @Override public void setWeight(Plan.SetWeight p) { session().put(WeightEdits.apply(p, entry(p.net()))); }

    // ---- reports ----

    @Override public void relations(Plan.Relations p) {
        emitPolled("relations " + p.net() + " on " + p.table().name(), () -> relationsOf(p));
    }

    private RelationsReport relationsOf(Plan.Relations p) {
        return Relations.of(entry(p.net()).net(), p.table(), p.eps(), in::stopRequested);
    }

    private nnlang.report.MapReport mapOf(Plan.Map p) {
        return ProbabilityMap.of(entry(p.net()).net(), p.table(), ProbabilityMap.DEFAULT_CELLS, p.layer(), p.node(),
                in::stopRequested);
    }

    @Override public void hiddenSpace(Plan.HiddenSpace p) {
        // one forward pass a row, then a small SVD: not polled inside, but not shown after a stop
        emitPolled("hidden " + p.net() + " on " + p.table().name() + " space",
                () -> nnlang.info.HiddenSpace.of(entry(p.net()).net(), p.table()));
    }

    @Override public void sideBySide(Plan.SideBySide p) {
        emitPolled("the reports side by side", () -> {
            List<nnlang.report.Report> parts = new ArrayList<>();
            for (Plan part : p.parts()) parts.add(part instanceof Plan.Map m ? mapOf(m) : relationsOf((Plan.Relations) part));
            return new nnlang.report.SideBySideReport(parts);
        });
    }

    /**
     * Emits a report that polls the stop row by row. One cut by the stop, or one finished only
     * after the stop came, is not shown (printing megabytes after the time limit would overrun
     * it); a note says so instead.
     */
    private void emitPolled(String what, Supplier<Report> report) {
        Report r;
        try {
            r = report.get();
        } catch (ReportStop.Stopped cut) {
            r = null;
        }
        if (r == null || in.stopRequested()) {
            in.emit(cutShort(what, "nothing of it is shown"));
            return;
        }
        in.emit(r);
    }

    /** A trained net's layers and weights; a net not trained yet, its definition and how to train it. */
    @Override public void show(Plan.Show p) {
        NetEntry e = entry(p.net());
        if (e.hasWeights()) {
            in.emit(ShowReport.of(e.net()));
        } else {
            in.emit(new NoteReport("net " + e.name() + " = " + e.spec() + "\n  not trained yet: train " + e.name()
                    + " on TABLE gives it weights (and its sizes, from the table)"));
        }
    }

    @Override public void predict(Plan.Predict p) { in.emit(Relations.predict(entry(p.net()).net(), p.x())); }

    @Override public void info(Plan.Info p) { in.emit(TableInfo.of(p.table())); }

    @Override public void expect(Plan.Expect p) {
        if (p.ofCompare() && skippedInShard(p.text())) return;
        double actual;
        try {
            actual = p.ofCompare()
                    ? Expectations.ofCompare(p.measure(), p.net(), session().comparison(p.net(), p.table().name()))
                    : Expectations.ofNet(p.measure(), entry(p.net()).net(), p.table(), in::stopRequested);
        } catch (ReportStop.Stopped cut) {
            in.emit(new NoteReport("stopped expect " + p.text() + " before it was measured (the time limit, or Ctrl-C)"));
            return;
        }
        boolean ok = Expectations.holds(p.op(), actual, p.value());
        if (!ok) in.expectationFailed();
        CompareReport c = p.ofCompare() ? session().comparison(p.net(), p.table().name()) : null;
        String note = c != null && c.stopped() ? "rests on partial trials: " + c.completed() + " of " + c.trialsAsked()
                + " (the compare was stopped)" : null;
        String roundOff = ok ? null : Expectations.roundOffNote(actual, p.value());
        if (roundOff != null) note = note == null ? roundOff : note + "; " + roundOff;
        in.emit(new ExpectReport(p.text(), ok, actual, note));
    }

    @Override public void print(Plan.Print p) { in.emit(new PrintReport(p.text())); }

    @Override public void hidden(Plan.Hidden p) {
        emitPolled("hidden " + p.net() + " on " + p.table().name(),
                () -> HiddenLayers.of(entry(p.net()).net(), p.table(), p.bins(), in::stopRequested));
    }

    @Override public void ablate(Plan.Ablate p) {
        emitPolled("ablate " + p.net() + " on " + p.table().name(), () -> Ablation.of(entry(p.net()).net(),
                p.table(), p.layer(), p.node(), Resolver.DEFAULT_EPS, in::stopRequested));
    }

    @Override public void compare(Plan.Compare p) {
        long start = System.nanoTime();
        CompareReport report = Experiment.compare(CompareStatement.build(p), p.table(), p.config(), in.trialRunner(),
                new ExperimentListener() {
                    @Override public void trialsDone(int done, int total) {
                        in.live().trialsDone(done, total, System.nanoTime() - start);
                    }

                    @Override public boolean stopRequested() { return in.stopRequested(); }
                });
        if (shardNote("compare on " + p.table().name())) return;
        session().put(report);
        in.emit(in.times() ? report : report.withoutTime());
    }

    /**
     * In a shard of a job array (--shard), an experiment ran only its share of the trials: its
     * report would rest on those, so a note says what ran instead, and nothing is kept for the
     * statements after it; {@code nn merge} of all the shards prints the report.
     */
    private boolean shardNote(String what) {
        if (!in.trialRunner().partial()) return false;
        in.emit(new NoteReport(what + ": this shard's trials ran; nn merge of every shard's file prints its report"));
        return true;
    }

    /** In a shard, a statement that reads an experiment's report is skipped: the shard has no whole report. */
    private boolean skippedInShard(String text) {
        if (!in.trialRunner().partial()) return false;
        in.emit(new NoteReport("skipped in a shard (it reads an experiment's report; nn merge runs it): " + text));
        return true;
    }

    @Override public void defineFamily(Plan.DefineFamily p) { session().put(p.family()); }

    @Override public void infoFamily(Plan.InfoFamily p) { in.emit(TableInfo.of(p.family())); }

    /**
     * compare on a family: the compare of every instance with the same config (so the same trial
     * seeds and training rows on each), kept in the session under the instance's name (expect
     * reads it) but not printed; then one report over the grid of instances x trials
     * ({@link Experiment#reduceFamily}: means over all N x T trainings, intervals and verdict by
     * a cluster bootstrap over the instances), with one line per instance. A stop keeps the
     * instances that completed all their trials.
     */
    @Override public void compareFamily(Plan.CompareFamily p) {
        long start = System.nanoTime();
        Family family = p.family();
        List<Net> nets = CompareStatement.build(p.nets(), p.specs(), family.instances().get(0));
        int trials = p.config().trials(), total = family.size() * trials;
        List<CompareReport> done = new ArrayList<>(family.size());
        for (Table instance : family.instances()) {
            int before = done.size() * trials;
            CompareReport report = Experiment.compare(nets, instance, p.config(), in.trialRunner(), new ExperimentListener() {
                @Override public void trialsDone(int d, int all) {
                    in.live().trialsDone(before + d, total, System.nanoTime() - start);
                }

                @Override public boolean stopRequested() { return in.stopRequested(); }
            });
            if (in.trialRunner().partial()) continue; // a shard: every instance runs its share
            if (report.stopped()) break;
            session().put(report.withoutTime());
            done.add(report);
        }
        if (shardNote("compare on " + family.name())) return;
        Table pooled = family.instances().get(0).named(family.name());
        CompareReport report = Experiment.reduceFamily(nets, pooled, p.config(), family.size(), done,
                System.nanoTime() - start);
        session().put(report);
        in.emit(in.times() ? report : report.withoutTime());
    }

    @Override public void curve(Plan.Curve p) {
        long start = System.nanoTime();
        Family family = p.family();
        CurveReport report = Curve.run(CompareStatement.build(p.nets(), p.specs(), family.instances().get(0)), family,
                p.config(),
                in.trialRunner(), new ExperimentListener() {
                    @Override public void trialsDone(int done, int total) {
                        in.live().trialsDone(done, total, System.nanoTime() - start);
                    }

                    @Override public boolean stopRequested() { return in.stopRequested(); }
                });
        if (shardNote("curve on " + family.name())) return;
        session().put(report);
        in.emit(in.times() ? report : report.withoutTime());
    }

    @Override public void drawCurve(Plan.DrawCurve p) throws NnError {
        if (skippedInShard("draw curve to " + p.file().text())) return;
        CurveReport c = session().curve(p.key());
        picture(p.path(), p.file(), p.png(),
                p.png() ? Diagrams.curvePng(c) : Diagrams.curveSvg(c).getBytes(StandardCharsets.UTF_8));
    }

    @Override public void expectCurve(Plan.ExpectCurve p) {
        if (skippedInShard(p.text())) return;
        double actual = Expectations.ofCurve(p, session().curve(p.key()));
        boolean ok = Expectations.holds(p.op(), actual, p.value());
        if (!ok) in.expectationFailed();
        in.emit(new ExpectReport(p.text(), ok, actual));
    }

    @Override public void plot(Plan.Plot p) throws NnError {
        NetEntry e = entry(p.net());
        PlotReport plot = new PlotReport(e.name(), e.trainedOn().name(), e.lastTraining().history());
        if (p.path() == null) {
            in.emit(plot);
            return;
        }
        picture(p.path(), p.file(), p.png(), p.png() ? Diagrams.plotPng(plot) : Diagrams.plotSvg(plot).getBytes(StandardCharsets.UTF_8));
    }

    @Override public void map(Plan.Map p) throws NnError {
        String what = "map " + p.net() + " on " + p.table().name();
        if (p.path() == null) {
            emitPolled(what, () -> mapOf(p));
            return;
        }
        nnlang.report.MapReport map;
        try {
            map = mapOf(p);
        } catch (ReportStop.Stopped cut) {
            in.emit(cutShort(what, "nothing was written"));
            return;
        }
        picture(p.path(), p.file(), p.png(), p.png() ? Diagrams.mapPng(map) : Diagrams.mapSvg(map).getBytes(StandardCharsets.UTF_8));
    }

    private void picture(java.nio.file.Path path, nnlang.lang.Word file, boolean png, byte[] bytes) throws NnError {
        ShareStatements.write(path, bytes, file, fail);
        in.emit(new WroteReport(file.text(), bytes.length, png ? "png" : "svg"));
    }

    @Override public void draw(Plan.Draw p) throws NnError {
        if (p.gif()) {
            drawGif(p);
            return;
        }
        Net net = entry(p.net()).net();
        RelationsReport relations;
        try {
            relations = p.table() == null ? null : Relations.of(net, p.table(), Resolver.DEFAULT_EPS, in::stopRequested);
        } catch (ReportStop.Stopped cut) {
            in.emit(cutShort("drawing " + p.file().text(), "nothing was written"));
            return;
        }
        picture(p.path(), p.file(), p.png(),
                p.png() ? Diagrams.png(net, relations) : Diagrams.svg(net, relations).getBytes(StandardCharsets.UTF_8));
    }

    /** The relation diagram at every frame of the net's film, as an animated GIF. */
    private void drawGif(Plan.Draw p) throws NnError {
        NetEntry.Film film = entry(p.net()).film();
        if (film == null) {
            throw fail.at(p.file().span(), "net " + p.net() + " has no frames to animate: its last training kept none"
                    + " (a net too large to draw, or weights loaded or set since)");
        }
        List<RelationsReport> relations = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < film.frames().size(); i++) {
            relations.add(Relations.of(film.frames().get(i), p.table(), Resolver.DEFAULT_EPS));
            captions.add("epoch " + film.epochs().get(i) + " of " + film.total());
        }
        byte[] bytes = Diagrams.gif(film.frames(), relations, captions);
        ShareStatements.write(p.path(), bytes, p.file(), fail);
        in.emit(new WroteReport(p.file().text(), bytes.length, "gif"));
    }

    // ---- sharing ----

    @Override public void save(Plan.Save p) throws NnError {
        String text;
        if (p.net() == null) {
            text = ScriptWriter.session(session());
        } else {
            NetEntry net = entry(p.net());
            if (net.hasWeights()) checkFinite(net, p);
            // the rows it was trained on, even if a table of that name was redefined since
            text = ScriptWriter.net(net, net.trainedOn());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ShareStatements.MAX_FILE_BYTES) {
            throw fail.at(p.file().span(), "cannot write " + p.file().text() + ": it would hold " + bytes.length
                    + " bytes, more than load reads (" + ShareStatements.MAX_FILE_BYTES + "); nothing was written");
        }
        ShareStatements.write(p.path(), bytes, p.file(), fail);
        in.emit(new WroteReport(p.file().text(), bytes.length, "nn"));
    }

    /** Weights that became NaN or infinite (a diverged training) cannot be written as numbers. */
    private void checkFinite(NetEntry net, Plan.Save p) throws NnError {
        for (Layer l : net.net().layers()) {
            for (double v : l.W.data) if (!Double.isFinite(v)) throw fail.at(p.netWord().span(), "net " + p.net()
                    + " has a weight that is not a finite number; it cannot be saved");
            for (double v : l.b.data) if (!Double.isFinite(v)) throw fail.at(p.netWord().span(), "net " + p.net()
                    + " has a bias that is not a finite number; it cannot be saved");
        }
    }

    /**
     * Runs a loaded file's plans; if one fails while running, the session goes back to what it
     * held before the load. A file written by a save of this script is resolved here, now.
     */
    @Override public void load(Plan.Load p) throws NnError {
        List<Plan.Step> steps = p.steps();
        if (steps == null) {
            Resolver r = new Resolver(Scope.of(session()), in.fileAccess(), in.loads, fail.source());
            ShareStatements.checkNesting(p.file(), p.path(), r);
            steps = ShareStatements.resolveFile(p.file(), p.path(), r.scope, r);
        }
        Session before = session().copy();
        in.loads.stack.push(p.path());
        try {
            for (Plan.Step s : steps) run(s);
        } catch (NnError e) {
            session().replaceWith(before);
            throw ShareStatements.inFile(p.file(), fail, in.loads, e);
        } finally {
            in.loads.stack.pop();
        }
    }
}
