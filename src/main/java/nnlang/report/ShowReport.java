package nnlang.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlang.model.Layer;
import nnlang.model.Net;

/**
 * A net's architecture and every weight, enough to recompute all its outputs:
 * z = input . w + b per layer, then the layer's activation.
 *
 * @param net          the net's name
 * @param encoding     the input encoding word: bits, scalar or onehot
 * @param inputWidth   the number of input nodes
 * @param inputStates  X in order
 * @param output       "sigmoid" (one node, two states), "bits" (k sigmoid nodes) or "softmax"
 * @param outputStates Y as the model sees it, in order
 * @param params       the number of weights and biases
 * @param layers       the dense layers in order; the last one is the output layer
 */
public record ShowReport(String net, String encoding, int inputWidth, List<String> inputStates, String output,
                         List<String> outputStates, int params, List<Weights> layers) implements Report {
    public ShowReport {
        inputStates = List.copyOf(inputStates);
        outputStates = List.copyOf(outputStates);
        layers = List.copyOf(layers);
    }

    public static ShowReport of(Net net) {
        List<Weights> layers = new ArrayList<>();
        for (Layer l : net.layers()) {
            int n = l.inputs(), m = l.nodes();
            double[][] w = new double[n][];
            for (int i = 0; i < n; i++) w[i] = Arrays.copyOfRange(l.W.data, i * m, i * m + m);
            layers.add(new Weights(l.activation.word(), w, Arrays.copyOf(l.b.data, m), l.groups()));
        }
        return new ShowReport(net.name(), net.encoding().word(), net.inputWidth(), net.inputs().states(),
                net.output().reportWord(), net.output().space().states(), net.parameterCount(), layers);
    }

    @Override public String kind() { return "show"; }

    @Override public <R> R accept(Visitor<R> v) { return v.show(this); }

    @Override public String toString() { return TextRenderer.render(this); }

    /**
     * One dense layer: w has one row per input of the layer and one column per node.
     *
     * @param activation the activation word (sigmoid, tanh, relu, leaky_relu, linear, softmax)
     * @param w          weights, rows = inputs, columns = nodes; in a layer of several groups the
     *                   full matrix, 0 where a weight does not exist (outside the blocks)
     * @param b          one bias per node
     * @param groups     G: node group g sees only input group g (1: every node sees every input)
     */
    public record Weights(String activation, double[][] w, double[] b, int groups) {
        public Weights {
            w = deepCopy(w);
            b = b.clone();
        }

        public Weights(String activation, double[][] w, double[] b) { this(activation, w, b, 1); }

        @Override public double[][] w() { return deepCopy(w); }

        @Override public double[] b() { return b.clone(); }

        /** The weight from input i to node j, without copying. */
        public double w(int i, int j) { return w[i][j]; }

        /** The bias of node j, without copying. */
        public double b(int j) { return b[j]; }

        public int inputs() { return w.length; }

        public int nodes() { return b.length; }

        private static double[][] deepCopy(double[][] a) {
            double[][] c = new double[a.length][];
            for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
            return c;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Weights x && x.activation.equals(activation) && Arrays.deepEquals(x.w, w)
                    && Arrays.equals(x.b, b);
        }

        @Override public int hashCode() { return Arrays.deepHashCode(w) * 31 + Arrays.hashCode(b); }

        @Override public String toString() {
            return activation + " w " + Arrays.deepToString(w) + " b " + Arrays.toString(b);
        }
    }
}
