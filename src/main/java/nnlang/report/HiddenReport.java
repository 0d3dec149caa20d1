package nnlang.report;

import java.util.Arrays;
import java.util.List;

/**
 * What the hidden layers of a net do on a table (DESIGN.md section 2, "Hidden layers"), built by
 * {@link nnlang.info.HiddenLayers#of}. All entropies in bits, with p_data(x) uniform over the rows.
 *
 * @param net     the net's name
 * @param table   the table's name
 * @param bins    B: each node's range over the inputs is cut into B equal bins
 * @param inputs  the table's input states, in row order (the order of every per-input array)
 * @param hY      H(Y) of the data, p_data(y) = mean over rows of 1/|S(x)| for y in S(x)
 * @param floor   mean over rows of log2 |S(x)|: no code can get I(T;Y) above H(Y) - floor
 * @param layers  the hidden layers in order (empty for a net without one)
 * @param readout how the output layer reads the last hidden layer; null when there is no hidden layer
 */
public record HiddenReport(String net, String table, int bins, List<String> inputs, double hY, double floor,
                           List<Layer> layers, Readout readout) implements Report {
    public HiddenReport {
        inputs = List.copyOf(inputs);
        layers = List.copyOf(layers);
    }

    @Override public String kind() { return "hidden"; }

    @Override public <R> R accept(Visitor<R> v) { return v.hidden(this); }

    @Override public String toString() { return TextRenderer.render(this); }

    /**
     * One hidden layer.
     *
     * @param number     the layer's number, counted from 1
     * @param activation the activation word of its nodes
     * @param idleBelow  a node whose share is below this is idle
     * @param nodes      its nodes in order
     * @param codes      T(x) per input: the binned state of every node, one digit per node (B &lt;= 10)
     *                   or the bins joined by '.'
     * @param distinct   the number of distinct codes
     * @param hT         H(T)
     * @param iTY        I(T;Y) = H(Y) - H(Y|T)
     */
    public record Layer(int number, String activation, double idleBelow, List<Node> nodes, List<String> codes,
                        int distinct, double hT, double iTY) {
        public Layer {
            nodes = List.copyOf(nodes);
            codes = List.copyOf(codes);
        }

        /** The number of nodes that are idle. */
        public int idle() {
            int n = 0;
            for (Node node : nodes) if (node.idle()) n++;
            return n;
        }
    }

    /**
     * One hidden node.
     *
     * @param name        its name in the language (h1, or h2_1 in a deeper net)
     * @param activations its activation per input, in the order of {@link HiddenReport#inputs()}
     * @param variants    the number of distinct bins its activations fall in (1 for a constant node)
     * @param spread      max - min of its activations over the inputs (0 for a constant node)
     * @param outgoing    the sum of |w| over its outgoing weights
     * @param share       spread x outgoing, normalised over the layer (equal shares when all are 0)
     * @param idle        share below the layer's idleBelow, or no work at all
     * @param on          the inputs in the upper half of its range (none for a constant node)
     * @param gate        the function of the inputs that on spells (OR, NAND, x1, ...), or null
     */
    public record Node(String name, double[] activations, int variants, double spread, double outgoing,
                       double share, boolean idle, List<String> on, String gate) {
        public Node {
            activations = activations.clone();
            on = List.copyOf(on);
        }

        @Override public double[] activations() { return activations.clone(); }

        /** The activation for the input at position x of the report's inputs, without copying. */
        public double activation(int x) { return activations[x]; }

        @Override public boolean equals(Object o) {
            return o instanceof Node n && n.name.equals(name) && Arrays.equals(n.activations, activations)
                    && n.variants == variants && Double.compare(n.spread, spread) == 0
                    && Double.compare(n.outgoing, outgoing) == 0 && Double.compare(n.share, share) == 0
                    && n.idle == idle && n.on.equals(on) && java.util.Objects.equals(n.gate, gate);
        }

        @Override public int hashCode() { return name.hashCode() * 31 + Arrays.hashCode(activations); }

        @Override public String toString() {
            return name + ": " + Arrays.toString(activations) + ", variants " + variants + ", share " + share
                    + (idle ? ", idle" : "") + (gate == null ? "" : ", " + gate);
        }
    }

    /**
     * The output layer reading the last hidden layer's activations h: z = h w + b, linear in h.
     *
     * @param outputs Y as the model sees it, in order
     * @param output  "sigmoid", "bits" or "softmax"
     * @param rows    one per input, in order
     * @param correct rows whose single most probable y is a target
     */
    public record Readout(List<String> outputs, String output, List<Row> rows, int correct) {
        public Readout {
            outputs = List.copyOf(outputs);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One input as the output layer reads it.
     *
     * @param x       the input state
     * @param code    T(x) of the last hidden layer
     * @param z       the output layer's z = h w + b, one per output node
     * @param p       p(y|x) over Y
     * @param targets S(x)
     * @param top     the index of the most probable y, or -1 on a tie or a NaN
     * @param correct top is a target
     */
    public record Row(String x, String code, double[] z, double[] p, List<String> targets, int top,
                      boolean correct) {
        public Row {
            z = z.clone();
            p = p.clone();
            targets = List.copyOf(targets);
        }

        @Override public double[] z() { return z.clone(); }

        @Override public double[] p() { return p.clone(); }

        public double z(int i) { return z[i]; }

        public double p(int y) { return p[y]; }

        @Override public boolean equals(Object o) {
            return o instanceof Row r && r.x.equals(x) && r.code.equals(code) && Arrays.equals(r.z, z)
                    && Arrays.equals(r.p, p) && r.targets.equals(targets) && r.top == top && r.correct == correct;
        }

        @Override public int hashCode() { return x.hashCode() * 31 + Arrays.hashCode(z); }

        @Override public String toString() {
            return x + " code " + code + ": z " + Arrays.toString(z) + ", p " + Arrays.toString(p);
        }
    }
}
