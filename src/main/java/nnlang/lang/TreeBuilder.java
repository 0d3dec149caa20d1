package nnlang.lang;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.Statement.LayerNode;
import nnlang.lang.Statement.RowNode;
import nnlang.lang.parse.NnBaseVisitor;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the syntax tree from ANTLR's parse tree; one small method per grammar rule. */
final class TreeBuilder extends NnBaseVisitor<Object> {
    private final Source source;

    TreeBuilder(Source source) { this.source = source; }

    List<Statement> script(NnParser.ScriptContext ctx) {
        List<Statement> statements = new ArrayList<>();
        for (NnParser.StatementContext s : ctx.statement()) statements.add((Statement) visit(s.getChild(0)));
        return statements;
    }

    @Override public Statement visitTableStmt(NnParser.TableStmtContext ctx) {
        Word name = word(ctx.name);
        if (ctx.tableBody() != null) {
            List<RowNode> rows = new ArrayList<>();
            for (NnParser.RowContext r : ctx.tableBody().row()) {
                List<Word> targets = new ArrayList<>();
                for (int i = 1; i < r.state().size(); i++) targets.add(state(r.state(i)));
                rows.add(new RowNode(state(r.state(0)), targets));
            }
            return new Statement.TableRows(span(ctx), name, rows);
        }
        if (ctx.file != null) return new Statement.TableFile(span(ctx), name, string(ctx.file));
        if (ctx.tableInputs() != null) {
            List<Word> inputs = new ArrayList<>();
            for (TerminalNode id : ctx.tableInputs().ID()) inputs.add(word(id.getSymbol()));
            return new Statement.TableFormula(span(ctx), name, inputs, formula(ctx.formula()));
        }
        if (ctx.tableExpr() instanceof NnParser.TableGeneratorContext g) {
            return new Statement.TableGenerator(span(ctx), name, word(g.generator), num(g.size, false),
                    generatorOptions(g.generatorOption()));
        }
        NnParser.TableInverseContext inv = (NnParser.TableInverseContext) ctx.tableExpr();
        return new Statement.TableInverse(span(ctx), name, word(inv.source));
    }

    @Override public Statement visitFamilyStmt(NnParser.FamilyStmtContext ctx) {
        return new Statement.FamilyDef(span(ctx), word(ctx.name), word(ctx.generator), num(ctx.size, false),
                generatorOptions(ctx.generatorOption()));
    }

    private List<Statement.GeneratorOption> generatorOptions(List<NnParser.GeneratorOptionContext> options) {
        List<Statement.GeneratorOption> list = new ArrayList<>();
        for (NnParser.GeneratorOptionContext o : options) {
            Word key = word(o.getStart());
            if (o instanceof NnParser.GeneratorGatesContext g) {
                list.add(new Statement.GeneratorOption(key, null, word(g.gates)));
            } else {
                list.add(new Statement.GeneratorOption(key, number((NnParser.NumberContext) o.getChild(1)), null));
            }
        }
        return list;
    }

    /** A formula as written: one term, or a chain of terms and operator words. */
    private FormulaNode formula(NnParser.FormulaContext ctx) {
        List<FormulaNode> terms = new ArrayList<>();
        for (NnParser.FormulaTermContext t : ctx.formulaTerm()) terms.add(term(t));
        if (terms.size() == 1) return terms.get(0);
        List<Word> ops = new ArrayList<>();
        for (Token op : ctx.ops) ops.add(word(op));
        return new FormulaNode.Chain(terms, ops);
    }

    private FormulaNode term(NnParser.FormulaTermContext ctx) {
        if (ctx instanceof NnParser.FormulaNotContext n) return new FormulaNode.Not(word(n.op), term(n.formulaTerm()));
        if (ctx instanceof NnParser.FormulaGroupContext g) return new FormulaNode.Group(span(g), formulas(g.formula()));
        if (ctx instanceof NnParser.FormulaCallContext c) return new FormulaNode.Call(word(c.fn), formulas(c.formula()));
        if (ctx instanceof NnParser.FormulaNameContext n) return new FormulaNode.Name(word(n.name));
        return new FormulaNode.Constant(num(((NnParser.FormulaConstantContext) ctx).NUMBER().getSymbol(), false));
    }

    private List<FormulaNode> formulas(List<NnParser.FormulaContext> list) {
        List<FormulaNode> nodes = new ArrayList<>();
        for (NnParser.FormulaContext f : list) nodes.add(formula(f));
        return nodes;
    }

    @Override public Statement visitNetStmt(NnParser.NetStmtContext ctx) {
        return ctx.netBlock() != null ? netBlock(ctx, ctx.netBlock()) : netLine(ctx, ctx.netLine());
    }

    private Statement netBlock(NnParser.NetStmtContext net, NnParser.NetBlockContext ctx) {
        Word encoding = null, output = null;
        Num inSize = null, outSize = null;
        List<Word> inStates = null, outStates = null;
        Statement.Weights outWeights = null;
        List<LayerNode> layers = new ArrayList<>();
        for (NnParser.NetItemContext item : ctx.netItem()) {
            if (item instanceof NnParser.InputItemContext in) {
                encoding = word(in.encoding);
                inSize = in.size == null ? null : num(in.size, false);
                inStates = states(in.stateList());
            } else if (item instanceof NnParser.DenseItemContext dense) {
                LayerNode l = layer(dense.layer());
                layers.add(new LayerNode(l.size(), l.activation(), l.groups(), weights(dense.weights())));
            } else if (item instanceof NnParser.OutputItemContext out) {
                output = word(out.kind);
                outSize = out.size == null ? null : num(out.size, false);
                outStates = states(out.stateList());
                outWeights = weights(out.weights());
            }
        }
        return new Statement.NetDef(span(net), word(net.name), encoding, inSize, inStates, layers, output, outSize,
                outStates, outWeights);
    }

    private List<Word> states(NnParser.StateListContext ctx) {
        if (ctx == null) return null;
        List<Word> states = new ArrayList<>();
        for (NnParser.StateContext s : ctx.state()) states.add(state(s));
        return states;
    }

    private Statement.Weights weights(NnParser.WeightsContext ctx) {
        if (ctx == null) return null;
        List<List<Num>> w = new ArrayList<>();
        List<Span> rowSpans = new ArrayList<>();
        for (NnParser.VectorContext v : ctx.weightRows().vector()) {
            w.add(vector(v));
            rowSpans.add(span(v));
        }
        NnParser.BiasRowContext b = ctx.biasRow();
        return new Statement.Weights(span(ctx), word(ctx.weightRows().key), w, rowSpans, word(b.key), vector(b.vector()),
                span(b.vector()));
    }

    private List<Num> vector(NnParser.VectorContext ctx) {
        List<Num> numbers = new ArrayList<>();
        for (NnParser.NumberContext n : ctx.number()) numbers.add(number(n));
        return numbers;
    }

    private Statement netLine(NnParser.NetStmtContext net, NnParser.NetLineContext ctx) {
        List<LayerNode> layers = new ArrayList<>();
        for (NnParser.LayerContext l : ctx.layer()) layers.add(layer(l));
        return new Statement.NetDef(span(net), word(net.name), word(ctx.encoding),
                ctx.inSize == null ? null : num(ctx.inSize, false), layers, word(ctx.out),
                ctx.outSize == null ? null : num(ctx.outSize, false));
    }

    private LayerNode layer(NnParser.LayerContext ctx) {
        return new LayerNode(num(ctx.size, false), word(ctx.activation),
                ctx.groups == null ? null : num(ctx.groups, false), null);
    }

    @Override public Statement visitTrainStmt(NnParser.TrainStmtContext ctx) {
        List<TrainOption> options = new ArrayList<>();
        for (NnParser.TrainOptionContext o : ctx.trainOption()) options.add(option(o));
        return new Statement.Train(span(ctx), word(ctx.net), word(ctx.table), options);
    }

    private TrainOption option(NnParser.TrainOptionContext ctx) {
        Word key = word(ctx.getStart());
        if (ctx instanceof NnParser.OptimizerOptionContext o) {
            return new TrainOption.Named(key, word(o.name), o.number() == null ? null : number(o.number()));
        }
        if (ctx instanceof NnParser.LossOptionContext o) return new TrainOption.Named(key, word(o.name), null);
        if (ctx instanceof NnParser.BatchOptionContext o) {
            return o.FULL() != null ? new TrainOption.Named(key, word(o.FULL().getSymbol()), null)
                    : new TrainOption.Numeric(key, number(o.number()));
        }
        if (ctx instanceof NnParser.UntilOptionContext o) return new TrainOption.Until(key, word(o.metric), number(o.number()));
        if (ctx instanceof NnParser.RowsOptionContext o) {
            List<Word> states = new ArrayList<>();
            for (NnParser.StateContext s : o.state()) states.add(state(s));
            return new TrainOption.Rows(key, states);
        }
        if (ctx instanceof NnParser.ContinueOptionContext) return new TrainOption.Flag(key);
        if (ctx instanceof NnParser.EveryOptionContext o) {
            return new TrainOption.Every(key, number(o.number()), o.report == null ? null : word(o.report));
        }
        // epochs, lr, l2, seed, every: a keyword and a number
        return new TrainOption.Numeric(key, number((NnParser.NumberContext) ctx.getChild(1)));
    }

    @Override public Statement visitRelationsStmt(NnParser.RelationsStmtContext ctx) {
        List<Word> rows = null;
        if (ctx.ROWS() != null) {
            rows = new ArrayList<>();
            for (NnParser.StateContext s : ctx.state()) rows.add(state(s));
        }
        return new Statement.Relations(span(ctx), word(ctx.net), word(ctx.table),
                ctx.number() == null ? null : number(ctx.number()), rows, words(ctx.more));
    }

    @Override public Statement visitShowStmt(NnParser.ShowStmtContext ctx) {
        return new Statement.Show(span(ctx), word(ctx.net));
    }

    @Override public Statement visitPredictStmt(NnParser.PredictStmtContext ctx) {
        return new Statement.Predict(span(ctx), word(ctx.net), state(ctx.state()));
    }

    @Override public Statement visitInfoStmt(NnParser.InfoStmtContext ctx) {
        return new Statement.Info(span(ctx), word(ctx.table));
    }

    @Override public Statement visitExpectStmt(NnParser.ExpectStmtContext ctx) {
        Span from = spanOf(ctx.metric);
        String text = source.textOf(from, span(ctx.number().getStop()));
        return new Statement.Expect(span(ctx), word(ctx.metric), word(ctx.net), word(ctx.table),
                word(ctx.op.getStart()), number(ctx.number()), text, ctx.second == null ? null : word(ctx.second),
                ctx.at == null ? null : num(ctx.at, false));
    }

    @Override public Statement visitPrintStmt(NnParser.PrintStmtContext ctx) {
        return new Statement.Print(span(ctx), unquote(ctx.STRING().getText()));
    }

    @Override public Statement visitHiddenStmt(NnParser.HiddenStmtContext ctx) {
        return new Statement.Hidden(span(ctx), word(ctx.net), word(ctx.table),
                ctx.number() == null ? null : number(ctx.number()), ctx.view == null ? null : word(ctx.view));
    }

    @Override public Statement visitAblateStmt(NnParser.AblateStmtContext ctx) {
        return new Statement.Ablate(span(ctx), word(ctx.net), word(ctx.node), word(ctx.table));
    }

    @Override public Statement visitCompareStmt(NnParser.CompareStmtContext ctx) {
        List<Word> nets = new ArrayList<>();
        for (TerminalNode id : ctx.ID()) if (id.getSymbol() != ctx.table) nets.add(word(id.getSymbol()));
        Options o = options(ctx.compareOption());
        return new Statement.Compare(span(ctx), nets, word(ctx.table), o.trials, o.options, o.margin);
    }

    @Override public Statement visitCurveStmt(NnParser.CurveStmtContext ctx) {
        List<Word> nets = new ArrayList<>();
        for (TerminalNode id : ctx.ID()) if (id.getSymbol() != ctx.table) nets.add(word(id.getSymbol()));
        Options o = options(ctx.compareOption());
        return new Statement.Curve(span(ctx), nets, word(ctx.table), o.trials, o.options, o.margin);
    }

    @Override public Statement visitDrawCurveStmt(NnParser.DrawCurveStmtContext ctx) {
        List<Word> nets = new ArrayList<>();
        for (TerminalNode id : ctx.ID()) if (id.getSymbol() != ctx.table) nets.add(word(id.getSymbol()));
        return new Statement.DrawCurve(span(ctx), nets, word(ctx.table), string(ctx.file));
    }

    /** The options of a compare or a curve: trials, equivalence, and the train options in order. */
    private record Options(Num trials, Num margin, List<TrainOption> options) {}

    private Options options(List<NnParser.CompareOptionContext> written) {
        Num trials = null, margin = null;
        List<TrainOption> options = new ArrayList<>();
        for (NnParser.CompareOptionContext o : written) {
            if (o instanceof NnParser.TrialsOptionContext t) {
                trials = number(t.number());
            } else if (o instanceof NnParser.EquivalenceOptionContext e) {
                margin = number(e.number());
            } else {
                options.add(option(((NnParser.CompareTrainOptionContext) o).trainOption()));
            }
        }
        return new Options(trials, margin, options);
    }

    @Override public Statement visitPlotStmt(NnParser.PlotStmtContext ctx) {
        return new Statement.Plot(span(ctx), word(ctx.net), ctx.file == null ? null : string(ctx.file));
    }

    @Override public Statement visitMapStmt(NnParser.MapStmtContext ctx) {
        return new Statement.Map(span(ctx), word(ctx.net), word(ctx.table), ctx.node == null ? null : word(ctx.node),
                ctx.file == null ? null : string(ctx.file), words(ctx.more));
    }

    /** The names of a list after its first (relations a, b, c on ...). */
    private List<Word> words(List<Token> tokens) {
        List<Word> words = new ArrayList<>();
        for (Token t : tokens) words.add(word(t));
        return words;
    }

    @Override public Statement visitDrawStmt(NnParser.DrawStmtContext ctx) {
        return new Statement.Draw(span(ctx), word(ctx.net), ctx.table == null ? null : word(ctx.table), string(ctx.file));
    }

    @Override public Statement visitSaveStmt(NnParser.SaveStmtContext ctx) {
        return new Statement.Save(span(ctx), ctx.net == null ? null : word(ctx.net), string(ctx.file));
    }

    @Override public Statement visitLoadStmt(NnParser.LoadStmtContext ctx) {
        return new Statement.Load(span(ctx), string(ctx.file));
    }

    @Override public Statement visitSetStmt(NnParser.SetStmtContext ctx) {
        List<Num> indices = new ArrayList<>();
        for (NnParser.IndexContext i : ctx.index()) indices.add(num(i.NUMBER().getSymbol(), false));
        return new Statement.SetWeight(span(ctx), word(ctx.net), num(ctx.which, false), word(ctx.param), indices,
                number(ctx.number()));
    }

    /** A string token as a word: its unquoted text, with the place of the quotes. */
    private static Word string(Token t) { return new Word(unquote(t.getText()), spanOf(t)); }

    // ---- leaves ----

    private Word state(ParserRuleContext ctx) {
        String text = ctx.getText();
        if (text.startsWith("\"")) text = unquote(text);
        return new Word(text, spanOf(ctx.getStart()));
    }

    private Num number(NnParser.NumberContext ctx) {
        boolean negative = ctx.MINUS() != null;
        Num n = num(ctx.NUMBER().getSymbol(), negative);
        if (!negative) return n;
        Span minus = span(ctx.getStart());
        return new Num(n.value(), n.text(), new Span(minus.line(), minus.column(),
                n.span().column() + n.span().length() - minus.column()));
    }

    private Num num(Token t, boolean negative) {
        String text = (negative ? "-" : "") + t.getText();
        double v = Double.parseDouble(text);
        return new Num(v, text, spanOf(t));
    }

    private static Word word(Token t) { return new Word(t.getText(), spanOf(t)); }

    private static Span span(ParserRuleContext ctx) { return spanOf(ctx.getStart()); }

    private static Span span(Token t) { return spanOf(t); }

    static Span spanOf(Token t) { return SyntaxErrorListener.spanOf(t); }

    /** The text inside double quotes, with \" \\ \n \t resolved. */
    static String unquote(String quoted) {
        String inner = quoted.substring(1, quoted.length() - 1);
        StringBuilder s = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                char n = inner.charAt(++i);
                s.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

}
