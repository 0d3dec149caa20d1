package nnlang.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Targeted advice for the mistakes people make (Trino's habit): a table of rules over the place
 * of a syntax error (the offending token, its neighbours, the tokens the parser expected and the
 * statement it is in). The first rule that fits gives the message; when none fits the listener's
 * plain "expected ..., found ..." stands.
 */
final class ErrorRules {
    /** Where a syntax error happened; {@code wanted} is the plain description of what was expected. */
    record Site(Source source, Token token, Token previous, Token beforePrevious, Token next, IntervalSet expected,
                ParserRuleContext ctx, int statement, List<Token> chunk, String wanted, String after) {
        int type() { return token.getType(); }
        boolean previousIs(int... types) { return is(previous, types); }
        boolean nextIs(int... types) { return is(next, types); }
        boolean topLevel() { return ctx instanceof NnParser.ScriptContext && statement > 0 && !startsChunk(); }
        boolean startsChunk() { return previous == null; }
        /** "found 'x'" or, at the end of a chunk, where it ends. */
        String found() {
            if (type() != Token.EOF) return ", found '" + token.getText() + "'";
            return token.getText().equals("<EOF>") ? ", but the input ends here"
                    : ", before the next statement '" + token.getText() + "'";
        }
        Span at() { return type() == Token.EOF ? SyntaxErrorListener.endOf(previous) : SyntaxErrorListener.spanOf(token); }
    }

    record Rule(String name, Predicate<Site> when, Function<Site, Diagnostic> say) {}

    private static final Map<String, String> COMMANDS = Map.of("help", ":help", "?", ":help", "exit", ":quit",
            "quit", ":quit");
    private static final Set<Integer> COMPARISONS = Set.of(NnLexer.ASSIGN, NnLexer.EQ, NnLexer.LE, NnLexer.GT,
            NnLexer.GE);
    private static final Set<Integer> WORDS = Set.of(NnLexer.ID, NnLexer.NUMBER, NnLexer.STRING);
    /** The small words between a statement's names. */
    private static final Set<Integer> LINKS = Set.of(NnLexer.ON, NnLexer.OF, NnLexer.TO);

    /** Symbols people write for a formula's operators, and the words formulas use instead. */
    private static final Map<String, String> FORMULA_SYMBOLS = Map.of(
            "+", "write or (a or b); + of two bits mod 2 is xor", "&", "write and (a and b)",
            "*", "write and (a and b): on bits a product is and", "|", "write or (a or b)",
            "^", "write xor (a xor b)", "!", "write not (not a)", "~", "write not (not a)");

    /** The short form of each statement, for "ends after" messages. */
    private static final Map<Integer, String> FORMS = Map.ofEntries(
            Map.entry(NnLexer.TABLE, "table NAME ..."), Map.entry(NnLexer.NET, "net NAME ..."),
            Map.entry(NnLexer.TRAIN, "train NET on TABLE [options]"),
            Map.entry(NnLexer.COMPARE, "compare NET, NET... on TABLE [options]"),
            Map.entry(NnLexer.RELATIONS, "relations NET on TABLE [eps V] [rows X ...]"), Map.entry(NnLexer.SHOW, "show NET"),
            Map.entry(NnLexer.PREDICT, "predict NET X"), Map.entry(NnLexer.INFO, "info TABLE"),
            Map.entry(NnLexer.EXPECT, "expect M of NET on TABLE OP V"), Map.entry(NnLexer.PRINT, "print \"TEXT\""),
            Map.entry(NnLexer.HIDDEN_KW, "hidden NET on TABLE [bins B]"),
            Map.entry(NnLexer.ABLATE, "ablate NET NODE on TABLE"), Map.entry(NnLexer.PLOT, "plot NET"),
            Map.entry(NnLexer.MAP, "map NET on TABLE"), Map.entry(NnLexer.DRAW, "draw NET [on TABLE] to \"FILE\""),
            Map.entry(NnLexer.SAVE, "save NET to \"FILE\""), Map.entry(NnLexer.LOAD, "load \"FILE\""),
            Map.entry(NnLexer.SET, "set NET layer L w[i][j] = V"),
            Map.entry(NnLexer.CURVE, "curve NET, NET... on TABLE [options]"));

    /** The rules, the most specific first. */
    static final List<Rule> RULES = List.of(
            new Rule("a point with no digit before it", ErrorRules::leadingPoint,
                    s -> at(s, span(s.token, s.next), "a number needs a digit before its point",
                            "write 0" + s.token.getText() + s.next.getText())),
            new Rule("hidden or layer for dense", s -> s.type() == NnLexer.HIDDEN_KW || s.type() == NnLexer.LAYER
                    ? s.expected.contains(NnLexer.DENSE) : false,
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "'" + s.token.getText()
                            + "' is not a net item; a hidden layer is written dense N ACTIVATION", "write dense "
                            + layerAfter(s))),
            new Rule("a keyword as a name", s -> isKeyword(s.type()) && s.previousIs(NnLexer.TABLE, NnLexer.NET),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "'" + s.token.getText() + "' is a reserved word and "
                            + "cannot name a " + s.previous.getText(), "choose another name, such as '"
                            + s.token.getText() + "2'")),
            new Rule("a keyword as a formula's input", s -> isKeyword(s.type()) && s.statement == NnLexer.TABLE
                    && s.previousIs(NnLexer.LPAREN, NnLexer.COMMA) && s.expected.contains(NnLexer.ID),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "'" + s.token.getText() + "' is a reserved word and "
                            + "cannot name an input", "choose another name, such as '" + s.token.getText() + "1'")),
            new Rule("a keyword as a state", s -> isKeyword(s.type()) && expectsState(s),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "'" + s.token.getText() + "' is a reserved word; "
                            + "a state named like it is written in quotes", "write \"" + s.token.getText() + "\"")),
            new Rule("= before a block", s -> s.type() == NnLexer.LBRACE && s.previousIs(NnLexer.ASSIGN),
                    s -> at(s, SyntaxErrorListener.spanOf(s.previous), "'=' starts the one-line form; a block follows "
                            + "the name directly", "drop the '=': " + s.chunk.get(first(s.chunk)).getText() + " "
                            + s.beforePrevious.getText() + " { ... }")),
            new Rule("a net ending in ->", s -> s.type() == Token.EOF && s.previousIs(NnLexer.ARROW)
                    && s.statement == NnLexer.NET,
                    s -> at(s, s.at(), "expected a layer (N ACTIVATION) or an output (sigmoid, softmax) after '->'"
                            + s.found(), "end the net with its output, e.g. -> sigmoid")),
            new Rule("a net ending at a hidden layer", s -> s.type() == Token.EOF && s.statement == NnLexer.NET
                    && s.previousIs(NnLexer.ID) && is(s.beforePrevious, NnLexer.NUMBER) && s.expected.contains(NnLexer.ARROW),
                    s -> at(s, s.at(), "the net ends at a hidden layer ('" + s.beforePrevious.getText() + " "
                            + s.previous.getText() + "'); a net ends with its output", "add -> sigmoid (or -> softmax)")),
            new Rule("a layer without its size", ErrorRules::layerWithoutSize,
                    s -> at(s, SyntaxErrorListener.spanOf(s.previous), "expected a layer size before '"
                            + s.previous.getText() + "'", "write the number of nodes first: -> 2 " + s.previous.getText())),
            new Rule("a layer's size after its activation", ErrorRules::sizeAfterActivation,
                    s -> at(s, span(s.beforePrevious, s.previous), "the layer size comes before the activation",
                            "write " + s.previous.getText() + " " + s.beforePrevious.getText())),
            new Rule("dense ACTIVATION N", s -> s.previousIs(NnLexer.DENSE) && s.type() == NnLexer.ID,
                    s -> plain(s, "write the number of nodes first: dense " + (is(s.next, NnLexer.NUMBER)
                            ? s.next.getText() : "2") + " " + s.token.getText())),
            new Rule("a size before the kind", s -> s.type() == NnLexer.NUMBER && s.previousIs(NnLexer.INPUT,
                    NnLexer.OUTPUT) && s.nextIs(NnLexer.ID),
                    s -> plain(s, "the size comes after the " + (s.previousIs(NnLexer.INPUT) ? "encoding" : "output")
                            + ": " + s.previous.getText() + " " + s.next.getText() + " " + s.token.getText())),
            new Rule("a thousands separator", s -> s.type() == NnLexer.COMMA && s.previousIs(NnLexer.NUMBER)
                    && s.nextIs(NnLexer.NUMBER) && adjacent(s.previous, s.token) && adjacent(s.token, s.next)
                    && s.next.getText().matches("\\d{3}") && !s.previous.getText().equals("0"),
                    s -> at(s, span(s.previous, s.next), "a number is written without thousands separators",
                            "write " + s.previous.getText() + s.next.getText())),
            new Rule("a decimal comma", s -> s.type() == NnLexer.COMMA && s.previousIs(NnLexer.NUMBER)
                    && s.nextIs(NnLexer.NUMBER) && adjacent(s.previous, s.token) && adjacent(s.token, s.next),
                    s -> at(s, span(s.previous, s.next), "a decimal number is written with a point", "write "
                            + s.previous.getText() + "." + s.next.getText())),
            new Rule("commas between rows or options", s -> s.type() == NnLexer.COMMA && !s.expected.contains(NnLexer.COMMA),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), (s.statement == NnLexer.TABLE ? "rows" : "the parts "
                            + "of a statement") + " are separated by spaces or new lines, not commas", "drop the ','")),
            new Rule("= for ==", s -> s.type() == NnLexer.ASSIGN && s.expected.contains(NnLexer.EQ),
                    s -> plain(s, "write '==' to compare")),
            new Rule("=> or > for ->", s -> (s.type() == NnLexer.ASSIGN || s.type() == NnLexer.GT || s.type() == NnLexer.GE)
                    && s.expected.contains(NnLexer.ARROW),
                    s -> plain(s, "an arrow is written '->'")),
            new Rule("until with another comparison", s -> s.expected.contains(NnLexer.LT) && s.expected.size() == 1
                    && COMPARISONS.contains(s.type()),
                    s -> plain(s, "until stops below a value: until " + s.previous.getText() + " < V")),
            new Rule("a generator without parentheses", s -> s.type() == NnLexer.NUMBER
                    && s.expected.contains(NnLexer.LPAREN) && s.previousIs(NnLexer.ID),
                    s -> plain(s, "write " + s.previous.getText() + "(" + s.token.getText() + ")")),
            new Rule("a file name or text without quotes", s -> s.expected.contains(NnLexer.STRING) && s.expected.size() == 1
                    && s.type() == NnLexer.ID,
                    s -> at(s, wordAt(s), "expected a string in double quotes" + s.after + ", found '"
                            + s.source.textOf(wordAt(s), wordAt(s)) + "'", "write \"" + s.source.textOf(wordAt(s), wordAt(s))
                            + "\"")),
            // map two xor: xor was read as a hidden node's name, so the 'on' is missing before it
            new Rule("map NET TABLE without on", s -> s.statement == NnLexer.MAP && s.expected.contains(NnLexer.ON)
                    && s.type() == Token.EOF && s.previousIs(NnLexer.ID) && is(s.beforePrevious, NnLexer.ID),
                    s -> plain(s, "write 'on' before '" + s.previous.getText() + "' (map " + s.beforePrevious.getText()
                            + " on " + s.previous.getText() + "), or name a hidden node first (map "
                            + s.beforePrevious.getText() + " h1 on TABLE)")),
            new Rule("another word for on, of or to", s -> s.expected.size() == 1
                    && LINKS.contains(s.expected.getMinElement()) && s.type() == NnLexer.ID && s.nextIs(NnLexer.ID)
                    && s.next.getLine() == s.token.getLine(),
                    s -> plain(s, "write '" + GrammarWords.word(s.expected.getMinElement()) + "' in place of '"
                            + s.token.getText() + "'")),
            new Rule("on, of or to at the end", s -> s.expected.size() == 1 && LINKS.contains(s.expected.getMinElement())
                    && s.type() == Token.EOF && FORMS.containsKey(s.statement),
                    s -> plain(s, "the form is " + FORMS.get(s.statement))),
            new Rule("a missing on, of or to", s -> s.expected.size() == 1 && LINKS.contains(s.expected.getMinElement())
                    && (s.type() == NnLexer.ID || s.type() == NnLexer.STRING),
                    s -> plain(s, "write '" + GrammarWords.word(s.expected.getMinElement()) + "' before '"
                            + s.token.getText() + "'")),
            new Rule("nets to compare without commas", s -> (s.statement == NnLexer.COMPARE || s.statement == NnLexer.CURVE)
                    && s.type() == NnLexer.ID
                    && s.expected.contains(NnLexer.COMMA) && s.expected.contains(NnLexer.ON),
                    s -> plain(s, "separate the nets with commas: " + s.previous.getText() + ", " + s.token.getText())),
            new Rule("groups without its number", s -> s.ctx instanceof NnParser.LayerContext && s.previousIs(NnLexer.GROUPS)
                    && s.type() != NnLexer.NUMBER,
                    s -> plain(s, "groups takes how many equal groups the layer's inputs and nodes are cut into, e.g. "
                            + layerOf((NnParser.LayerContext) s.ctx) + " groups 2")),
            new Rule("group for groups", s -> s.type() == NnLexer.ID && s.previousIs(NnLexer.ID)
                    && is(s.beforePrevious, NnLexer.NUMBER) && Suggest.distance(s.token.getText(), "groups") <= 2,
                    s -> plain(s, "did you mean 'groups'? (" + s.beforePrevious.getText() + " " + s.previous.getText() + " groups " + (s.nextIs(NnLexer.NUMBER)
                            ? s.next.getText() : "2") + ")")),
            new Rule("groups on a layer without a size", s -> s.type() == NnLexer.GROUPS && s.previousIs(NnLexer.ID)
                    && !is(s.beforePrevious, NnLexer.NUMBER),
                    s -> at(s, s.at(), "a layer with groups needs its size first: N " + s.previous.getText() + " groups "
                            + (s.nextIs(NnLexer.NUMBER) ? s.next.getText() : "G"), "the output layer, an activation alone,"
                            + " has no groups; e.g. 8 " + s.previous.getText() + " groups " + (s.nextIs(NnLexer.NUMBER)
                            ? s.next.getText() : "2") + " -> sigmoid")),
            new Rule("a layer without its activation", s -> s.ctx != null && s.ctx.getRuleIndex() == NnParser.RULE_layer
                    && s.type() != NnLexer.ID,
                    s -> plain(s, "a layer is a size and an activation, e.g. " + s.previous.getText() + " tanh")),
            new Rule("an instance of a family as a table", s -> s.token.getText().equals("[") && s.previousIs(NnLexer.ID)
                    && is(s.beforePrevious, NnLexer.ON),
                    s -> at(s, span(s.previous, instanceEnd(s)), "a family's instance, such as " + s.previous.getText()
                            + "[1], cannot be named as a table", "info " + s.previous.getText() + " shows each"
                            + " instance's generator and seed; write it as a table of its own, e.g. table t = tree(8)"
                            + " seed S")),
            new Rule("a symbol for an operator in a formula", s -> (s.type() == NnLexer.UNKNOWN || s.type() == NnLexer.PIPE)
                    && FORMULA_SYMBOLS.containsKey(s.token.getText()) && formulaTable(s),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "'" + s.token.getText() + "' is no operator of a"
                            + " formula; formulas write their operators as words", FORMULA_SYMBOLS.get(s.token.getText()))),
            new Rule("a semicolon", s -> s.type() == NnLexer.UNKNOWN && s.token.getText().equals(";"),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "unexpected character ';'",
                            "drop the ';': a statement ends where the next one begins")),
            new Rule("a REPL command on a line of its own", s -> !s.startsChunk() && replCommand(s),
                    s -> plain(s, "'" + s.token.getText() + "' is a command of the REPL: type "
                            + COMMANDS.get(s.token.getText()) + " at the nn> prompt")),
            new Rule("a statement keyword alone", s -> s.type() == Token.EOF && s.previous != null
                    && s.previous.getType() == s.statement && FORMS.containsKey(s.statement),
                    s -> plain(s, "the form is " + FORMS.get(s.statement))),
            new Rule("predict without its input", s -> s.type() == Token.EOF && s.statement == NnLexer.PREDICT
                    && s.previousIs(NnLexer.ID) && is(s.beforePrevious, NnLexer.PREDICT),
                    s -> plain(s, "name the input: predict " + s.previous.getText() + " 01")),
            new Rule("a table after show or plot", s -> s.topLevel() && s.type() == NnLexer.ON
                    && (s.statement == NnLexer.SHOW || s.statement == NnLexer.PLOT),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "'" + GrammarWords.word(s.statement) + "' takes "
                            + "only a net: " + FORMS.get(s.statement) + " ends" + s.after, s.statement == NnLexer.SHOW
                            ? "relations " + s.previous.getText() + " on " + (s.nextIs(NnLexer.ID) ? s.next.getText()
                            : "TABLE") + " shows it on a table"
                            : "plot shows the net's last training: plot " + s.previous.getText())),
            new Rule("a misspelled option after the first", s -> s.topLevel() && s.type() == NnLexer.ID
                    && (s.statement == NnLexer.TRAIN || s.statement == NnLexer.COMPARE || s.statement == NnLexer.CURVE)
                    && Suggest.nearest(s.token.getText(), GrammarWords.STATEMENTS) == null,
                    ErrorRules::laterOption),
            new Rule("a '}' that closes nothing", s -> s.topLevel() && s.type() == NnLexer.RBRACE,
                    s -> plain(s, "no '{' is open here; remove it")),
            new Rule("a word too many", s -> s.topLevel() && s.token.getLine() == s.previous.getLine()
                    && WORDS.contains(s.type()) && !(s.type() == NnLexer.ID
                    && Suggest.nearest(s.token.getText(), GrammarWords.STATEMENTS) != null),
                    ErrorRules::tooMany),
            new Rule("a train option on a line of its own", s -> s.startsChunk()
                    && GrammarWords.TRAIN_OPTION_TYPES.contains(s.type()),
                    s -> at(s, SyntaxErrorListener.spanOf(s.token), "'" + s.token.getText() + "' is a train option, "
                            + "not a statement", "write it on its train's line, or in { ... } after it")),
            new Rule("a REPL command in a script", ErrorRules::replCommand,
                    s -> plain(s, "'" + s.token.getText() + "' is a command of the REPL: type "
                            + COMMANDS.get(s.token.getText()) + " at the nn> prompt")));

    private ErrorRules() {}

    /** The advice of the first rule that fits, or null. */
    static Diagnostic advise(Site site) {
        for (Rule r : RULES) if (r.when().test(site)) return r.say().apply(site);
        return null;
    }

    // ---- conditions ----

    /** help, ?, exit or quit first on a line: at the start of a chunk, or after a statement that has ended. */
    private static boolean replCommand(Site s) {
        boolean firstOnLine = s.startsChunk() || s.topLevel() && s.token.getLine() != s.previous.getLine();
        return firstOnLine && (s.type() == NnLexer.ID || s.type() == NnLexer.UNKNOWN)
                && COMMANDS.containsKey(s.token.getText());
    }

    private static boolean leadingPoint(Site s) {
        return s.type() == NnLexer.UNKNOWN && s.token.getText().equals(".") && s.nextIs(NnLexer.NUMBER)
                && s.next.getStartIndex() == s.token.getStopIndex() + 1;
    }

    /** {@code -> tanh ->}: the one-line net ended at an activation that had no size. */
    private static boolean layerWithoutSize(Site s) {
        return s.topLevel() && s.statement == NnLexer.NET && s.type() == NnLexer.ARROW && s.previousIs(NnLexer.ID)
                && is(s.beforePrevious, NnLexer.ARROW);
    }

    /** {@code -> tanh 2 ->}: the one-line net ended at an output 'tanh' of size 2. */
    private static boolean sizeAfterActivation(Site s) {
        return s.topLevel() && s.statement == NnLexer.NET && s.type() == NnLexer.ARROW && s.previousIs(NnLexer.NUMBER)
                && is(s.beforePrevious, NnLexer.ID);
    }

    private static boolean expectsState(Site s) {
        IntervalSet e = s.expected;
        return e.contains(NnLexer.ID) && e.contains(NnLexer.NUMBER) && e.contains(NnLexer.STRING)
                || s.ctx != null && s.ctx.getRuleIndex() == NnParser.RULE_state;
    }

    // ---- messages ----

    private static Diagnostic laterOption(Site s) {
        List<String> words = new ArrayList<>(GrammarWords.TRAIN_OPTIONS);
        if (s.statement == NnLexer.COMPARE || s.statement == NnLexer.CURVE) {
            words.add("trials");
            words.add("equivalence");
        }
        String hint = Suggest.hint(s.token.getText(), words);
        String options = hint != null ? "a train option" : "a train option (" + String.join(", ", words) + ")";
        return at(s, SyntaxErrorListener.spanOf(s.token), "expected " + options + " or a statement" + s.after + s.found(),
                hint);
    }

    private static Diagnostic tooMany(Site s) {
        String form = FORMS.getOrDefault(s.statement, GrammarWords.word(s.statement) + " ...");
        String hint = s.statement == NnLexer.PREDICT ? "predict one input at a time: predict "
                + s.chunk.get(next(s.chunk, first(s.chunk))).getText() + " " + s.token.getText()
                : "remove it, or start a new statement";
        return at(s, SyntaxErrorListener.spanOf(s.token), "'" + s.token.getText() + "' is one word too many: " + form
                + " ends" + s.after, hint);
    }

    /** The generic message with a hint of its own. */
    private static Diagnostic plain(Site s, String hint) {
        return at(s, s.at(), "expected " + s.wanted + s.after + s.found(), hint);
    }

    private static Diagnostic at(Site s, Span span, String message, String hint) {
        return new Diagnostic(s.source, span, message, hint);
    }

    // ---- tokens ----

    /** "8 tanh": the size and activation of a layer as written. */
    private static String layerOf(NnParser.LayerContext layer) {
        return (layer.size == null ? "8" : layer.size.getText()) + " " + (layer.activation == null ? "tanh"
                : layer.activation.getText());
    }

    private static String layerAfter(Site s) {
        int i = s.token.getTokenIndex();
        int size = next(s.chunk, i), activation = size < 0 ? -1 : next(s.chunk, size);
        if (size >= 0 && activation >= 0 && is(s.chunk.get(size), NnLexer.NUMBER) && is(s.chunk.get(activation), NnLexer.ID)) {
            return s.chunk.get(size).getText() + " " + s.chunk.get(activation).getText();
        }
        return "2 tanh";
    }

    /** The token and what is glued to it, up to white space: two.nn, not only two. */
    private static Span wordAt(Site s) {
        Token last = s.token;
        for (int i = ErrorRules.next(s.chunk, s.token.getTokenIndex()); i >= 0; i = ErrorRules.next(s.chunk, i)) {
            Token t = s.chunk.get(i);
            if (t.getType() == Token.EOF || !adjacent(last, t) || t.getLine() != last.getLine()) break;
            last = t;
        }
        return span(s.token, last);
    }

    private static boolean adjacent(Token a, Token b) { return b.getStartIndex() == a.getStopIndex() + 1; }

    /** The span from the start of a to the end of b (on one line). */
    private static Span span(Token a, Token b) {
        Span from = SyntaxErrorListener.spanOf(a);
        return new Span(from.line(), from.column(), b.getStopIndex() - a.getStartIndex() + 1);
    }

    static boolean isKeyword(int type) {
        String literal = NnLexer.VOCABULARY.getLiteralName(type);
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    static boolean is(Token t, int... types) {
        if (t == null) return false;
        for (int type : types) if (t.getType() == type) return true;
        return false;
    }

    /** The index of the first token on the default channel, or -1. */
    static int first(List<Token> chunk) { return next(chunk, -1); }

    /** The index of the next token on the default channel after i, or -1. */
    /** The ']' that closes an instance's index, or the '[' when it is not there. */
    private static Token instanceEnd(Site s) {
        Token last = s.token;
        for (int i = next(s.chunk, s.token.getTokenIndex()), n = 0; i >= 0 && n < 2; i = next(s.chunk, i), n++) {
            last = s.chunk.get(i);
            if (last.getText().equals("]")) return last;
        }
        return s.token;
    }

    /** Whether the error is in a formula table, after its {@code table g(a, b) =}. */
    private static boolean formulaTable(Site s) {
        if (s.statement != NnLexer.TABLE) return false;
        String before = null;
        for (Token t : s.chunk) {
            if (t.getTokenIndex() >= s.token.getTokenIndex()) return false;
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (t.getType() == NnLexer.ASSIGN && ")".equals(before)) return true;
            before = t.getText();
        }
        return false;
    }

    static int next(List<Token> chunk, int i) {
        for (int j = i + 1; j < chunk.size(); j++) if (chunk.get(j).getChannel() == Token.DEFAULT_CHANNEL) return j;
        return -1;
    }
}
