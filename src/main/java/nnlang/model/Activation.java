package nnlang.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Activation functions. Each one's formula and its derivative sit side by side below (micrograd's
 * habit); derivatives are written in terms of z and a = f(z), whichever is cheaper. {@link #apply}
 * and {@link #derivative} dispatch with switch expressions that name every constant, so that a new
 * activation does not compile until it has both. The constants carry no bodies: both methods are
 * final, and inline wherever the training loops call them.
 */
public enum Activation {
    SIGMOID, TANH, RELU, LEAKY_RELU, LINEAR,
    /** Only for output layers: a_j = e^(z_j - max z) / sum_k e^(z_k - max z), applied to a whole row. */
    SOFTMAX;

    /** The slope of leaky_relu below zero. */
    public static final double LEAK = 0.01;

    /** a = f(z), one element (softmax acts on a whole row: see {@link #softmax}). */
    public double apply(double z) {
        return switch (this) {
            case SIGMOID -> sigmoid(z);
            case TANH -> tanh(z);
            case RELU -> relu(z);
            case LEAKY_RELU -> leakyRelu(z);
            case LINEAR -> z;
            case SOFTMAX -> throw new UnsupportedOperationException("softmax acts on a whole row");
        };
    }

    /** da/dz given z and a = f(z) (hidden layers only: softmax's Jacobian is the loss's business). */
    public double derivative(double z, double a) {
        return switch (this) {
            case SIGMOID -> sigmoidSlope(a);
            case TANH -> tanhSlope(a);
            case RELU -> reluSlope(z);
            case LEAKY_RELU -> leakyReluSlope(z);
            case LINEAR -> 1;
            case SOFTMAX -> throw new UnsupportedOperationException("softmax acts on a whole row");
        };
    }

    // sigmoid: a = 1 / (1 + e^-z) for z >= 0, e^z / (1 + e^z) below (no overflow): one exp of -|z|
    // and a select instead of a branch, which the signs of a layer's z would make unpredictable.
    // Every exp here is Exp.exp, whose lanes twin (nnlang.train.VectorMath) gives the same bits;
    // sigmoid and tanh are written there again with the same operations.
    public static double sigmoid(double z) {
        double e = Exp.exp(-Math.abs(z));
        return (z >= 0 ? 1 : e) / (1 + e);
    }

    // da/dz = a (1 - a)
    private static double sigmoidSlope(double a) { return a * (1 - a); }

    // tanh: a = tanh z, built on exp (Math.tanh is 2-3x slower on HotSpot 17); odd symmetry keeps it
    // exact for z < 0 (for |z| > 20, e < 2^-57 and t rounds to exactly 1, so no range check is needed)
    public static double tanh(double z) {
        double e = Exp.exp(-2 * Math.abs(z));
        double t = (1 - e) / (1 + e);
        return z < 0 ? -t : t;
    }

    // da/dz = 1 - a^2
    private static double tanhSlope(double a) { return 1 - a * a; }

    // relu: a = max(0, z)
    private static double relu(double z) { return z > 0 ? z : 0; }

    // da/dz = 1 for z > 0, else 0
    private static double reluSlope(double z) { return z > 0 ? 1 : 0; }

    // leaky_relu: a = z for z > 0, else 0.01 z
    private static double leakyRelu(double z) { return z > 0 ? z : LEAK * z; }

    // da/dz = 1 for z > 0, else 0.01
    private static double leakyReluSlope(double z) { return z > 0 ? 1 : LEAK; }

    // linear: a = z, da/dz = 1 (in apply and derivative)

    /** Softmax of z[off .. off+n) into a[off .. off+n), shifted by the max so that no exp overflows. */
    public static void softmax(double[] z, double[] a, int off, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) max = Math.max(max, z[off + j]);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double e = Exp.exp(z[off + j] - max);
            a[off + j] = e;
            sum += e;
        }
        for (int j = 0; j < n; j++) a[off + j] /= sum;
    }

    /** a[off .. off+n) = f(z[off .. off+n)); softmax takes the range as one row. */
    public void apply(double[] z, double[] a, int off, int n) {
        if (this == SOFTMAX) {
            softmax(z, a, off, n);
            return;
        }
        for (int k = off; k < off + n; k++) a[k] = apply(z[k]);
    }

    /** d[off .. off+n) *= f'(z), given a = f(z) (hidden layers only). */
    public void scaleBySlope(double[] z, double[] a, double[] d, int off, int n) {
        if (this == LINEAR) return;
        for (int k = off; k < off + n; k++) d[k] *= derivative(z[k], a[k]);
    }

    /** The word used in the language. */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** True for activations that may stand in a hidden layer. */
    public boolean isHidden() { return this != SOFTMAX; }

    /** He initialisation suits the rectifiers; Glorot the rest. */
    public boolean prefersHeInit() { return this == RELU || this == LEAKY_RELU; }

    public static Activation byWord(String word) {
        for (Activation a : values()) if (a.word().equals(word)) return a;
        return null;
    }

    /** The words of hidden-layer activations, for messages and completion. */
    public static List<String> hiddenWords() {
        List<String> words = new ArrayList<>();
        for (Activation a : values()) if (a.isHidden()) words.add(a.word());
        return words;
    }
}
