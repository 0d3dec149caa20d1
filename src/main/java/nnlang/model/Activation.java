package nnlang.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Activation functions, each with its derivative beside it (micrograd's habit).
 * Derivatives are written in terms of z and a = f(z), whichever is cheaper.
 */
public enum Activation {
    SIGMOID {
        // a = 1 / (1 + e^-z) for z >= 0, e^z / (1 + e^z) below (no overflow): one exp of -|z| and a
        // select instead of a branch, which the signs of a layer's z would make unpredictable
        public double apply(double z) {
            double e = Math.exp(-Math.abs(z));
            return (z >= 0 ? 1 : e) / (1 + e);
        }
        // da/dz = a (1 - a)
        public double derivative(double z, double a) { return a * (1 - a); }
    },
    TANH {
        // a = tanh z, built on exp (Math.tanh is 2-3x slower on HotSpot 17); odd symmetry keeps it exact for z < 0
        // (for |z| > 20, e < 2^-57 and t rounds to exactly 1, so no range check is needed)
        public double apply(double z) {
            double e = Math.exp(-2 * Math.abs(z));
            double t = (1 - e) / (1 + e);
            return z < 0 ? -t : t;
        }
        // da/dz = 1 - a^2
        public double derivative(double z, double a) { return 1 - a * a; }
    },
    RELU {
        // a = max(0, z)
        public double apply(double z) { return z > 0 ? z : 0; }
        // da/dz = 1 for z > 0, else 0
        public double derivative(double z, double a) { return z > 0 ? 1 : 0; }
    },
    LEAKY_RELU {
        // a = z for z > 0, else 0.01 z
        public double apply(double z) { return z > 0 ? z : LEAK * z; }
        // da/dz = 1 for z > 0, else 0.01
        public double derivative(double z, double a) { return z > 0 ? 1 : LEAK; }
    },
    LINEAR {
        // a = z
        public double apply(double z) { return z; }
        // da/dz = 1
        public double derivative(double z, double a) { return 1; }
    },
    /** Only for output layers: a_j = e^(z_j - max z) / sum_k e^(z_k - max z), applied to a whole row. */
    SOFTMAX {
        public double apply(double z) { throw new UnsupportedOperationException("softmax acts on a whole row"); }
        public double derivative(double z, double a) { throw new UnsupportedOperationException("softmax acts on a whole row"); }
    };

    /** The slope of leaky_relu below zero. */
    public static final double LEAK = 0.01;

    public abstract double apply(double z);

    public abstract double derivative(double z, double a);

    /** Softmax of z[off .. off+n) into a[off .. off+n), shifted by the max so that no exp overflows. */
    public static void softmax(double[] z, double[] a, int off, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) max = Math.max(max, z[off + j]);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double e = Math.exp(z[off + j] - max);
            a[off + j] = e;
            sum += e;
        }
        for (int j = 0; j < n; j++) a[off + j] /= sum;
    }

    /** The word used in the language. */
    public String word() { return name().toLowerCase(); }

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
