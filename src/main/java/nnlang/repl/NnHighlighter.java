package nnlang.repl;

import nnlang.lang.parse.NnLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours an entry as it is typed, from the language's own lexer: keywords, numbers, states
 * (rows of a table, the input of predict, the states after rows), strings, comments and
 * characters no rule accepts. Without colour it returns the text as it is.
 */
final class NnHighlighter implements Highlighter {
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STATE = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);

    private final boolean colour;

    NnHighlighter(boolean colour) { this.colour = colour; }

    /**
     * Entries longer than this are shown without colour: JLine highlights the whole buffer at every
     * key, so colouring a pasted megabyte would make each key cost a lexing of all of it.
     */
    static final int MAX_COLOURED = 20_000;

    @Override public AttributedString highlight(LineReader reader, String buffer) {
        return colour && buffer.length() <= MAX_COLOURED ? styled(buffer) : new AttributedString(buffer);
    }

    static AttributedString styled(String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (buffer.stripLeading().startsWith(":")) {
            int end = buffer.indexOf(' ', buffer.indexOf(':'));
            if (end < 0) end = buffer.length();
            return out.styled(COMMAND, buffer.substring(0, end)).append(buffer.substring(end)).toAttributedString();
        }
        NnLexer lexer = new NnLexer(CharStreams.fromString(buffer));
        lexer.removeErrorListeners();
        States states = new States();
        for (Token t : lexer.getAllTokens()) {
            AttributedStyle style = style(t, states.isState(t));
            if (style == null) out.append(t.getText());
            else out.styled(style, t.getText());
        }
        return out.toAttributedString();
    }

    private static AttributedStyle style(Token t, boolean state) {
        int type = t.getType();
        if (type == NnLexer.COMMENT) return COMMENT;
        if (type == NnLexer.UNKNOWN || type == NnLexer.UNCLOSED_STRING) return ERROR;
        if (state) return STATE;
        if (type == NnLexer.STRING) return STRING;
        if (type == NnLexer.NUMBER) return NUMBER;
        if (Keywords.isKeyword(type)) return KEYWORD;
        return null;
    }

    /** Tracks where states stand: in table rows, after predict NET, after rows. */
    private static final class States {
        private int afterKeyword = -1, position, depth;
        private boolean inRows;

        boolean isState(Token t) {
            int type = t.getType();
            if (t.getChannel() != Token.DEFAULT_CHANNEL) return false;
            if (Keywords.startsStatement(type)) {
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
            if (Keywords.isKeyword(type) || type == NnLexer.RBRACE) inRows = false;
            boolean stateToken = type == NnLexer.NUMBER || type == NnLexer.ID || type == NnLexer.STRING;
            if (!stateToken) return false;
            return inRows || (afterKeyword == NnLexer.TABLE && depth > 0)
                    || (afterKeyword == NnLexer.PREDICT && position == 2);
        }
    }
}
