package nnlang.data;

/**
 * The model's output space and how p(y|x) is read from the output nodes (DESIGN.md section 2).
 * For k-bit sigmoid outputs the space is all 2^k strings, seen in the table or not.
 *
 * @param kind  sigmoid or softmax
 * @param space Y as the model sees it, in order
 * @param nodes the number of output nodes
 */
public record OutputCoding(OutputKind kind, Space space, int nodes) implements java.io.Serializable {
    /** The largest k for k independent sigmoid outputs: 2^k states are enumerated in reports. */
    public static final int MAX_SIGMOID_BITS = 12;

    /** The coding for a table's output space, or an explanation of why it cannot fit. */
    public static OutputCoding forSpace(OutputKind kind, Space ys) throws CodingException {
        if (kind == OutputKind.SOFTMAX) {
            if (ys.size() < 2) throw new CodingException("softmax needs at least two output states; the table has "
                    + ys.size());
            return new OutputCoding(kind, ys, ys.size());
        }
        if (ys.isBits() && ys.bitWidth() > 1) {
            if (ys.bitWidth() > MAX_SIGMOID_BITS) throw new CodingException("a sigmoid output of "
                    + ys.bitWidth() + " bits is too wide (at most " + MAX_SIGMOID_BITS + ")");
            return new OutputCoding(kind, Space.allBits(ys.bitWidth()), ys.bitWidth());
        }
        if (ys.isBits()) return new OutputCoding(kind, Space.allBits(1), 1);
        if (ys.size() != 2) throw new CodingException("one sigmoid node fits two output states or k-bit states; "
                + "the table has " + ys.size() + " output states " + ys + "; use softmax");
        return new OutputCoding(kind, ys, 1);
    }

    /** The output as reports name it: "sigmoid" for one node on two states, "bits" for k sigmoid nodes, "softmax". */
    public String reportWord() {
        if (kind == OutputKind.SOFTMAX) return "softmax";
        return nodes == 1 ? "sigmoid" : "bits";
    }

    /**
     * p(y|x) for every y of the space, from the output activations a.
     * Sigmoid: p(y) = product over bits of (a_i if y_i = 1 else 1 - a_i); softmax: as is.
     */
    public void probabilities(double[] a, double[] p) {
        if (kind == OutputKind.SOFTMAX) {
            System.arraycopy(a, 0, p, 0, nodes);
            return;
        }
        if (nodes == 1 && !space.isBits()) {
            p[0] = 1 - a[0];
            p[1] = a[0];
            return;
        }
        for (int y = 0; y < space.size(); y++) {
            double prob = 1;
            for (int i = 0; i < nodes; i++) {
                boolean one = ((y >> (nodes - 1 - i)) & 1) == 1;
                prob *= one ? a[i] : 1 - a[i];
            }
            p[y] = prob;
        }
    }

    /**
     * The training target for a row: per sigmoid node, the share of S(x) whose bit is 1
     * (for two symbolic states, the share that is the second state); per softmax node, 1/|S(x)|
     * for each target.
     */
    public void target(Row row, double[] t, int offset) {
        java.util.Arrays.fill(t, offset, offset + nodes, 0);
        double w = 1.0 / row.targets().size();
        for (String y : row.targets()) {
            int yi = space.indexOf(y);
            if (kind == OutputKind.SOFTMAX) {
                t[offset + yi] += w;
            } else if (nodes == 1 && !space.isBits()) {
                if (yi == 1) t[offset] += w;
            } else {
                for (int i = 0; i < nodes; i++) if (y.charAt(i) == '1') t[offset + i] += w;
            }
        }
    }
}
