package nnlang.run;

import java.nio.file.Path;
import java.util.List;
import nnlang.data.Family;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.lang.Word;
import nnlang.model.NetSpec;
import nnlang.experiment.CompareConfig;
import nnlang.train.TrainConfig;

/**
 * What one statement will do, resolved: its names looked up, its sizes, options and files
 * checked, its tables built. The {@link Resolver} makes plans and the {@link Executor} runs them;
 * nets are named, not held, since their weights are those the session has when the plan runs.
 * Words kept in a plan are for the errors only running can meet (a file that cannot be written).
 */
public sealed interface Plan {
    void accept(Visitor v) throws NnError;

    /** One method per kind of plan: the executor. */
    interface Visitor {
        void defineTable(DefineTable p) throws NnError;
        void defineNet(DefineNet p) throws NnError;
        void train(Train p) throws NnError;
        void relations(Relations p) throws NnError;
        void show(Show p) throws NnError;
        void predict(Predict p) throws NnError;
        void info(Info p) throws NnError;
        void expect(Expect p) throws NnError;
        void print(Print p) throws NnError;
        void hidden(Hidden p) throws NnError;
        void ablate(Ablate p) throws NnError;
        void compare(Compare p) throws NnError;
        void plot(Plot p) throws NnError;
        void map(Map p) throws NnError;

        void sideBySide(SideBySide p) throws NnError;

        void hiddenSpace(HiddenSpace p) throws NnError;
        void draw(Draw p) throws NnError;
        void save(Save p) throws NnError;
        void load(Load p) throws NnError;
        void setWeight(SetWeight p) throws NnError;
        void defineFamily(DefineFamily p) throws NnError;
        void infoFamily(InfoFamily p) throws NnError;
        void compareFamily(CompareFamily p) throws NnError;
        void curve(Curve p) throws NnError;
        void drawCurve(DrawCurve p) throws NnError;
        void expectCurve(ExpectCurve p) throws NnError;
    }

    /** A statement with its text and its plan: what the run loop executes, in order. */
    record Step(Statement statement, Source source, Plan plan) {}

    /** table ... (rows, a generator, inverse, a CSV file): the table, built. */
    record DefineTable(Table table) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.defineTable(this); }
    }

    /** net ...: its entry, with weights if it was written with them. */
    record DefineNet(NetEntry entry) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.defineNet(this); }
    }

    /** train: from fresh weights drawn from the seed, or from the net's own (config.resume()). */
    /** everyReport: "relations", "map" or "hidden" to report every config.every() epochs too, or null. */
    record Train(String net, NetSpec spec, Table table, Table scope, TrainConfig config, String everyReport)
            implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.train(this); }
    }

    record Relations(String net, Table table, double eps) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.relations(this); }
    }

    record Show(String net) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.show(this); }
    }

    record Predict(String net, String x) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.predict(this); }
    }

    record Info(Table table) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.info(this); }
    }

    /** expect: a measure of the net on the table, or of the last compare of it (ofCompare). */
    record Expect(String text, String measure, boolean ofCompare, String net, Table table, String op, double value)
            implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.expect(this); }
    }

    record Print(String text) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.print(this); }
    }

    record Hidden(String net, Table table, int bins) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.hidden(this); }
    }

    /** ablate: node {@code node} of hidden layer {@code layer} (both from 0) silenced. */
    record Ablate(String net, Table table, int layer, int node) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.ablate(this); }
    }

    /** compare: every net trained afresh in every trial (the nets by name and written form). */
    record Compare(List<String> nets, List<NetSpec> specs, Table table, CompareConfig config) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.compare(this); }

        /** Its trials as independent tasks (index, seed, rows, options), for any engine that runs them. */
        public List<nnlang.experiment.Experiment.Trial> trials() {
            return nnlang.experiment.Experiment.trials(table, config);
        }
    }

    /** family ...: its instances, built. */
    record DefineFamily(Family family) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.defineFamily(this); }
    }

    /** info FAMILY: how it was built and its instances. */
    record InfoFamily(Family family) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.infoFamily(this); }
    }

    /**
     * compare on a family: every trial of the config (the same rows and seed) on every instance,
     * the nets fresh in each; one report per instance, then one over the instance x trial grid.
     */
    record CompareFamily(List<String> nets, List<NetSpec> specs, Family family, CompareConfig config) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.compareFamily(this); }
    }

    /** path, png, file: where to write the picture, or null for the text plot. */
    record Plot(String net, java.nio.file.Path path, boolean png, Word file) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.plot(this); }
    }

    /** layer and node: the hidden node mapped (0-based), or -1 for p; path, png, file: where to write it, or null. */
    /** hidden NET on TABLE space: the codes on each hidden layer's principal components. */
    record HiddenSpace(String net, Table table) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.hiddenSpace(this); }
    }

    /** relations a, b on t (or map): the parts' reports side by side; each part is a Relations or a Map. */
    record SideBySide(List<Plan> parts) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.sideBySide(this); }
    }

    record Map(String net, Table table, int layer, int node, java.nio.file.Path path, boolean png, Word file)
            implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.map(this); }
    }

    /** draw: to {@code path}, a PNG or an SVG; table may be null (the net alone). */
    /** gif: an animation of the relation diagram over the net's last training (from its film). */
    record Draw(String net, Table table, Path path, boolean png, Word file, boolean gif) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.draw(this); }
    }

    /** save: one net (with the table it was trained on) or, when net is null, the session. */
    record Save(String net, Word netWord, Path path, Word file) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.save(this); }
    }

    /**
     * load: the file's statements, resolved (all of them, before any runs); steps is null when
     * the file is one that an earlier save of the script writes, resolved when the load runs.
     */
    record Load(Path path, Word file, List<Step> steps) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.load(this); }
    }

    /** set: weight w[i][j] (i >= 0) or bias b[j] (i == -1) of dense layer {@code layer} (from 0). */
    record SetWeight(String net, int layer, int i, int j, double value) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.setWeight(this); }
    }

    /**
     * curve: a compare at each K (the nets by name and written form), on a family's every
     * instance; a table is a family of one instance under the table's name.
     */
    record Curve(List<String> nets, List<NetSpec> specs, Family family, nnlang.experiment.CurveConfig config)
            implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.curve(this); }
    }

    /** draw curve: the session's curve of that key, to {@code path}. */
    record DrawCurve(String key, Path path, boolean png, Word file) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.drawCurve(this); }
    }

    /**
     * expect on the last curve: a measure of one net at K, of the first two nets' difference at K,
     * or of their areas (at is 0 then); key finds the curve in the session.
     */
    record ExpectCurve(String text, String measure, String net, String second, String table, int at, String key,
                       String op, double value) implements Plan {
        @Override public void accept(Visitor v) throws NnError { v.expectCurve(this); }
    }
}
