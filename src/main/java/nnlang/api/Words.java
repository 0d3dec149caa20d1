package nnlang.api;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import nnlang.lang.parse.NnLexer;

/** How the builders write values as nnlang text: numbers, states and names. */
final class Words {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Set<String> KEYWORDS = keywords();

    private Words() {}

    /** The shortest text that reads back as the same double: 1, 0.5, 1E-8 becomes 0.00000001. */
    static String number(double v) {
        if (!Double.isFinite(v)) return Double.toString(v); // the parser names the problem
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A state as the language reads it: bare when it is one number or name token, else quoted. */
    static String state(String s) {
        if (NUMBER.matcher(s).matches() || ID.matcher(s).matches() && !KEYWORDS.contains(s)) return s;
        return quoted(s);
    }

    /**
     * A name the caller passed for a table, a net or a node: checked before it is written into a
     * statement, so that no text can ride along with it (a name with a line break and a save).
     */
    static String name(String what, String name) {
        if (name == null) throw new NullPointerException(what + " is null");
        if (!ID.matcher(name).matches() || KEYWORDS.contains(name)) {
            throw new IllegalArgumentException(what + " must be a name (letters, digits and _, not starting with a digit,"
                    + " not a keyword), not " + quoted(name));
        }
        return name;
    }

    /** {@code "text"} with quotes, backslashes, tabs and line breaks escaped as the lexer reads them. */
    static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    /** The keywords of the language, read from the lexer so that they never drift. */
    private static Set<String> keywords() {
        Set<String> words = new HashSet<>();
        for (int t = 1; t <= NnLexer.VOCABULARY.getMaxTokenType(); t++) {
            String literal = NnLexer.VOCABULARY.getLiteralName(t);
            if (literal == null) continue;
            String word = literal.substring(1, literal.length() - 1);
            if (ID.matcher(word).matches()) words.add(word);
        }
        return words;
    }
}
