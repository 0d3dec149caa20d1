package nnlang.model;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.InputEncoding;
import nnlang.data.OutputCoding;
import nnlang.data.Space;

/**
 * A network bound to the state spaces it maps: the input space and its encoding, the dense
 * layers (the last one is the output layer), and how p(y|x) is read from the output nodes.
 */
public final class Net implements java.io.Serializable {
    private final String name;
    private final NetSpec spec;
    private final Space inputs;
    private final OutputCoding output;
    private final List<Layer> layers;

    public Net(String name, NetSpec spec, Space inputs, OutputCoding output, List<Layer> layers) {
        this.name = name;
        this.spec = spec;
        this.inputs = inputs;
        this.output = output;
        this.layers = List.copyOf(layers);
    }

    public String name() { return name; }

    public NetSpec spec() { return spec; }

    public InputEncoding encoding() { return spec.input(); }

    public Space inputs() { return inputs; }

    public OutputCoding output() { return output; }

    public List<Layer> layers() { return layers; }

    public Layer layer(int i) { return layers.get(i); }

    public int inputWidth() { return layers.get(0).inputs(); }

    /** Layer sizes from input to output, e.g. [2, 2, 1]. */
    public int[] sizes() {
        int[] s = new int[layers.size() + 1];
        s[0] = inputWidth();
        for (int i = 0; i < layers.size(); i++) s[i + 1] = layers.get(i).nodes();
        return s;
    }

    public int parameterCount() {
        int n = 0;
        for (Layer l : layers) n += l.parameterCount();
        return n;
    }

    /** A deep copy: training works on a copy so that a failed statement changes nothing. */
    public Net copy() { return renamed(name); }

    public Net renamed(String newName) {
        List<Layer> copies = new ArrayList<>();
        for (Layer l : layers) copies.add(l.copy());
        return new Net(newName, spec, inputs, output, copies);
    }

    /** The encoded input vector of input state index x. */
    public double[] encode(int x) { return spec.input().encode(inputs, x); }

    /** The activations of every layer for one input vector; the last entry is the output layer. */
    public double[][] activations(double[] input) {
        double[][] a = new double[layers.size()][];
        double[] in = input;
        for (int l = 0; l < layers.size(); l++) {
            a[l] = layers.get(l).forward(in);
            in = a[l];
        }
        return a;
    }

    /** The output activations for one input vector. */
    public double[] forward(double[] input) {
        double[][] a = activations(input);
        return a[a.length - 1];
    }

    /** p(y|x) over the output space for one input vector. */
    public double[] probabilities(double[] input) {
        double[] p = new double[output.space().size()];
        output.probabilities(forward(input), p);
        return p;
    }

    @Override public String toString() {
        StringBuilder s = new StringBuilder("net " + name + " = " + spec.input().word() + " " + inputWidth());
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            s.append(" -> ").append(i == layers.size() - 1 ? output.kind().word() + " " + l.nodes()
                    : l.nodes() + " " + l.activation.word() + (l.groups() > 1 ? " groups " + l.groups() : ""));
        }
        return s.append(" (").append(parameterCount()).append(" parameters)").toString();
    }
}
