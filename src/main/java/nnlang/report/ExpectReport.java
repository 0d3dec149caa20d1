package nnlang.report;

/**
 * The outcome of an {@code expect} statement.
 *
 * @param text   the expectation as written, e.g. "accuracy of two on xor >= 1"
 * @param passed whether it held
 * @param actual the measured value
 * @param note   what the value rests on when that is less than asked (a stopped compare), or null
 */
public record ExpectReport(String text, boolean passed, double actual, String note) implements Report {
    public ExpectReport(String text, boolean passed, double actual) { this(text, passed, actual, null); }

    @Override public String kind() { return "expect"; }

    @Override public <R> R accept(Visitor<R> v) { return v.expect(this); }

    @Override public String toString() { return TextRenderer.render(this); }
}
