package nnlang.lang;

/**
 * One problem in a source text: where it is, what is wrong, and an optional hint shown beside
 * the caret (for example "did you mean 'sigmoid'?").
 */
public record Diagnostic(Source source, Span span, String message, String hint) {
    public Diagnostic(Source source, Span span, String message) { this(source, span, message, null); }

    /** {@code file:line:col: error: message}. */
    public String headline() {
        return source.name() + ":" + span.line() + ":" + span.column() + ": error: " + message;
    }
}
