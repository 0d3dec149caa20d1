package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nnlang.report.ExpectReport;
import nnlang.report.TextRenderer;
import org.junit.jupiter.api.Test;

/** A failed expect that misses its bound only by round-off says so, with the value's every digit. */
class RoundOffNoteTest {
    @Test void aValueThatReadsAsItsBoundGetsItsDigits() {
        double mean = 0.1 + 0.2; // 0.30000000000000004, shown as 0.3
        assertEquals(false, Expectations.holds("<=", mean, 0.3));
        String note = Expectations.roundOffNote(mean, 0.3);
        assertEquals("the value is 0.30000000000000004, within 1e-9 of the bound: if that is round-off, compare "
                + "with a margin, a bound a little below or above it", note);
        // what a person sees: the 4 places and then the digits that explain the FAILED
        assertEquals("expect mean_accuracy of n on t <= 0.3: FAILED (actual 0.3); " + note,
                TextRenderer.render(new ExpectReport("mean_accuracy of n on t <= 0.3", false, mean, note), 100));
        // large bounds: within 1e-9 of their size
        assertEquals(true, Expectations.roundOffNote(1e6 + 1e-4, 1e6) != null);
    }

    @Test void realMissesAndOddValuesGetNoNote() {
        assertNull(Expectations.roundOffNote(0.3, 0.5));
        assertNull(Expectations.roundOffNote(0.5 - 1e-8, 0.5));
        assertNull(Expectations.roundOffNote(0.5, 0.5));
        assertNull(Expectations.roundOffNote(Double.NaN, 0.5));
        assertNull(Expectations.roundOffNote(Double.POSITIVE_INFINITY, 1e300));
    }
}
