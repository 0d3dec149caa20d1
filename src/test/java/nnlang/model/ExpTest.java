package nnlang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exp.exp against Math.exp: within 1 ulp everywhere, exactly at the edges. */
class ExpTest {
    private static void within1Ulp(double x) {
        double got = Exp.exp(x), want = Math.exp(x);
        double ulp = Math.ulp(want);
        assertTrue(got == want || Math.abs(got - want) <= ulp, () -> "exp(" + x + ") = " + got + ", Math.exp " + want);
    }

    @Test void withinOneUlpOfMathExpOverTheWholeRange() {
        SplittableRandom random = new SplittableRandom(3);
        // the whole range with finite, non-zero results (and a little beyond), subnormal results included
        for (int i = 0; i < 400_000; i++) within1Ulp(random.nextDouble(-746, 710));
        // the range training meets most: sigmoid of -|z|, tanh of -2|z|, softmax of z - max
        for (int i = 0; i < 400_000; i++) within1Ulp(random.nextDouble(-40, 0));
        for (int i = 0; i < 200_000; i++) within1Ulp(random.nextDouble(-1e-3, 1e-3));
        // around every multiple of ln 2 / 2 (where the reduction switches k), a few ulps either side
        for (int k = -2150; k <= 2050; k++) {
            double x = k * Math.log(2) / 2;
            for (int u = -3; u <= 3; u++) within1Ulp(x + u * Math.ulp(x));
        }
    }

    @Test void edges() {
        assertEquals(1.0, Exp.exp(0.0));
        assertEquals(1.0, Exp.exp(-0.0));
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Exp.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Exp.exp(-1e6)));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(709.79));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(1e6));
        assertEquals(Math.exp(709.782712893384), Exp.exp(709.782712893384));   // the largest finite result
        assertEquals(Double.MIN_VALUE, Exp.exp(-745.13));                        // the smallest subnormal
        assertEquals(0.0, Exp.exp(-745.14));
        assertEquals(Math.exp(1), Exp.exp(1));
        assertEquals(Math.exp(-1), Exp.exp(-1));
        assertEquals(1.0, Exp.exp(Double.MIN_VALUE));
        for (double x : new double[] {-708.3964185322641, -708.4, -720, -740, 709.7, 1e-300, -1e-300}) within1Ulp(x);
    }

    @Test void sigmoidAndTanhStayExactAtTheirEdges() {
        assertEquals(0.5, Activation.SIGMOID.apply(0.0));
        assertEquals(0.5, Activation.SIGMOID.apply(-0.0));
        assertEquals(1.0, Activation.SIGMOID.apply(40));
        assertEquals(0.0, Activation.SIGMOID.apply(-1e6));
        assertEquals(1.0, Activation.TANH.apply(30));
        assertEquals(-1.0, Activation.TANH.apply(-30));
        assertEquals(0.0, Activation.TANH.apply(0.0));
        assertTrue(Double.isNaN(Activation.TANH.apply(Double.NaN)));
        // 1 - sigmoid(z) = sigmoid(-z) where both are exact halves of one formula
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 10_000; i++) {
            double z = random.nextDouble(-30, 30);
            assertEquals(1 / (1 + Math.exp(-z)), Activation.SIGMOID.apply(z), 4e-16);
            assertEquals(Math.tanh(z), Activation.TANH.apply(z), 1e-15);
        }
    }
}
