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
 * token stream is cut before each of them and every statement is parsed on its own. An error
 * then stays inside its statement: each broken statement gets exactly one message, and the
 * statements after it are still checked.
 */
public final class Parsing {
    private Parsing() {}

    /** Parses a whole source; throws with all its syntax errors, in order, if there are any. */
    public static List<Statement> parse(Source source) throws NnError {
        List<Statement> statements = new ArrayList<>();
        TreeBuilder builder = new TreeBuilder(source);
        for (NnParser.ScriptContext tree : trees(source, tokens(source))) statements.addAll(builder.script(tree));
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
        List<NnParser.ScriptContext> trees = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (List<Token> chunk : statementChunks(tokens)) {
            NnParser parser = new NnParser(new CommonTokenStream(new ListTokenSource(chunk)));
            parser.removeErrorListeners();
            SyntaxErrorListener listener = new SyntaxErrorListener(source);
            parser.addErrorListener(listener);
            NnParser.ScriptContext tree = parser.script();
            if (listener.diagnostics().isEmpty()) {
                trees.add(tree);
            } else {
                errors.add(listener.diagnostics().get(0));
            }
        }
        if (!errors.isEmpty()) throw new NnError(errors);
        return trees;
    }

    /**
     * The tokens cut before every statement keyword; each chunk ends with an end-of-input token
     * that stands where the next statement begins and carries its keyword as text.
     */
    private static List<List<Token>> statementChunks(List<? extends Token> tokens) {
        List<List<Token>> chunks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL && startsStatement(t.getType()) && hasDefault(current)) {
                current.add(endBefore(t));
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
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
