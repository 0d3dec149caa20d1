package nnlang.lang;

import java.util.List;

/** The one error type: a list of positioned diagnostics. Rendered by {@link DiagnosticRenderer}. */
public class NnError extends Exception {
    private final List<Diagnostic> diagnostics;

    public NnError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).headline(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public NnError(Diagnostic d) { this(List.of(d)); }

    public List<Diagnostic> diagnostics() { return diagnostics; }
}
