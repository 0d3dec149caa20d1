package nnlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A degenerate input (one broken line repeated thousands of times) gets the first errors and one
 * line that counts the rest and says where they begin, not thousands of errors.
 */
class DegenerateInputTest {
    @Test void errorsOfARepeatedBrokenLineAreCappedWithACountOfTheRest() {
        Source source = new Source("many.nn", "net n {\n".repeat(5000));
        NnError e = assertThrows(NnError.class, () -> Parsing.parse(source));
        List<Diagnostic> ds = e.diagnostics();
        assertEquals(NnError.MAX_DIAGNOSTICS + 1, ds.size());
        Diagnostic last = ds.get(ds.size() - 1);
        assertEquals("many.nn:101:7: error: and 4900 more errors from here on, not shown", last.headline());
        assertEquals("fix the first ones: the rest often follow from them", last.hint());
        // the rendered message shows line 101's text under its caret, like every other
        assertTrue(DiagnosticRenderer.render(last).endsWith("  | net n {\n  |       ^ fix the first ones: the rest often follow from them"),
                DiagnosticRenderer.render(last));
    }

    @Test void ahundredErrorsAreAllShown() {
        Source source = new Source("some.nn", "net n {\n".repeat(NnError.MAX_DIAGNOSTICS));
        NnError e = assertThrows(NnError.class, () -> Parsing.parse(source));
        assertEquals(NnError.MAX_DIAGNOSTICS, e.diagnostics().size());
    }

    @Test void aFormulaNestedTooDeeplyIsAPositionedErrorNotACrash() {
        Source source = new Source("deep.nn", "print \"before\"\ntable g(a) = " + "(".repeat(100_000) + "a" + ")".repeat(100_000) + "\n");
        NnError e = assertThrows(NnError.class, () -> Parsing.parse(source));
        assertEquals("deep.nn:2:1: error: this statement nests too deeply (or its formula is too long) to be read",
                e.diagnostics().get(0).headline());
    }
}
