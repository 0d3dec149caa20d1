package nnlang.lang;

import java.util.List;

/** The one error type: a list of positioned diagnostics. Rendered by {@link DiagnosticRenderer}. */
public class NnError extends Exception {
    private final List<Diagnostic> diagnostics;

    /**
     * At most this many diagnostics are kept: a degenerate input (a line repeated 50,000 times)
     * would otherwise print as many errors, and each after the first few is an echo of them.
     */
    public static final int MAX_DIAGNOSTICS = 100;

    public NnError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).headline(), null, false, false);
        this.diagnostics = capped(diagnostics);
    }

    /** The first MAX_DIAGNOSTICS, then one that says how many more there are and where they begin. */
    private static List<Diagnostic> capped(List<Diagnostic> all) {
        if (all.size() <= MAX_DIAGNOSTICS) return List.copyOf(all);
        List<Diagnostic> kept = new java.util.ArrayList<>(all.subList(0, MAX_DIAGNOSTICS));
        Diagnostic next = all.get(MAX_DIAGNOSTICS);
        int more = all.size() - MAX_DIAGNOSTICS;
        kept.add(new Diagnostic(next.source(), next.span(), "and " + more + " more error" + (more == 1 ? "" : "s")
                + " from here on, not shown", "fix the first ones: the rest often follow from them"));
        return List.copyOf(kept);
    }

    public NnError(Diagnostic d) { this(List.of(d)); }

    public List<Diagnostic> diagnostics() { return diagnostics; }
}
