package nnlang.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlang.data.CodingException;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.lang.Word;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.train.TrainConfig;

/**
 * Turns the statements of one source into plans against a scope (jlox's resolver): names
 * looked up, sizes, options and files checked, tables built; it trains nothing and writes
 * nothing. Each plan's effect on the names (a table or net defined, a net trained, a compare run,
 * a file saved) is declared in the scope at once, so later statements resolve against it.
 */
final class Resolver implements Statement.Visitor<Plan> {
    /** The default eps below which (or above 1 - eps) a relation counts as determined. */
    static final double DEFAULT_EPS = 0.01;

    final Scope scope;
    final FileAccess files;
    /** The files being loaded, and the bounds of loading. */
    final Loads loads;
    final Failure fail;

    Resolver(Scope scope, FileAccess files, Loads loads, Source source) {
        this.scope = scope;
        this.files = files;
        this.loads = loads;
        this.fail = new Failure(source);
    }

    Plan resolve(Statement s) throws NnError { return s.accept(this); }

    // ---- definitions ----

    @Override public Plan tableRows(Statement.TableRows s) throws NnError {
        return define(TableStatements.rows(s, fail));
    }

    @Override public Plan tableGenerator(Statement.TableGenerator s) throws NnError {
        return define(TableStatements.generated(s, fail));
    }

    @Override public Plan tableInverse(Statement.TableInverse s) throws NnError {
        return define(TableStatements.inverse(s, table(s.source())));
    }

    @Override public Plan tableFile(Statement.TableFile s) throws NnError {
        return define(ShareStatements.csv(s, this));
    }

    @Override public Plan tableFormula(Statement.TableFormula s) throws NnError {
        return define(FormulaTables.table(s, fail));
    }

    @Override public Plan family(Statement.FamilyDef s) throws NnError {
        nnlang.data.Family f = TableStatements.family(s, fail, loads.stop);
        scope.families.put(f.name(), f);
        scope.tables.remove(f.name());
        return new Plan.DefineFamily(f);
    }

    private Plan define(Table t) {
        scope.tables.put(t.name(), t);
        scope.families.remove(t.name());
        return new Plan.DefineTable(t);
    }

    @Override public Plan netDef(Statement.NetDef s) throws NnError {
        NetEntry entry = WeightedNets.entry(s, fail);
        scope.nets.put(entry.name(), entry);
        scope.trained.remove(entry.name());
        return new Plan.DefineNet(entry);
    }

    /** The report of {@code every N REPORT}, checked as that statement checks it (a map needs a 2-input net), or null. */
    private String everyReport(Statement.Train t, Net shape) throws NnError {
        for (nnlang.lang.TrainOption o : t.options()) {
            if (o instanceof nnlang.lang.TrainOption.Every e && e.report() != null) {
                if (e.report().text().equals("map")) PictureStatements.checkMap(shape, e.report(), this);
                return e.report().text();
            }
        }
        return null;
    }

    @Override public Plan train(Statement.Train t) throws NnError {
        NetEntry entry = netEntry(t.net());
        Table table = table(t.table());
        TrainConfig cfg = TrainOptions.read(t.options(), table, entry.spec().output(), fail);
        Net shape;
        if (cfg.resume()) {
            shape = trained(t.net()).copy();
            checkFits(shape, table, t.table());
        } else {
            try {
                shape = NetBuilder.build(entry.name(), entry.spec(), table.inputs(), table.outputs());
            } catch (CodingException e) {
                throw fail.at(t.net().span(), e.getMessage());
            }
        }
        Table scoped = cfg.rows() == null ? table : table.restrictedTo(cfg.rows());
        checkMemory(shape, scoped, cfg, t);
        scope.nets.put(entry.name(), new NetEntry(entry.name(), entry.spec(), shape, table, null));
        scope.trained.add(entry.name());
        return new Plan.Train(entry.name(), entry.spec(), table, scoped, cfg, everyReport(t, shape));
    }

    /**
     * A training whose matrices cannot fit in this JVM is refused before it starts, with the
     * numbers: per row of a batch, z, a and the deltas of every node; per parameter, the weight,
     * its gradient and an optimiser's two moments (doubles, 8 bytes each).
     */
    private void checkMemory(Net net, Table rows, TrainConfig cfg, Statement.Train t) throws NnError {
        long nodes = 0;
        for (int n : net.sizes()) nodes += n;
        long batch = cfg.batch() > 0 ? Math.min(cfg.batch(), rows.rows().size()) : rows.rows().size();
        long bytes = 8L * (3 * batch * nodes + 4L * net.parameterCount());
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max / 10 * 8) {
            throw fail.at(t.net().span(), String.format(java.util.Locale.ROOT, "training %s on %s needs about %.1f GiB "
                    + "(%d rows at once x %d nodes, %d parameters); this JVM may use %.1f GiB", net.name(),
                    rows.name(), bytes / 1073741824.0, batch, nodes, net.parameterCount(), max / 1073741824.0),
                    "train on fewer rows at once (batch N), or a smaller net");
        }
    }

    @Override public Plan setWeight(Statement.SetWeight s) throws NnError { return WeightEdits.resolve(s, this); }

    // ---- reports ----

    @Override public Plan relations(Statement.Relations r) throws NnError {
        if (!r.more().isEmpty()) {
            // relations a, b on t: each as if alone, then side by side
            List<Plan> parts = new ArrayList<>();
            parts.add(relations(new Statement.Relations(r.span(), r.net(), r.table(), r.eps(), r.rows())));
            for (Word net : r.more()) parts.add(relations(new Statement.Relations(r.span(), net, r.table(), r.eps(), r.rows())));
            return new Plan.SideBySide(parts);
        }
        Table table = netOnTable(r.net(), r.table()).table();
        double eps = DEFAULT_EPS;
        if (r.eps() != null) {
            eps = r.eps().value();
            if (!(eps > 0 && eps < 0.5)) throw fail.at(r.eps().span(), "eps must be above 0 and below 0.5");
        }
        if (r.rows() != null) table = table.restrictedTo(TrainOptions.rows(r.rows(), table, fail));
        return new Plan.Relations(r.net().text(), table, eps);
    }

    @Override public Plan show(Statement.Show s) throws NnError {
        netEntry(s.net()); // an untrained net shows its definition
        return new Plan.Show(s.net().text());
    }

    @Override public Plan predict(Statement.Predict p) throws NnError {
        Net net = trained(p.net());
        String x = p.state().text();
        if (!net.inputs().contains(x)) {
            throw fail.at(p.state().span(), "net " + net.name() + " knows no input state " + x + " (its inputs are "
                    + net.inputs() + ")", Suggest.hint(x, net.inputs().states()));
        }
        return new Plan.Predict(p.net().text(), x);
    }

    @Override public Plan info(Statement.Info i) throws NnError {
        nnlang.data.Family f = scope.families.get(i.table().text());
        return f != null ? new Plan.InfoFamily(f) : new Plan.Info(table(i.table()));
    }

    @Override public Plan expect(Statement.Expect e) throws NnError { return Expectations.resolve(e, this); }

    @Override public Plan print(Statement.Print p) { return new Plan.Print(p.text()); }

    @Override public Plan hidden(Statement.Hidden h) throws NnError { return ProbeStatements.hidden(h, this); }

    @Override public Plan ablate(Statement.Ablate a) throws NnError { return ProbeStatements.ablate(a, this); }

    @Override public Plan compare(Statement.Compare c) throws NnError { return CompareStatement.resolve(c, this); }

    @Override public Plan curve(Statement.Curve c) throws NnError { return CurveStatement.resolve(c, this); }

    @Override public Plan drawCurve(Statement.DrawCurve d) throws NnError { return CurveStatement.draw(d, this); }

    @Override public Plan plot(Statement.Plot p) throws NnError { return PictureStatements.plot(p, this); }

    @Override public Plan map(Statement.Map m) throws NnError { return PictureStatements.map(m, this); }

    @Override public Plan draw(Statement.Draw d) throws NnError { return PictureStatements.draw(d, this); }

    // ---- sharing ----

    @Override public Plan save(Statement.Save s) throws NnError { return ShareStatements.save(s, this); }

    @Override public Plan load(Statement.Load l) throws NnError { return ShareStatements.load(l, this); }

    // ---- lookups shared by the statements ----

    Table table(Word name) throws NnError {
        Table t = scope.tables.get(name.text());
        if (t == null) {
            if (scope.families.containsKey(name.text())) {
                throw fail.at(name.span(), name + " is a family of " + scope.families.get(name.text()).size()
                        + " tables, not one table", "compare takes a family: compare NET, NET on " + name);
            }
            throw fail.at(name.span(), "unknown table '" + name + "'", Suggest.hint(name.text(), scope.tables.keySet()));
        }
        return t;
    }

    NetEntry netEntry(Word name) throws NnError {
        NetEntry n = scope.nets.get(name.text());
        if (n == null) {
            throw fail.at(name.span(), "unknown net '" + name + "'", Suggest.hint(name.text(), scope.nets.keySet()));
        }
        return n;
    }

    /** A net that has (or, by the time this statement runs, will have) weights: its shape. */
    Net trained(Word name) throws NnError {
        NetEntry n = netEntry(name);
        if (!n.hasWeights()) {
            throw fail.at(name.span(), "net " + name + " has no weights yet", "train it first: train " + name + " on TABLE");
        }
        return n.net();
    }

    /** A trained net and a table whose states it was built for. */
    record NetOnTable(Net net, Table table) {}

    /** Looks up a trained net and a table, and checks that the net fits the table. */
    NetOnTable netOnTable(Word net, Word table) throws NnError {
        Net n = trained(net);
        Table t = table(table);
        checkFits(n, t, table);
        return new NetOnTable(n, t);
    }

    /** The table's states must be ones the net was built for. */
    void checkFits(Net net, Table table, Word tableWord) throws NnError {
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

    /** The file a statement names, resolved against its script's folder, if the script may use it. */
    Path path(Word file) throws NnError {
        try {
            return files.check(file.text(), fail.source());
        } catch (FileAccess.Refused e) {
            throw fail.at(file.span(), e.getMessage());
        }
    }

    /** The file a statement writes: as {@link #path}, and never an executable file. */
    Path writablePath(Word file) throws NnError {
        try {
            return files.checkWrite(file.text(), fail.source());
        } catch (FileAccess.Refused e) {
            throw fail.at(file.span(), e.getMessage());
        }
    }

    /** The resolver for a loaded file: the same scope and fence, its own source. */
    Resolver forLoaded(Scope scope, Source loaded) { return new Resolver(scope, files, loads, loaded); }
}
