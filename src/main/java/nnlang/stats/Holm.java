package nnlang.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of m p-values (Holm 1979), which keeps the family-wise error rate
 * at alpha without assuming the tests independent: sort p ascending, p_(1) <= ... <= p_(m);
 * adjusted p_(i) = max over j <= i of min(1, (m - j + 1) p_(j)). NaN p-values (no test) stay NaN
 * and do not count in m. The same as R's {@code p.adjust(p, "holm")}.
 */
public final class Holm {
    private Holm() {}

    /** The adjusted p-values, in the order given. */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) order[m++] = i;
        }
        Integer[] tested = Arrays.copyOf(order, m);
        // ties keep their given order, so the result does not depend on the sort's stability
        Arrays.sort(tested, Comparator.<Integer>comparingDouble(i -> p[i]).thenComparingInt(i -> i));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1, (m - j) * p[tested[j]]));
            adjusted[tested[j]] = running;
        }
        return adjusted;
    }
}
