package nnlang.api;

import java.util.List;
import nnlang.lang.Diagnostic;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;
import nnlang.report.Report;

/**
 * An nnlang error met through the API: a statement that does not parse, names something unknown
 * or has a bad option. Unchecked, so that JShell lines and lambdas stay short. The message is the
 * diagnostics as the {@code nn} command prints them, with position and caret:
 * <pre>
 * input:1:25: error: unknown activation 'sigmod' (known: sigmoid, tanh, relu, leaky_relu, linear)
 *   | net two = bits -> 2 sigmod -> sigmoid
 *   |                     ^^^^^^ did you mean 'sigmoid'?
 * </pre>
 * The statements before the failing one have run; their reports are in {@link #reports()}.
 */
public final class NnException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;
    private final transient Reports reports;

    NnException(NnError error, Reports reports) {
        super(DiagnosticRenderer.render(error), null, false, false);
        this.diagnostics = error.diagnostics();
        this.reports = reports;
    }

    /** Every problem found, in order, each with its source, position, message and hint. */
    public List<Diagnostic> diagnostics() { return diagnostics; }

    /** The reports of the statements that ran before the failing one (often empty). */
    public Reports reports() { return reports; }
}
