package nnlang.lang;

/** A name or state as written, with its place (for "unknown net 'tow'" pointing at the word). */
public record Word(String text, Span span) {
    @Override public String toString() { return text; }
}
