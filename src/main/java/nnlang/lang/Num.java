package nnlang.lang;

/** A number as written: its value, its text and its place. */
public record Num(double value, String text, Span span) {
    /** True when the text is a whole number that fits an int. */
    public boolean isInt() { return value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE; }

    @Override public String toString() { return text; }
}
