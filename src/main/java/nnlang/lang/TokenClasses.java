package nnlang.lang;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.parse.NnLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * What each piece of a text is, from the language's own lexer, for colouring it: keywords,
 * numbers, states (rows of a table, the input of predict, the states after rows), strings,
 * comments and characters no rule accepts. The REPL's highlighter and the web page's editor both
 * colour from this, so they agree.
 */
public final class TokenClasses {
    /** The classes a piece of text can have; PLAIN is everything else (names, braces, spaces). */
    public enum Kind { PLAIN, KEYWORD, NUMBER, STATE, STRING, COMMENT, ERROR }

    /** A piece of the text: chars [start, end) (Java string indices) are of this kind. */
    public record Piece(int start, int end, Kind kind) {}

    private TokenClasses() {}

    /** The pieces of the whole text, in order, covering it without gaps. */
    public static List<Piece> of(String text) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        States states = new States();
        List<Piece> pieces = new ArrayList<>();
        // ANTLR counts code points; the pieces count Java chars
        int at = 0;
        for (Token t : lexer.getAllTokens()) {
            int length = t.getText().length();
            pieces.add(new Piece(at, at + length, kind(t, states.isState(t))));
            at += length;
        }
        if (at < text.length()) pieces.add(new Piece(at, text.length(), Kind.PLAIN));
        return pieces;
    }

    private static Kind kind(Token t, boolean state) {
        int type = t.getType();
        if (type == NnLexer.COMMENT) return Kind.COMMENT;
        if (type == NnLexer.UNKNOWN || type == NnLexer.UNCLOSED_STRING) return Kind.ERROR;
        if (state) return Kind.STATE;
        if (type == NnLexer.STRING) return Kind.STRING;
        if (type == NnLexer.NUMBER) return Kind.NUMBER;
        if (isKeyword(type)) return Kind.KEYWORD;
        return Kind.PLAIN;
    }

    /** True for every keyword token of the grammar (table, epochs, on, full, ...). */
    public static boolean isKeyword(int tokenType) {
        String literal = NnLexer.VOCABULARY.getLiteralName(tokenType);
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    /** Tracks where states stand: in table rows, after predict NET, after rows. */
    private static final class States {
        private int afterKeyword = -1, position, depth;
        private boolean inRows;

        boolean isState(Token t) {
            int type = t.getType();
            if (t.getChannel() != Token.DEFAULT_CHANNEL) return false;
            if (GrammarWords.STATEMENT_TYPES.contains(type)) {
                afterKeyword = type;
                position = 0;
                depth = 0;
                inRows = false;
                return false;
            }
            position++;
            if (type == NnLexer.LBRACE) depth++;
            if (type == NnLexer.RBRACE) depth--;
            if (type == NnLexer.ROWS) {
                inRows = true;
                return false;
            }
            if (isKeyword(type) || type == NnLexer.RBRACE) inRows = false;
            boolean stateToken = type == NnLexer.NUMBER || type == NnLexer.ID || type == NnLexer.STRING;
            if (!stateToken) return false;
            return inRows || (afterKeyword == NnLexer.TABLE && depth > 0)
                    || (afterKeyword == NnLexer.PREDICT && position == 2);
        }
    }
}
