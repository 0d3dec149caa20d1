package nnlang.lang;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

/**
 * The facade from text to syntax tree: statements, or every syntax error of the text.
 *
 * Statement keywords (table, net, train, ...) never occur inside another statement, so the
 * token stream is cut before each of them (unless its neighbours show it used as a name) and every statement is parsed on its own. An error
 * then stays inside its statement: each broken statement gets exactly one message, and the
 * statements after it are still checked.
 */
public final class Parsing {
    private Parsing() {}

    /** Parses a whole source; throws with all its syntax errors, in order, if there are any. */
    public static List<Statement> parse(Source source) throws NnError { return parse(source, () -> false); }

    /**
     * As {@link #parse(Source)}, polling stop (--timeout, Ctrl-C) between statements: a file of
     * 16 MiB takes many seconds to read, and a time limit holds for reading too.
     */
    public static List<Statement> parse(Source source, java.util.function.BooleanSupplier stop) throws NnError {
        List<Statement> statements = new ArrayList<>();
        TreeBuilder builder = new TreeBuilder(source);
        for (NnParser.ScriptContext tree : trees(source, tokens(source), stop)) {
            try {
                statements.addAll(builder.script(tree));
            } catch (StackOverflowError e) {
                // a formula of 20,000 terms is a tree that deep: say so at its statement
                throw new NnError(tooDeep(source, tree.getStart()));
            }
        }
        return statements;
    }

    /** Every token of the source, comments and white space included. */
    static List<Token> tokens(Source source) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        return new ArrayList<>(lexer.getAllTokens());
    }

    /** One parse tree per statement chunk of the tokens; throws with the syntax errors, if any. */
    static List<NnParser.ScriptContext> trees(Source source, List<Token> tokens) throws NnError {
        return trees(source, tokens, () -> false);
    }

    private static List<NnParser.ScriptContext> trees(Source source, List<Token> tokens,
                                                      java.util.function.BooleanSupplier stop) throws NnError {
        List<NnParser.ScriptContext> trees = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        int polled = 0;
        for (List<Token> chunk : statementChunks(tokens)) {
            // a poll every 256 statements: cheap, and a fraction of a second apart at worst
            if ((++polled & 255) == 0 && stop.getAsBoolean()) {
                Token at = firstDefault(chunk);
                errors.add(new Diagnostic(source, at == null ? new Span(1, 1, 1) : SyntaxErrorListener.spanOf(at),
                        "stopped here while reading the script (the time limit, or Ctrl-C); nothing ran"));
                throw new NnError(errors);
            }
            SyntaxErrorListener listener = new SyntaxErrorListener(source, chunk);
            NnParser.ScriptContext tree;
            try {
                tree = parse(chunk, listener);
            } catch (StackOverflowError e) {
                errors.add(tooDeep(source, firstDefault(chunk)));
                continue;
            }
            if (listener.diagnostics().isEmpty()) {
                trees.add(tree);
            } else {
                errors.add(listener.diagnostics().get(0));
            }
        }
        if (!errors.isEmpty()) throw new NnError(errors);
        return trees;
    }

    /** The error of a statement too deep or too long for the parser's stack, at its first token. */
    private static Diagnostic tooDeep(Source source, Token start) {
        Span at = start == null ? new Span(1, 1, 1) : SyntaxErrorListener.spanOf(start);
        return new Diagnostic(source, at, "this statement nests too deeply (or its formula is too long) to be read",
                "write it with fewer terms or less nesting (a generator such as parity(n) may make the same table)");
    }

    private static Token firstDefault(List<Token> chunk) {
        for (Token t : chunk) if (t.getChannel() == Token.DEFAULT_CHANNEL) return t;
        return null;
    }

    /**
     * True when the text is right so far but ends where its last statement needs more
     * ({@code train two on}, {@code net n = bits ->}, {@code expect accuracy of two on xor >=}):
     * the REPL then asks for another line instead of answering with an error.
     */
    public static boolean endsTooSoon(Source source) {
        List<List<Token>> chunks = statementChunks(tokens(source));
        for (int i = 0; i < chunks.size(); i++) {
            SyntaxErrorListener listener = new SyntaxErrorListener(source, chunks.get(i));
            parse(chunks.get(i), listener);
            if (!listener.diagnostics().isEmpty()) return i == chunks.size() - 1 && listener.endedTooSoon();
        }
        return false;
    }

    private static NnParser.ScriptContext parse(List<Token> chunk, SyntaxErrorListener listener) {
        NnParser parser = new NnParser(new CommonTokenStream(new ListTokenSource(chunk)));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser.script();
    }

    /**
     * The tokens cut before every statement keyword; each chunk ends with an end-of-input token
     * that stands where the next statement begins and carries its keyword as text.
     */
    private static List<List<Token>> statementChunks(List<? extends Token> tokens) {
        List<List<Token>> chunks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Token previous = null, beforePrevious = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                current.add(t);
                continue;
            }
            if (startsStatement(t.getType()) && hasDefault(current) && !usedAsWord(previous, t, nextDefault(tokens, i))
                    && !everyReport(beforePrevious, previous, t)) {
                current.add(endBefore(t));
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
            beforePrevious = previous;
            previous = t;
        }
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        if (last != null) {
            int length = last.getStopIndex() - last.getStartIndex() + 1;
            eof.setLine(last.getLine());
            eof.setCharPositionInLine(last.getCharPositionInLine() + Math.max(0, length));
            eof.setStartIndex(last.getStopIndex() + 1);
            eof.setStopIndex(last.getStopIndex());
        }
        current.add(eof);
        chunks.add(current);
        return chunks;
    }

    /** {@code every 500 relations} (or map, hidden): a train option's report, on the line of its every, not a statement. */
    private static boolean everyReport(Token every, Token number, Token keyword) {
        return every != null && every.getType() == NnLexer.EVERY && number.getType() == NnLexer.NUMBER
                && number.getLine() == keyword.getLine() && (keyword.getType() == NnLexer.RELATIONS
                || keyword.getType() == NnLexer.MAP || keyword.getType() == NnLexer.HIDDEN_KW);
    }

    /**
     * True when a statement keyword stands where a name or a state belongs ({@code set -> no} in a
     * table, {@code hidden 2 tanh} in a net, {@code table table = ...}): no statement has such a
     * neighbour, so the word stays in its statement, which then says what is wrong with it.
     */
    private static boolean usedAsWord(Token previous, Token keyword, Token next) {
        // draw curve ...: the picture of a curve, not a draw followed by a curve
        if (keyword.getType() == NnLexer.CURVE && previous != null && previous.getType() == NnLexer.DRAW) return true;
        // after a dangling '->' at the end of a line, a keyword on the next line starts a statement
        if (previous != null && AFTER_WORD.contains(previous.getType()) && previous.getLine() == keyword.getLine()) {
            return true;
        }
        return next != null && BEFORE_WORD.contains(next.getType());
    }

    /** Tokens that a name or state follows inside a statement. */
    private static final java.util.Set<Integer> AFTER_WORD = java.util.Set.of(NnLexer.ARROW, NnLexer.PIPE,
            NnLexer.COMMA, NnLexer.LBRACK, NnLexer.LPAREN);
    /** Tokens that never follow a statement's keyword but often follow a name or state. */
    private static final java.util.Set<Integer> BEFORE_WORD = java.util.Set.of(NnLexer.ARROW, NnLexer.ASSIGN,
            NnLexer.PIPE, NnLexer.COMMA, NnLexer.NUMBER, NnLexer.RBRACE, NnLexer.RBRACK, NnLexer.RPAREN, NnLexer.LT,
            NnLexer.GT, NnLexer.LE, NnLexer.GE, NnLexer.EQ);

    private static Token nextDefault(List<? extends Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).getChannel() == Token.DEFAULT_CHANNEL) return tokens.get(j);
        }
        return null;
    }

    private static CommonToken endBefore(Token next) {
        CommonToken eof = new CommonToken(next);
        eof.setType(Token.EOF);
        return eof;
    }

    private static boolean hasDefault(List<Token> tokens) {
        for (Token t : tokens) if (t.getChannel() == Token.DEFAULT_CHANNEL) return true;
        return false;
    }

    static boolean startsStatement(int type) {
        for (int start : ExpectedWords.STATEMENT_STARTS) if (type == start) return true;
        return false;
    }
}
