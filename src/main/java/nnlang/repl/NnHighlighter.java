package nnlang.repl;

import nnlang.lang.TokenClasses;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours an entry as it is typed, by the language's own token classes ({@link TokenClasses}, which
 * the web page's editor uses too): keywords, numbers, states, strings, comments and characters no
 * rule accepts. Without colour it returns the text as it is.
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
        for (TokenClasses.Piece piece : TokenClasses.of(buffer)) {
            AttributedStyle style = style(piece.kind());
            String text = buffer.substring(piece.start(), piece.end());
            if (style == null) out.append(text);
            else out.styled(style, text);
        }
        return out.toAttributedString();
    }

    private static AttributedStyle style(TokenClasses.Kind kind) {
        switch (kind) {
            case COMMENT: return COMMENT;
            case ERROR: return ERROR;
            case STATE: return STATE;
            case STRING: return STRING;
            case NUMBER: return NUMBER;
            case KEYWORD: return KEYWORD;
            default: return null;
        }
    }
}
