package nnlang.train;

import nnlang.data.Entropy;
import nnlang.data.OutputCoding;
import nnlang.data.OutputKind;

/**
 * The loss and H(Y|X) sums of a batch's output activations, row-major (rows x output nodes):
 * what Backprop measures, and what the lanes (LaneTrainer) measure lane by lane from the same
 * arrays, so both give the same bits. Logs are Math.log: measured, never differentiated.
 */
final class Metrics {
    private static final double LN2 = Math.log(2);

    private final OutputCoding output;
    private final Loss loss;
    private final boolean softmax;
    private final double[] aRow, p;
    /** The sum over rows of H(Y|X=x) in bits, from the last measure asked for it. */
    private double entropySum;

    /** @param loss bce, mse or ce as Backprop resolved it (ce on a sigmoid output is bce) */
    Metrics(OutputCoding output, Loss loss) {
        this.output = output;
        this.loss = loss;
        this.softmax = output.kind() == OutputKind.SOFTMAX;
        this.aRow = new double[output.nodes()];
        this.p = new double[output.space().size()];
    }

    double entropySum() { return entropySum; }

    /**
     * The loss sum of the rows of a (targets t), or without withLoss the NaN check (0, or NaN when
     * an output is NaN); and the entropy sum when asked. One sigmoid node with bce shares its two
     * logs a row between them (a history point costs two logs a row, not three): the same bits as
     * {@link #loss} and {@link #entropy} apart.
     */
    double measure(double[] a, double[] t, int rows, boolean entropy, boolean withLoss) {
        int n = rows * aRow.length;
        if (entropy && withLoss && aRow.length == 1 && loss == Loss.BCE && !softmax && p.length == 2) {
            double s = 0, h = 0;
            for (int k = 0; k < n; k++) {
                double tk = t[k], ak = a[k], bk = 1 - ak;
                double la = Math.log(ak), lb = Math.log(bk);
                if (tk != 0) s += tk * Math.max(la, -100);
                if (tk != 1) s += (1 - tk) * Math.max(lb, -100);
                // Entropy.of(p) with p = (1 - a, a): 0 + term(1 - a) + term(a), term(p) = -p log2 p (0 at p <= 0)
                h += 0.0 + (bk <= 0 ? 0 : -bk * (lb / LN2)) + (ak <= 0 ? 0 : -ak * (la / LN2));
            }
            entropySum = h;
            return -s;
        }
        if (entropy) entropySum = entropy(a, n);
        return withLoss ? loss(a, t, n) : nanCheck(a, n);
    }

    // sum of a * 0: 0 when every a is a number, NaN otherwise
    private static double nanCheck(double[] a, int n) {
        double check = 0;
        for (int k = 0; k < n; k++) check += a[k] * 0;
        return check;
    }

    /** The sum over rows of the per-row loss (nats), summed over output nodes; logs clamped at -100. */
    private double loss(double[] a, double[] t, int n) {
        double s = 0;
        return switch (loss) {
            case BCE -> {
                // L = -sum [t log a + (1 - t) log(1 - a)]; a term with weight 0 is skipped (it adds exactly 0)
                for (int k = 0; k < n; k++) {
                    double tk = t[k], ak = a[k];
                    if (tk != 0) s += tk * Math.max(Math.log(ak), -100);
                    if (tk != 1) s += (1 - tk) * Math.max(Math.log(1 - ak), -100);
                }
                yield -s;
            }
            case CE -> {
                // L = -sum t log a
                for (int k = 0; k < n; k++) if (t[k] != 0) s += t[k] * Math.max(Math.log(a[k]), -100);
                yield -s;
            }
            case MSE -> {
                // L = 1/2 sum (a - t)^2
                for (int k = 0; k < n; k++) {
                    double e = a[k] - t[k];
                    s += e * e;
                }
                yield s / 2;
            }
        };
    }

    /** The sum over rows of H(Y|X=x) = sum over y of -p log2 p, with p(y|x) read from the output activations. */
    private double entropy(double[] a, int n) {
        int m = aRow.length, states = p.length;
        double h = 0;
        for (int off = 0; off < n; off += m) {
            System.arraycopy(a, off, aRow, 0, m);
            output.probabilities(aRow, p);
            h += Entropy.of(p, states);
        }
        return h;
    }
}
