package nnlang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in reports stay narrow: a weight of 1e308 is not printed as 309 digits. */
class FmtTest {
    @Test void fourDecimalsBelowABillionTheExponentFormFromThere() {
        assertEquals("0.0000", Fmt.f4(-0.0));
        assertEquals("-2.5000", Fmt.f4(-2.5));
        assertEquals("999999999.0000", Fmt.f4(999_999_999));
        assertEquals("1.0000e+09", Fmt.f4(1e9));
        assertEquals("1.0000e+308", Fmt.f4(1e308));
        assertEquals("-1.7977e+308", Fmt.f4(-Double.MAX_VALUE));
        assertEquals("inf", Fmt.f4(Double.POSITIVE_INFINITY));
        assertEquals("nan", Fmt.f4(Double.NaN));
    }
}
