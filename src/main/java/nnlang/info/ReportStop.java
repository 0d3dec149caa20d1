package nnlang.info;

import java.util.function.BooleanSupplier;

/**
 * What a long report polls between rows (and between nodes, or lines of map cells), so that
 * {@code --timeout} and Ctrl-C also stop a {@code relations}, {@code hidden} or {@code map} of a
 * huge net on a big table: each row is one forward pass, which can take milliseconds, and a
 * table can have 2^16 rows. A cut report is dropped whole: half a report would read as a whole one.
 */
public final class ReportStop {
    /** Never stops: the reports computed for the Java API and for tests. */
    public static final BooleanSupplier NEVER = () -> false;

    /** Thrown out of a cut report; it carries no stack trace, as it is an answer, not a failure. */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() { super("report stopped before it was complete", null, false, false); }
    }

    private ReportStop() {}

    /** Throws {@link Stopped} when a stop was asked for. */
    static void check(BooleanSupplier stop) {
        if (stop.getAsBoolean()) throw new Stopped();
    }
}
