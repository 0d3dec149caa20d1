package nnlang.lang;

import java.util.List;

/**
 * The syntax tree: one record per statement, each carrying the span of its first token.
 * Passes over it implement {@link Visitor} (Java 17 has no pattern switch), so that a new
 * statement is a compile error until every pass handles it.
 */
public sealed interface Statement {
    Span span();

    /** Dispatches to the visitor's method for this kind of statement. */
    <R> R accept(Visitor<R> v) throws NnError;

    /** One method per kind of statement: the resolver, the formatter's and the REPL's passes. */
    interface Visitor<R> {
        R tableRows(TableRows s) throws NnError;
        R tableGenerator(TableGenerator s) throws NnError;
        R tableInverse(TableInverse s) throws NnError;
        R tableFile(TableFile s) throws NnError;
        R netDef(NetDef s) throws NnError;
        R train(Train s) throws NnError;
        R relations(Relations s) throws NnError;
        R show(Show s) throws NnError;
        R predict(Predict s) throws NnError;
        R info(Info s) throws NnError;
        R expect(Expect s) throws NnError;
        R print(Print s) throws NnError;
        R hidden(Hidden s) throws NnError;
        R ablate(Ablate s) throws NnError;
        R compare(Compare s) throws NnError;
        R plot(Plot s) throws NnError;
        R map(Map s) throws NnError;
        R draw(Draw s) throws NnError;
        R save(Save s) throws NnError;
        R load(Load s) throws NnError;
        R setWeight(SetWeight s) throws NnError;
        R tableFormula(TableFormula s) throws NnError;
        R family(FamilyDef s) throws NnError;
        R curve(Curve s) throws NnError;
        R drawCurve(DrawCurve s) throws NnError;
    }

    /** {@code table NAME { x -> y | z ... }} */
    record TableRows(Span span, Word name, List<RowNode> rows) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.tableRows(this); }
    }

    /** {@code table NAME = parity(3)}, or a random one: {@code table NAME = tree(8) gates all seed 3}. */
    record TableGenerator(Span span, Word name, Word generator, Num size, List<GeneratorOption> options)
            implements Statement {
        public TableGenerator {
            options = List.copyOf(options);
        }

        public TableGenerator(Span span, Word name, Word generator, Num size) {
            this(span, name, generator, size, List.of());
        }

        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.tableGenerator(this); }
    }

    /** {@code table NAME(a, b, c) = a xor (b and c)}: named input bits (the first is the leftmost) and a formula. */
    record TableFormula(Span span, Word name, List<Word> inputs, FormulaNode formula) implements Statement {
        public TableFormula {
            inputs = List.copyOf(inputs);
        }

        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.tableFormula(this); }
    }

    /** {@code family NAME = tree(8) instances 20 seed 1} or {@code family NAME = all(3)}. */
    record FamilyDef(Span span, Word name, Word generator, Num size, List<GeneratorOption> options)
            implements Statement {
        public FamilyDef {
            options = List.copyOf(options);
        }

        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.family(this); }
    }

    /** {@code seed N}, {@code instances N} (number set) or {@code gates all} (word set) after a generator. */
    record GeneratorOption(Word key, Num number, Word word) {}

    /** {@code table NAME = inverse OTHER} */
    record TableInverse(Span span, Word name, Word source) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.tableInverse(this); }
    }

    /** {@code table NAME from "data.csv"}; file holds the written name and its place. */
    record TableFile(Span span, Word name, Word file) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.tableFile(this); }
    }

    /**
     * A net in either form; sizes and the encoding words are checked by the interpreter. A net
     * written with its weights (as {@code save} writes it) also lists the states of its input and
     * output spaces; both lists are null otherwise, as is outputWeights.
     */
    record NetDef(Span span, Word name, Word encoding, Num inputSize, List<Word> inputStates, List<LayerNode> layers,
                  Word output, Num outputSize, List<Word> outputStates, Weights outputWeights) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.netDef(this); }

        public NetDef(Span span, Word name, Word encoding, Num inputSize, List<LayerNode> layers, Word output,
                      Num outputSize) {
            this(span, name, encoding, inputSize, null, layers, output, outputSize, null, null);
        }

        /** True when any layer was written with its weights. */
        public boolean hasWeights() {
            if (outputWeights != null) return true;
            for (LayerNode l : layers) if (l.weights() != null) return true;
            return false;
        }
    }

    /** {@code train NET on TABLE options...} */
    record Train(Span span, Word net, Word table, List<TrainOption> options) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.train(this); }
    }

    /**
     * {@code relations NET[, NET...] on TABLE [eps V] [rows X ...]}; rows is null when not given
     * (all rows); more holds the nets after the first (their reports go side by side), often none.
     */
    record Relations(Span span, Word net, Word table, Num eps, List<Word> rows, List<Word> more) implements Statement {
        public Relations(Span span, Word net, Word table, Num eps) { this(span, net, table, eps, null, List.of()); }

        public Relations(Span span, Word net, Word table, Num eps, List<Word> rows) {
            this(span, net, table, eps, rows, List.of());
        }

        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.relations(this); }
    }

    /** {@code show NET} */
    record Show(Span span, Word net) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.show(this); }
    }

    /** {@code predict NET STATE} */
    record Predict(Span span, Word net, Word state) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.predict(this); }
    }

    /** {@code info TABLE} */
    record Info(Span span, Word table) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.info(this); }
    }

    /**
     * {@code expect METRIC of NET[, NET] on TABLE [at K] OP VALUE}; text is the expectation as
     * written; second (a curve's difference) and at (a curve's K) are null when not written.
     */
    record Expect(Span span, Word metric, Word net, Word table, Word op, Num value, String text, Word second, Num at)
            implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.expect(this); }

        public Expect(Span span, Word metric, Word net, Word table, Word op, Num value, String text) {
            this(span, metric, net, table, op, value, text, null, null);
        }
    }

    /** {@code print "text"} */
    record Print(Span span, String text) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.print(this); }
    }

    /** {@code hidden NET on TABLE [bins B]} */
    /** {@code hidden NET on TABLE [bins N] [space]}; view is the word space, or null. */
    record Hidden(Span span, Word net, Word table, Num bins, Word view) implements Statement {
        public Hidden(Span span, Word net, Word table, Num bins) { this(span, net, table, bins, null); }

        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.hidden(this); }
    }

    /** {@code ablate NET NODE on TABLE} */
    record Ablate(Span span, Word net, Word node, Word table) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.ablate(this); }
    }

    /** {@code compare NET, NET... on TABLE { trials N  rows K  equivalence M  train options... }}; margin may be null. */
    record Compare(Span span, List<Word> nets, Word table, Num trials, List<TrainOption> options, Num margin)
            implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.compare(this); }

        public Compare(Span span, List<Word> nets, Word table, Num trials, List<TrainOption> options) {
            this(span, nets, table, trials, options, null);
        }
    }

    /** {@code curve NET, NET... on TABLE { rows K1 K2...  trials N  equivalence M  train options... }} */
    record Curve(Span span, List<Word> nets, Word table, Num trials, List<TrainOption> options, Num margin)
            implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.curve(this); }
    }

    /** {@code draw curve NET, NET... on TABLE to "file.svg"}: the last curve of those nets on the table. */
    record DrawCurve(Span span, List<Word> nets, Word table, Word file) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.drawCurve(this); }
    }

    /** {@code plot NET [to "file.svg|png"]}: the curves of the net's last training; file is null when not given. */
    record Plot(Span span, Word net, Word file) implements Statement {
        public Plot(Span span, Word net) { this(span, net, null); }

        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.plot(this); }
    }

    /**
     * {@code map NET [NODE] on TABLE [to "file.svg|png"]}: p(y|x) over the input square of a
     * two-input net, or a hidden node's activation with the decision line; node and file may be null.
     */
    record Map(Span span, Word net, Word table, Word node, Word file, List<Word> more) implements Statement {
        public Map(Span span, Word net, Word table) { this(span, net, table, null, null, List.of()); }

        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.map(this); }
    }

    /** {@code draw NET [on TABLE] to "file.svg"}; file holds the written name and its place. */
    record Draw(Span span, Word net, Word table, Word file) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.draw(this); }
    }

    /** {@code save NET to "file.nn"}, or {@code save session to "file.nn"} (then net is null). */
    record Save(Span span, Word net, Word file) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.save(this); }

        public boolean session() { return net == null; }
    }

    /** {@code load "file.nn"} */
    record Load(Span span, Word file) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.load(this); }
    }

    /** {@code set NET layer L w[i][j] = V} or {@code set NET layer L b[j] = V}; param is w or b as written. */
    record SetWeight(Span span, Word net, Num layer, Word param, List<Num> indices, Num value) implements Statement {
        @Override public <R> R accept(Visitor<R> v) throws NnError { return v.setWeight(this); }
    }

    /** One table row: {@code x -> a | b}. */
    record RowNode(Word x, List<Word> targets) {}

    /**
     * {@code dense SIZE ACTIVATION [groups G] [{ w [[..]] b [..] }]}, or a layer of the one-line
     * form; groups is null when not written.
     */
    record LayerNode(Num size, Word activation, Num groups, Weights weights) {
        public LayerNode(Num size, Word activation, Weights weights) { this(size, activation, null, weights); }

        public LayerNode(Num size, Word activation) { this(size, activation, null, null); }
    }

    /** {@code { w [[..], ..] b [..] }}: w has one row per input of the layer, one column per node. */
    record Weights(Span span, Word wKey, List<List<Num>> w, List<Span> rowSpans, Word bKey, List<Num> b, Span bSpan) {}
}
