package nnlang.model;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.CodingException;
import nnlang.data.OutputCoding;
import nnlang.data.OutputKind;
import nnlang.data.Space;

/** Binds a written net to a table's spaces: infers the sizes left out and checks those given. */
public final class NetBuilder {
    /** Layers wider than this are refused before anything is allocated. */
    public static final int MAX_NODES = 4096;
    /** A net with more weights than this is refused before anything is allocated. */
    public static final long MAX_PARAMETERS = 20_000_000L;

    private NetBuilder() {}

    /** A net with the shape the spec asks for on these spaces, all weights zero. */
    public static Net build(String name, NetSpec spec, Space xs, Space ys) throws CodingException {
        if (spec.input() == nnlang.data.InputEncoding.BITS) checkEvenBits(xs, "inputs");
        if (spec.output() == OutputKind.SIGMOID) checkEvenBits(ys, "outputs");
        int width = spec.input().width(xs);
        if (spec.inputSize() != null && spec.inputSize() != width) {
            throw new CodingException("net " + name + " says " + spec.inputSize() + " inputs, but " + spec.input().word()
                    + " encodes the table's inputs " + xs + " in " + width);
        }
        OutputCoding out = OutputCoding.forSpace(spec.output(), ys);
        if (spec.outputSize() != null && spec.outputSize() != out.nodes()) {
            throw new CodingException("net " + name + " says " + spec.outputSize() + " outputs, but " + spec.output().word()
                    + " needs " + out.nodes() + " for the table's outputs " + ys);
        }
        List<Layer> layers = new ArrayList<>();
        long params = 0;
        int in = width;
        for (int l = 0; l < spec.hidden().size(); l++) {
            LayerSpec h = spec.hidden().get(l);
            params += checkedSize(name, in, h.size());
            if (in % h.groups() != 0 || h.size() % h.groups() != 0) {
                throw new CodingException("layer " + (l + 1) + " of net " + name + " has " + h.groups() + " groups, which must "
                        + "divide its " + in + " inputs" + (l == 0 ? " (" + spec.input().word() + " encodes the table's inputs "
                        + xs + " in " + in + ")" : "") + " and its " + h.size() + " nodes");
            }
            layers.add(new Layer(in, h.size(), h.activation(), h.groups()));
            in = h.size();
        }
        params += checkedSize(name, in, out.nodes());
        if (params > MAX_PARAMETERS) throw new CodingException("net " + name + " would have " + params
                + " parameters (the limit is " + MAX_PARAMETERS + ")");
        Activation last = spec.output() == OutputKind.SOFTMAX ? Activation.SOFTMAX : Activation.SIGMOID;
        layers.add(new Layer(in, out.nodes(), last));
        return new Net(name, spec, xs, out, layers);
    }

    /**
     * States written in 0 and 1 but of different widths (0 and 01) are almost always a typo; read
     * as symbols they would be numbered silently, so they are refused with the widths named.
     */
    private static void checkEvenBits(Space space, String which) throws CodingException {
        if (space.isBits()) return;
        String first = null;
        for (String state : space.states()) {
            if (!nnlang.data.Bits.isBitString(state)) return;
            if (first == null) first = state;
            else if (state.length() != first.length()) {
                throw new CodingException("the table's " + which + " look like bit strings but differ in width ("
                        + first + " has " + first.length() + ", " + state + " has " + state.length()
                        + "); write every state with the same number of bits");
            }
        }
    }

    private static long checkedSize(String name, int in, int nodes) throws CodingException {
        if (nodes > MAX_NODES || in > MAX_NODES) throw new CodingException("net " + name + " asks for a layer of "
                + Math.max(nodes, in) + " nodes (the limit is " + MAX_NODES + ")");
        return (long) in * nodes + nodes;
    }
}
