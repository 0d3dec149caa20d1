package nnlang.lang;

/** A place in a source text: 1-based line and column, and the length of the marked text (at least 1). */
public record Span(int line, int column, int length) {
    public static final Span NONE = new Span(0, 0, 0);

    @Override public String toString() { return line + ":" + column; }
}
