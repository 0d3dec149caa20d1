package nnlang.report;

import java.util.Arrays;
import java.util.List;

/**
 * Entropy per relation of a net on a table (DESIGN.md section 2), built by
 * {@link nnlang.info.Relations#of}. All entropies in bits.
 *
 * @param net            the net's name
 * @param table          the table's name
 * @param outputs        Y as the model sees it, in order (all 2^k strings for k-bit sigmoid outputs)
 * @param output         "sigmoid" (one node, two states), "bits" (k sigmoid nodes) or "softmax"
 * @param eps            a relation is determined when p &lt; eps or p &gt; 1 - eps
 * @param rows           one entry per table row, in the table's order
 * @param entropy        H(Y|X): mean over rows of H(Y|X=x)
 * @param crossEntropy   mean over rows of CE(x); +infinity when some target has p = 0
 * @param floor          mean over rows of log2 |S(x)|
 * @param correct        rows whose single most probable y is a target (ties count as wrong)
 * @param ties           rows whose top probabilities tie within 1e-12
 * @param determined     determined relations, out of {@link #relations()}
 * @param determinedRows rows whose relations are all determined
 */
public record RelationsReport(String net, String table, List<String> outputs, String output, double eps,
                              List<Row> rows, double entropy, double crossEntropy, double floor, int correct,
                              int ties, long determined, int determinedRows) implements Report {
    /** Top probabilities closer than this are a tie: round-off never picks a winner. */
    public static final double TIE = 1e-12;

    public RelationsReport {
        outputs = List.copyOf(outputs);
        rows = List.copyOf(rows);
    }

    @Override public String kind() { return "relations"; }

    @Override public <R> R accept(Visitor<R> v) { return v.relations(this); }

    /** The text form, as {@link TextRenderer} writes it. */
    @Override public String toString() { return TextRenderer.render(this); }

    /** The share of rows whose most probable y is a target; 0 for a table without rows. */
    public double accuracy() { return rows.isEmpty() ? 0 : (double) correct / rows.size(); }

    /** The number of relations in scope: rows times |Y|. */
    public long relations() { return (long) rows.size() * outputs.size(); }

    /**
     * One input x of the table.
     *
     * @param x            the input state
     * @param input        the encoded vector fed to the net
     * @param targets      S(x), in the order of Y
     * @param p            p(y|x) for every y of {@code outputs}
     * @param entropy      H(Y|X=x) = sum over y of -p log2 p
     * @param crossEntropy CE(x) = -sum over y in S(x) of log2 p(y|x) / |S(x)|
     * @param floor        log2 |S(x)|
     * @param top          the index of the most probable y, or -1 on a tie or a NaN
     * @param tie          the top probabilities are within 1e-12 of each other
     * @param correct      top is a target
     * @param determined   how many of the row's relations are determined
     */
    public record Row(String x, double[] input, List<String> targets, double[] p, double entropy,
                      double crossEntropy, double floor, int top, boolean tie, boolean correct, int determined) {
        public Row {
            input = input.clone();
            targets = List.copyOf(targets);
            p = p.clone();
        }

        /** A copy of the encoded input. */
        @Override public double[] input() { return input.clone(); }

        /** A copy of p(y|x) over Y. */
        @Override public double[] p() { return p.clone(); }

        /** p(y|x) for the y at index y of Y, without copying. */
        public double p(int y) { return p[y]; }

        /** The number of states of Y. */
        public int size() { return p.length; }

        /** The encoded input value at position i, without copying. */
        public double input(int i) { return input[i]; }

        public int inputWidth() { return input.length; }

        /** True when every relation of the row is determined. */
        public boolean isDetermined() { return determined == p.length; }

        @Override public boolean equals(Object o) {
            return o instanceof Row r && r.x.equals(x) && Arrays.equals(r.input, input) && r.targets.equals(targets)
                    && Arrays.equals(r.p, p) && r.top == top && r.tie == tie && r.correct == correct
                    && r.determined == determined && Double.compare(r.entropy, entropy) == 0
                    && Double.compare(r.crossEntropy, crossEntropy) == 0 && Double.compare(r.floor, floor) == 0;
        }

        @Override public int hashCode() { return x.hashCode() * 31 + Arrays.hashCode(p); }

        @Override public String toString() {
            return x + " -> " + String.join("|", targets) + ": p " + Arrays.toString(p) + ", H " + entropy
                    + ", CE " + crossEntropy + (tie ? ", tie" : "");
        }
    }
}
