package nnlang.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each activation's derivative against a central difference of its formula (away from the kinks at 0). */
class ActivationTest {
    static final double[] Z = {-30, -4, -1.5, -0.3, -1e-3, 1e-3, 0.2, 0.9, 2.5, 7, 30};

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = "SOFTMAX", mode = EnumSource.Mode.EXCLUDE)
    void derivativeMatchesTheFormula(Activation f) {
        double h = 1e-6;
        for (double z : Z) {
            double numeric = (f.apply(z + h) - f.apply(z - h)) / (2 * h);
            assertEquals(numeric, f.derivative(z, f.apply(z)), 1e-6, f + " at z = " + z);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void theRangeFormAppliesEachElement(Activation f) {
        double[] z = {9, -1, 0.5, 2, -3}, a = new double[5], expected = new double[5];
        f.apply(z, a, 1, 3);
        if (f == Activation.SOFTMAX) {
            Activation.softmax(z, expected, 1, 3);
        } else {
            for (int k = 1; k < 4; k++) expected[k] = f.apply(z[k]);
        }
        assertArrayEquals(expected, a);
    }

    @Test
    void softmaxHasNoElementForm() {
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.apply(1));
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.derivative(1, 0.5));
    }

    @Test
    void knownValues() {
        assertEquals(0.5, Activation.SIGMOID.apply(0));
        assertEquals(-Math.tanh(0.7), Activation.TANH.apply(-0.7), 1e-15);
        assertEquals(0, Activation.RELU.apply(-2));
        assertEquals(-0.02, Activation.LEAKY_RELU.apply(-2), 1e-18);
        assertEquals(-2, Activation.LINEAR.apply(-2));
    }
}
