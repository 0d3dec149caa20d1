package nnlang.lang;

/**
 * Text made safe for a terminal: control characters that a script's states or strings may hold
 * (an escape sequence can clear the screen or retitle the window; a NUL or a lone CR hides what
 * follows) are shown as escapes, {@code \x1b}, instead of being sent raw. Line breaks and tabs stay.
 */
public final class Visible {
    private Visible() {}

    /** A character shown as an escape: a control character other than a line break or a tab. */
    public static boolean escaped(int c) { return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f); }

    /** The columns an escaped character takes: {@code \x1b} is four. */
    public static final int ESCAPE_WIDTH = 4;

    public static String of(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = escaped(c);
            if (control && s == null) s = new StringBuilder(text.length() + 8).append(text, 0, i);
            if (s == null) continue;
            if (control) s.append(String.format("\\x%02x", (int) c));
            else s.append(c);
        }
        return s == null ? text : s.toString();
    }
}
