package nnlang.repl;

import java.util.List;
import java.util.function.IntSupplier;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.parse.NnLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * Decides when an entry is finished (jshell's rule): only an unfinished entry asks for more
 * lines; one that is merely wrong is accepted, so that its error is shown at once. Unfinished
 * means an open {@code {}, or a text that ends where its statement needs more (a trailing
 * {@code ->}, {@code train two on}); an empty line ends such an entry, to show what is missing.
 * Lines typed or pasted together are one entry, read exactly as a script reads them, so
 * {@code train two on xor} with {@code epochs 5000 lr 1} on the next line is one statement.
 * Words for completion come from JLine's own parser.
 */
final class EntryParser implements Parser {
    private final DefaultParser words = new DefaultParser();
    private final IntSupplier typedAhead;

    /** typedAhead: the next key already typed and not yet read (a paste), or a negative number. */
    EntryParser(IntSupplier typedAhead) {
        this.typedAhead = typedAhead;
        words.setEscapeChars(new char[0]);
    }

    EntryParser() { this(() -> -1); }

    @Override public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        if (context == ParseContext.ACCEPT_LINE && !isCommand(line) && continues(typedAhead.getAsInt())) {
            throw new EOFError(-1, cursor, "more lines are on their way");
        }
        boolean accepting = context == ParseContext.ACCEPT_LINE || context == ParseContext.SECONDARY_PROMPT;
        if (accepting && unfinished(line)) throw new EOFError(-1, cursor, "the entry is unfinished");
        return words.parse(line, cursor, context);
    }

    /** A key typed ahead continues the entry unless it begins a command or is a second Enter. */
    private static boolean continues(int next) {
        return next >= 0 && next != ':' && next != '\r' && next != '\n';
    }

    /** True while a brace is open and nothing so far is wrong, or while the text ends too soon. */
    static boolean unfinished(String entry) {
        if (isCommand(entry)) return false;
        Boolean block = openBlock(entry);
        if (block != null) return block;
        int lastLine = entry.lastIndexOf('\n');
        if (lastLine >= 0 && entry.substring(lastLine + 1).isBlank()) return false;
        return Parsing.endsTooSoon(new Source(Repl.ENTRY, entry));
    }

    private static boolean isCommand(String entry) { return entry.stripLeading().startsWith(":"); }

    /**
     * True while a brace is open and nothing so far is wrong, false when the braces show the entry
     * wrong, null when no brace is open. Braces in strings and comments do not count; a statement
     * keyword or a stray character inside braces means the entry is wrong (no block holds those),
     * so it is handed over to report its error.
     */
    private static Boolean openBlock(String entry) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(entry));
        lexer.removeErrorListeners();
        int depth = 0;
        List<? extends Token> tokens = lexer.getAllTokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
                .toList();
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == NnLexer.LBRACE) depth++;
            else if (type == NnLexer.RBRACE && --depth < 0) return false;
            else if (depth > 0 && type == NnLexer.UNKNOWN) return false;
            else if (depth > 0 && Keywords.startsStatement(type) && startsHere(tokens, i)) return false;
        }
        return depth > 0 ? Boolean.TRUE : null;
    }

    /** A statement keyword inside a block starts a statement unless a name follows (set -> no is a row). */
    static boolean startsHere(List<? extends Token> tokens, int i) {
        if (i + 1 >= tokens.size()) return false;
        int next = tokens.get(i + 1).getType();
        return next == NnLexer.ID || next == NnLexer.STRING || next == NnLexer.SESSION;
    }

    /** The tokens of a text on the default channel (what the parser sees). */
    static List<? extends Token> tokens(String text) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList();
    }
}
