package nnlang.lang;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics in the language's own words: "expected a number
 * after 'epochs', found 'x'" rather than "mismatched input". Collects every error of a source.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    private final Source source;
    private final List<Token> chunk;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean endedTooSoon;

    /** A listener for the tokens of one statement chunk (the parser's own token indices point into it). */
    SyntaxErrorListener(Source source, List<Token> chunk) {
        this.source = source;
        this.chunk = chunk;
    }

    List<Diagnostic> diagnostics() { return diagnostics; }

    /** True when the first error is that the whole text ends where the statement needs more. */
    boolean endedTooSoon() { return endedTooSoon; }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
                            RecognitionException e) {
        if (!(recognizer instanceof Parser parser) || !(offendingSymbol instanceof Token token)) {
            diagnostics.add(new Diagnostic(source, new Span(line, col + 1, 1), msg));
            return;
        }
        if (diagnostics.isEmpty() && token.getType() == Token.EOF && token.getText().equals("<EOF>")) endedTooSoon = true;
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
                : parser.getExpectedTokens();
        diagnostics.add(describe(parser, token, withoutListComma(parser, expected)));
    }

    /**
     * relations and map take more nets after a comma (relations a, b on t), but a learner who
     * forgot 'on' after the one net is told about 'on' only, as before lists were allowed.
     */
    private static IntervalSet withoutListComma(Parser parser, IntervalSet expected) {
        int rule = parser.getContext() == null ? -1 : parser.getContext().getRuleIndex();
        if ((rule != NnParser.RULE_relationsStmt && rule != NnParser.RULE_mapStmt) || !expected.contains(NnLexer.COMMA)
                || !expected.contains(NnLexer.ON)) {
            return expected;
        }
        IntervalSet fewer = new IntervalSet(expected);
        fewer.remove(NnLexer.COMMA);
        return fewer;
    }

    private Diagnostic describe(Parser parser, Token token, IntervalSet expected) {
        String wanted = ExpectedWords.describe(expected, parser.getContext());
        Token previous = previousToken(parser.getInputStream(), token);
        String after = previous == null ? "" : " after '" + previous.getText() + "'";
        Diagnostic advice = ErrorRules.advise(site(parser, token, previous, expected, wanted, after));
        if (advice != null) return advice;
        switch (token.getType()) {
            case NnLexer.UNKNOWN:
                return new Diagnostic(source, spanOf(token), "unexpected character '" + token.getText() + "'");
            case NnLexer.UNCLOSED_STRING:
                return new Diagnostic(source, spanOf(token), "this string has no closing quote", "add '\"'");
            case Token.EOF:
                Token open = unclosedBrace(parser.getInputStream());
                if (open != null && expected.contains(NnParser.RBRACE)) {
                    return new Diagnostic(source, spanOf(open), "this '{' is never closed",
                            "add '}' after the last item");
                }
                Span end = previous == null ? new Span(1, 1, 1) : endOf(previous);
                // a chunk's end token carries the next statement's keyword, or <EOF> at the real end
                String ends = token.getText().equals("<EOF>") ? ", but the input ends here"
                        : ", before the next statement '" + token.getText() + "'";
                return new Diagnostic(source, end, "expected " + wanted + after + ends);
            default:
                String hint = token.getType() == NnLexer.ID ? ExpectedWords.keywordHint(token.getText(), expected)
                        : null;
                return new Diagnostic(source, spanOf(token), "expected " + wanted + after + ", found '"
                        + token.getText() + "'", hint);
        }
    }

    private ErrorRules.Site site(Parser parser, Token token, Token previous, IntervalSet expected, String wanted,
                                 String after) {
        int index = token.getTokenIndex();
        Token next = null;
        int n = index < 0 ? -1 : ErrorRules.next(chunk, index);
        if (n >= 0 && chunk.get(n).getType() != Token.EOF) next = chunk.get(n);
        Token beforePrevious = previous == null ? null : previousToken(parser.getInputStream(), previous);
        int first = ErrorRules.first(chunk);
        int statement = first >= 0 && Parsing.startsStatement(chunk.get(first).getType()) ? chunk.get(first).getType() : -1;
        return new ErrorRules.Site(source, token, previous, beforePrevious, next, expected, parser.getContext(), statement,
                chunk, wanted, after);
    }

    static Span spanOf(Token t) {
        int length = Math.max(1, t.getStopIndex() - t.getStartIndex() + 1);
        return new Span(t.getLine(), t.getCharPositionInLine() + 1, length);
    }

    static Span endOf(Token t) {
        int length = Math.max(1, t.getStopIndex() - t.getStartIndex() + 1);
        return new Span(t.getLine(), t.getCharPositionInLine() + 1 + length, 1);
    }

    /** The nearest token before t on the default channel, or null. */
    private static Token previousToken(TokenStream tokens, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = tokens.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) return p;
        }
        return null;
    }

    /** The last '{' that no '}' closes, or null. */
    private static Token unclosedBrace(TokenStream tokens) {
        List<Token> open = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == Token.EOF) break;
            if (t.getType() == NnParser.LBRACE) open.add(t);
            if (t.getType() == NnParser.RBRACE && !open.isEmpty()) open.remove(open.size() - 1);
        }
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }
}
