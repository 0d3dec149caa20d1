package nnlang.repl;

import java.util.List;
import nnlang.lang.parse.NnLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * Decides when an entry is finished (jshell's rule): only an entry with a {@code {} still open
 * asks for more lines; one that is merely wrong is accepted, so that its error is shown at once.
 * Words for completion come from JLine's own parser.
 */
final class EntryParser implements Parser {
    private final DefaultParser words = new DefaultParser();

    EntryParser() {
        words.setEscapeChars(new char[0]);
    }

    @Override public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        boolean accepting = context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT;
        if (accepting && unfinished(line)) throw new EOFError(-1, cursor, "a { is still open", "}");
        return words.parse(line, cursor, context);
    }

    /**
     * True while a brace is open and nothing so far is wrong. Braces in strings and comments do
     * not count; a statement keyword or a stray character inside braces means the entry is wrong
     * (no block holds those), so it is handed over to report its error.
     */
    static boolean unfinished(String entry) {
        if (entry.stripLeading().startsWith(":")) return false;
        NnLexer lexer = new NnLexer(CharStreams.fromString(entry));
        lexer.removeErrorListeners();
        int depth = 0;
        for (Token t : lexer.getAllTokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int type = t.getType();
            if (type == NnLexer.LBRACE) depth++;
            else if (type == NnLexer.RBRACE && --depth < 0) return false;
            else if (depth > 0 && (Keywords.startsStatement(type) || type == NnLexer.UNKNOWN)) return false;
        }
        return depth > 0;
    }

    /** The tokens of a text on the default channel (what the parser sees). */
    static List<? extends Token> tokens(String text) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList();
    }
}
