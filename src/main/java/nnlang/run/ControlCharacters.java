package nnlang.run;

/** Names the first control character of a text, for the messages that refuse them in states. */
final class ControlCharacters {
    private ControlCharacters() {}

    /** "a tab (\t)", "a line break (\n)", "a control character (\x1b)", or null when there is none. */
    static String first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') return "a tab (\\t)";
            if (c == '\n' || c == '\r') return "a line break (" + (c == '\n' ? "\\n" : "\\r") + ")";
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return "a control character (" + String.format("\\x%02x", (int) c) + ")";
        }
        return null;
    }
}
