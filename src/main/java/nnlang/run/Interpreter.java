package nnlang.run;

import java.util.function.BooleanSupplier;
import nnlang.data.CodingException;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.info.TableInfo;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.lang.Word;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;
import nnlang.report.CompareReport;
import nnlang.report.PrintReport;
import nnlang.report.ProgressReport;
import nnlang.report.RelationsReport;
import nnlang.report.ShowReport;
import nnlang.report.TrainReport;
import nnlang.train.Progress;
import nnlang.train.TrainConfig;
import nnlang.train.TrainListener;
import nnlang.train.TrainResult;
import nnlang.train.Trainer;

/**
 * Executes statements against a session and sends reports to an output. Never touches a
 * terminal. A statement that fails throws a positioned error and leaves the session unchanged:
 * new values are built aside and stored only at the end.
 */
public final class Interpreter {
    /** RUN trains and reports; CHECK resolves names, sizes and options without training or reporting. */
    public enum Mode { RUN, CHECK }

    /** The default eps below which (or above 1 - eps) a relation counts as determined. */
    public static final double DEFAULT_EPS = 0.01;

    private final Session session;
    private final Output out;
    private final Mode mode;
    private volatile BooleanSupplier stopSignal = () -> false;
    private TrainListener live = TrainListener.NONE;
    private int failedExpectations;
    private boolean times = true;
    private int threads = Runtime.getRuntime().availableProcessors();

    private FileAccess files = FileAccess.workingFolder();
    /** The files being loaded, innermost first: a file may not load itself. */
    final java.util.Deque<java.nio.file.Path> loading = new java.util.ArrayDeque<>();
    /** Files that save statements would have written in check mode (which writes nothing). */
    final java.util.Set<java.nio.file.Path> savedInCheck = new java.util.HashSet<>();

    public Interpreter(Session session, Output out, Mode mode) {
        this.session = session;
        this.out = out;
        this.mode = mode;
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

    /** Where scripts may read and write files (save, load, table from, draw); default: below the working folder. */
    public void setFileAccess(FileAccess files) { this.files = files; }

    FileAccess fileAccess() { return files; }

    /** The file a statement names, resolved against its script's folder, if the script may use it. */
    java.nio.file.Path path(Word file, Failure fail) throws NnError {
        try {
            return files.check(file.text(), fail.source());
        } catch (FileAccess.Refused e) {
            throw fail.at(file.span(), e.getMessage());
        }
    }

    /** How many threads experiments (compare) may use; results do not depend on it. */
    public void setThreads(int threads) { this.threads = Math.max(1, threads); }

    int threads() { return threads; }

    TrainListener live() { return live; }

    boolean stopRequested() { return stopSignal.getAsBoolean() || live.stopRequested(); }

    /** How many expect statements have failed so far. */
    public int failedExpectations() { return failedExpectations; }

    public Session session() { return session; }

    public void execute(Statement s, Source source) throws NnError {
        Failure fail = new Failure(source);
        if (s instanceof Statement.TableRows t) {
            session.put(TableStatements.rows(t, fail));
        } else if (s instanceof Statement.TableGenerator t) {
            session.put(TableStatements.generated(t, fail));
        } else if (s instanceof Statement.TableInverse t) {
            session.put(TableStatements.inverse(t, table(t.source(), fail)));
        } else if (s instanceof Statement.NetDef n) {
            session.put(WeightedNets.entry(n, fail));
        } else if (s instanceof Statement.Train t) {
            train(t, fail);
        } else if (s instanceof Statement.Relations r) {
            relations(r, fail);
        } else if (s instanceof Statement.Show sh) {
            Net net = trained(sh.net(), fail);
            if (mode == Mode.RUN) out.emit(ShowReport.of(net));
        } else if (s instanceof Statement.Predict p) {
            predict(p, fail);
        } else if (s instanceof Statement.Info i) {
            Table t = table(i.table(), fail);
            if (mode == Mode.RUN) out.emit(TableInfo.of(t));
        } else if (s instanceof Statement.Expect e) {
            if (!Expectations.check(e, this, fail) && mode == Mode.RUN) failedExpectations++;
        } else if (s instanceof Statement.Print p) {
            if (mode == Mode.RUN) out.emit(new PrintReport(p.text()));
        } else if (s instanceof Statement.Plot p) {
            emitIfAny(PictureStatements.plot(p, this, fail));
        } else if (s instanceof Statement.Map m) {
            emitIfAny(PictureStatements.map(m, this, fail));
        } else if (s instanceof Statement.Draw d) {
            emitIfAny(PictureStatements.draw(d, this, fail));
        } else if (s instanceof Statement.Hidden h) {
            emitIfAny(ProbeStatements.hidden(h, this, fail));
        } else if (s instanceof Statement.Ablate a) {
            emitIfAny(ProbeStatements.ablate(a, this, fail));
        } else if (s instanceof Statement.Compare c) {
            CompareReport report = CompareStatement.run(c, this, fail);
            if (report != null) {
                session.put(report);
                out.emit(times ? report : report.withoutTime());
            }
        } else if (s instanceof Statement.TableFile t) {
            session.put(ShareStatements.csv(t, this, fail));
        } else if (s instanceof Statement.Save sv) {
            ShareStatements.save(sv, this, fail);
        } else if (s instanceof Statement.Load l) {
            ShareStatements.load(l, this, fail);
        } else if (s instanceof Statement.SetWeight w) {
            WeightEdits.set(w, this, fail);
        } else {
            throw new IllegalStateException("no rule for " + s);
        }
    }

    private void emitIfAny(nnlang.report.Report r) {
        if (r != null) out.emit(r);
    }

    private void train(Statement.Train t, Failure fail) throws NnError {
        NetEntry entry = netEntry(t.net(), fail);
        Table table = table(t.table(), fail);
        TrainConfig cfg = TrainOptions.read(t.options(), table, entry.spec().output(), fail);
        Net net;
        if (cfg.resume()) {
            net = trained(t.net(), fail).copy();
            checkFits(net, table, t.table(), fail);
        } else {
            net = build(entry.name(), entry.spec(), table, t, fail);
        }
        Table scope = cfg.rows() == null ? table : table.restrictedTo(cfg.rows());
        if (mode == Mode.CHECK) {
            session.put(new NetEntry(entry.name(), entry.spec(), net, table.name(), null));
            return;
        }
        String name = entry.name();
        TrainResult result = Trainer.train(net, scope, cfg, new TrainListener() {
            @Override public void progress(Progress p) {
                ProgressReport line = new ProgressReport(name, p);
                out.emit(times ? line : line.withoutTime());
            }

            @Override public void sample(Progress p) { live.sample(p); }

            @Override public boolean stopRequested() { return Interpreter.this.stopRequested(); }
        });
        session.put(new NetEntry(name, entry.spec(), net, table.name(), result));
        RelationsReport after = Relations.of(net, scope, DEFAULT_EPS);
        TrainReport report = new TrainReport(name, table.name(), result, cfg.epochs(), after);
        out.emit(times ? report : report.withoutTime());
    }

    private static Net build(String name, NetSpec spec, Table table, Statement.Train t, Failure fail) throws NnError {
        try {
            return NetBuilder.build(name, spec, table.inputs(), table.outputs());
        } catch (CodingException e) {
            throw fail.at(t.net().span(), e.getMessage());
        }
    }

    private void relations(Statement.Relations r, Failure fail) throws NnError {
        NetOnTable found = netOnTable(r.net(), r.table(), fail);
        Net net = found.net();
        Table table = found.table();
        double eps = DEFAULT_EPS;
        if (r.eps() != null) {
            eps = r.eps().value();
            if (!(eps > 0 && eps < 0.5)) throw fail.at(r.eps().span(), "eps must be above 0 and below 0.5");
        }
        if (mode == Mode.RUN) out.emit(Relations.of(net, table, eps));
    }

    private void predict(Statement.Predict p, Failure fail) throws NnError {
        Net net = trained(p.net(), fail);
        String x = p.state().text();
        if (!net.inputs().contains(x)) {
            throw fail.at(p.state().span(), "net " + net.name() + " knows no input state " + x + " (its inputs are "
                    + net.inputs() + ")", Suggest.hint(x, net.inputs().states()));
        }
        if (mode == Mode.RUN) out.emit(Relations.predict(net, x));
    }

    // ---- lookups shared by the statements ----

    Table table(Word name, Failure fail) throws NnError {
        Table t = session.table(name.text());
        if (t == null) {
            throw fail.at(name.span(), "unknown table '" + name + "'", Suggest.hint(name.text(), session.tables().keySet()));
        }
        return t;
    }

    NetEntry netEntry(Word name, Failure fail) throws NnError {
        NetEntry n = session.net(name.text());
        if (n == null) {
            throw fail.at(name.span(), "unknown net '" + name + "'", Suggest.hint(name.text(), session.nets().keySet()));
        }
        return n;
    }

    Net trained(Word name, Failure fail) throws NnError {
        NetEntry n = netEntry(name, fail);
        if (!n.hasWeights()) {
            throw fail.at(name.span(), "net " + name + " has no weights yet", "train it first: train " + name + " on TABLE");
        }
        return n.net();
    }

    Mode mode() { return mode; }

    void emitExpect(nnlang.report.ExpectReport r) { out.emit(r); }

    /** A trained net and a table whose states it was built for. */
    record NetOnTable(Net net, Table table) {}

    /** Looks up a trained net and a table, and checks that the net fits the table. */
    NetOnTable netOnTable(Word net, Word table, Failure fail) throws NnError {
        Net n = trained(net, fail);
        Table t = table(table, fail);
        checkFits(n, t, table, fail);
        return new NetOnTable(n, t);
    }

    /** The table's states must be ones the net was built for. */
    static void checkFits(Net net, Table table, Word tableWord, Failure fail) throws NnError {
        for (Row r : table.rows()) {
            if (!net.inputs().contains(r.x())) {
                throw fail.at(tableWord.span(), "net " + net.name() + " was built for the inputs " + net.inputs()
                        + "; table " + table.name() + " has the input " + r.x());
            }
            for (String y : r.targets()) {
                if (!net.output().space().contains(y)) {
                    throw fail.at(tableWord.span(), "net " + net.name() + " gives p(y|x) for " + net.output().space()
                            + "; table " + table.name() + " has the output " + y);
                }
            }
        }
    }
}
