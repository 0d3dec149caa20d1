package nnlang.lang;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A named source text: a file, standard input, one REPL entry or a command-line {@code -e}.
 * {@code folder} is the folder of the file it was read from, against which the paths its
 * statements name are resolved; null for text that comes from no file (the working folder then).
 */
public record Source(String name, String text, Path folder) {
    public Source(String name, String text) { this(name, text, null); }

    private static final char BOM = '\uFEFF';

    /**
     * Strict UTF-8, the one decoder for scripts, loaded files and CSV tables: a binary or
     * mis-encoded file is refused at the line and column of its first bad byte rather than parsed
     * as garbage, and a byte-order mark at the start (Excel writes one) is skipped.
     */
    public static Source decode(String name, Path folder, byte[] bytes) throws NnError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        String good = withoutBom(out.flip().toString());
        if (!result.isError()) return new Source(name, lineBreaks(good), folder);
        // the position of the first bad byte, in the text decoded before it
        int line = 1, lineStart = 0;
        for (int i = 0; i < good.length(); i++) if (good.charAt(i) == '\n') { line++; lineStart = i + 1; }
        int column = good.length() - lineStart + 1;
        String rest = withoutBom(new String(bytes, StandardCharsets.UTF_8)); // for the caret's line only
        Source shown = new Source(name, good + rest.substring(Math.min(rest.length(), good.length())), folder);
        String hex = String.format("0x%02x", bytes[in.position()] & 0xff);
        throw new NnError(new Diagnostic(shown, new Span(line, column, 1), "not UTF-8: byte " + hex,
                "save the file as UTF-8 text"));
    }

    /** Text that comes from no file (standard input, the REPL, {@code -e}). */
    public static Source decode(String name, byte[] bytes) throws NnError { return decode(name, null, bytes); }

    /** Old Mac files end lines with a lone CR, which the lexer would not count as a line break. */
    private static String lineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replaceAll("\r(?!\n)", "\n");
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** The path a statement of this source names: against its file's folder, else as written. */
    public Path resolve(Path written) { return folder == null ? written : folder.resolve(written); }

    /**
     * How to call a file that a statement of this source names: beside this source's own name
     * ({@code scripts/essay.nn} loads {@code essay/e1.nn}: {@code scripts/essay/e1.nn}), so that
     * messages name a path the user can open from where they ran the command.
     */
    public String nameOf(String written) {
        if (folder == null) return written;
        Path parent = Path.of(name).getParent();
        if (parent == null || Path.of(written).isAbsolute()) return written;
        return parent.resolve(written).normalize().toString();
    }

    /**
     * The text of 1-based line n, without its line break ("" when out of range). Lines end at
     * \n, \r\n or \r, as {@link String#lines()} has it. The line starts are found once per text
     * (messages of a long file would otherwise scan it once each).
     */
    public String line(int n) {
        int[] starts = LineStarts.of(text);
        // starts[i] is where line i + 1 begins; starts[count] is one past the end of the text
        int count = starts.length - 1;
        if (n < 1 || n > count) return "";
        int from = starts[n - 1], to = starts[n];
        // strip the line break that ends it
        if (to > from && text.charAt(to - 1) == '\n') to--;
        if (to > from && text.charAt(to - 1) == '\r') to--;
        return text.substring(from, to);
    }

    /** The text of a span that lies on one line (used to quote an expectation as written). */
    public String textOf(Span from, Span to) {
        if (from.line() != to.line()) return line(from.line()).substring(from.column() - 1).strip();
        String l = line(from.line());
        int end = Math.min(l.length(), to.column() - 1 + to.length());
        return l.substring(Math.min(from.column() - 1, end), end);
    }
}
