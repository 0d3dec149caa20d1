package nnlang.train;

/**
 * The update rules, applied in place to groups of parameters (each layer's W and b) from the
 * gradients beside them. State is allocated once here (Tribuo's Adam style: initialise, then
 * step). Every step first copies the parameters into a snapshot, so that a step which makes a
 * parameter NaN or infinite can be undone.
 */
final class Optimizer {
    static final double BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-8;

    private final OptimizerKind kind;
    private final double lr, mu;
    private final double[][] w, g, snapshot;
    /** Momentum: the velocity v. Adam: the first moment m. */
    private final double[][] s1;
    /** Adam: the second moment v. */
    private final double[][] s2;
    /** Adam: beta1^t and beta2^t for the bias correction. */
    private double beta1t = 1, beta2t = 1;

    Optimizer(OptimizerKind kind, double lr, double momentum, double[][] parameters, double[][] gradients) {
        this.kind = kind;
        this.lr = lr;
        this.mu = momentum;
        this.w = parameters;
        this.g = gradients;
        this.snapshot = zerosLike(parameters);
        this.s1 = kind == OptimizerKind.SGD ? null : zerosLike(parameters);
        this.s2 = kind == OptimizerKind.ADAM ? zerosLike(parameters) : null;
    }

    /** Arrays of zeros shaped like a (parameter groups of any lengths). */
    static double[][] zerosLike(double[][] a) {
        double[][] z = new double[a.length][];
        for (int i = 0; i < a.length; i++) z[i] = new double[a[i].length];
        return z;
    }

    /** Copies the parameters into the snapshot. */
    void save() { copy(w, snapshot); }

    /** The parameters of the last save or step (what {@link #restore} puts back), group by group. */
    double[][] snapshot() { return snapshot; }

    /** Puts back the parameters of the last save or step. */
    void restore() { copy(snapshot, w); }

    /** Copies every group of from into the group of to beside it (same shapes). */
    static void copy(double[][] from, double[][] to) {
        for (int i = 0; i < from.length; i++) System.arraycopy(from[i], 0, to[i], 0, from[i].length);
    }

    /**
     * Saves the parameters, then updates them from the gradients; returns false when a parameter
     * became NaN or infinite (w * 0 is 0 for every finite w, NaN otherwise).
     */
    boolean step() {
        double check = 0;
        if (kind == OptimizerKind.ADAM) {
            beta1t *= BETA1;
            beta2t *= BETA2;
        }
        for (int i = 0; i < w.length; i++) {
            check += switch (kind) {
                case SGD -> sgd(w[i], g[i], snapshot[i]);
                case MOMENTUM -> momentum(w[i], g[i], snapshot[i], s1[i]);
                case ADAM -> adam(w[i], g[i], snapshot[i], s1[i], s2[i]);
            };
        }
        return check == 0;
    }

    /**
     * As {@link #step()}, each group's rule run by the lanes' kernels (the same operations
     * element by element: the same bits); for parameters laid out in lanes, whose every element
     * is one lane's parameter.
     */
    boolean step(LaneKernels lanes) {
        if (kind == OptimizerKind.ADAM) {
            beta1t *= BETA1;
            beta2t *= BETA2;
        }
        double c1 = 1 / (1 - beta1t), c2 = 1 / (1 - beta2t);
        boolean finite = true;
        for (int i = 0; i < w.length; i++) {
            finite &= lanes.step(kind, lr, mu, c1, c2, w[i], g[i], snapshot[i], s1 == null ? null : s1[i],
                    s2 == null ? null : s2[i]);
        }
        return finite;
    }

    // Each rule saves w into si, updates w and returns the sum of w * 0 over the group.

    // w -= lr g
    private double sgd(double[] wi, double[] gi, double[] si) {
        double check = 0;
        for (int k = 0; k < gi.length; k++) {
            si[k] = wi[k];
            wi[k] -= lr * gi[k];
            check += wi[k] * 0;
        }
        return check;
    }

    // v = mu v - lr g; w += v
    private double momentum(double[] wi, double[] gi, double[] si, double[] v) {
        double check = 0;
        for (int k = 0; k < gi.length; k++) {
            si[k] = wi[k];
            v[k] = mu * v[k] - lr * gi[k];
            wi[k] += v[k];
            check += wi[k] * 0;
        }
        return check;
    }

    // m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
    // w -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
    private double adam(double[] wi, double[] gi, double[] si, double[] m, double[] v) {
        double check = 0;
        double c1 = 1 / (1 - beta1t), c2 = 1 / (1 - beta2t);
        for (int k = 0; k < gi.length; k++) {
            si[k] = wi[k];
            double gk = gi[k];
            m[k] = BETA1 * m[k] + (1 - BETA1) * gk;
            v[k] = BETA2 * v[k] + (1 - BETA2) * gk * gk;
            wi[k] -= lr * (m[k] * c1) / (Math.sqrt(v[k] * c2) + EPSILON);
            check += wi[k] * 0;
        }
        return check;
    }
}
