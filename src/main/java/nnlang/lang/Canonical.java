package nnlang.lang;

import java.util.List;
import nnlang.lang.parse.NnLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** How values are written in scripts that nnlang writes itself (save): states, strings, numbers. */
public final class Canonical {
    private Canonical() {}

    /** A state as the language reads it back: bare when it lexes as one number or name, else quoted. */
    public static String state(String s) {
        NnLexer lexer = new NnLexer(CharStreams.fromString(s));
        lexer.removeErrorListeners();
        List<? extends Token> tokens = lexer.getAllTokens();
        if (tokens.size() == 1 && tokens.get(0).getText().equals(s)
                && (tokens.get(0).getType() == NnLexer.NUMBER || tokens.get(0).getType() == NnLexer.ID)) {
            return s;
        }
        return string(s);
    }

    /** Text in double quotes with {@code \" \\ \n \t} escaped, as the STRING token reads it. */
    public static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A finite double in the shortest form that reads back to the same bits (Double.toString). */
    public static String number(double v) { return Double.toString(v); }
}
