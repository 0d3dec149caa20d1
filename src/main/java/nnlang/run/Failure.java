package nnlang.run;

import nnlang.lang.Diagnostic;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.lang.Span;

/** Builds positioned errors for the statement being executed. */
final class Failure {
    private final Source source;

    Failure(Source source) { this.source = source; }

    /** The text the failing statement belongs to. */
    Source source() { return source; }

    NnError at(Span span, String message) { return new NnError(new Diagnostic(source, span, message)); }

    NnError at(Span span, String message, String hint) {
        return new NnError(new Diagnostic(source, span, message, hint));
    }
}
