package nnlang.lang;

import java.util.List;

/** A named source text: a file, standard input, or one REPL entry. */
public record Source(String name, String text) {
    /**
     * Strict UTF-8: a binary or mis-encoded file is refused rather than parsed as garbage. The one
     * decoder for scripts, loaded files and CSV tables.
     */
    public static String utf8(byte[] bytes) throws java.nio.charset.CharacterCodingException {
        return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** The text of 1-based line n, without its line break ("" when out of range). */
    public String line(int n) {
        List<String> lines = text.lines().toList();
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    /** The text of a span that lies on one line (used to quote an expectation as written). */
    public String textOf(Span from, Span to) {
        if (from.line() != to.line()) return line(from.line()).substring(from.column() - 1).strip();
        String l = line(from.line());
        int end = Math.min(l.length(), to.column() - 1 + to.length());
        return l.substring(Math.min(from.column() - 1, end), end);
    }
}
