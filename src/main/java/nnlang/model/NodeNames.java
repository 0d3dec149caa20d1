package nnlang.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of hidden nodes as the language writes them. In a net with one hidden layer the nodes
 * are h1, h2, ...; in a net with several they are hL_J, layer L and node J both counted from 1
 * (h1_1, h1_2, ..., h2_1). The long form hL_J is also accepted in a net with one hidden layer
 * (h1_2 is h2 there); the short form hJ is refused in a deeper net, where it would be ambiguous.
 */
public final class NodeNames {
    // no leading zeros, at most 9 digits so that the numbers fit an int
    private static final Pattern NAME = Pattern.compile("h([1-9][0-9]{0,8})(?:_([1-9][0-9]{0,8}))?");

    private NodeNames() {}

    /** The name of node {@code node} (0-based) of hidden layer {@code layer} (0-based). */
    public static String name(Net net, int layer, int node) {
        return hiddenLayers(net) == 1 ? "h" + (node + 1) : "h" + (layer + 1) + "_" + (node + 1);
    }

    /** {layer, node}, both 0-based, or null when the name is not a hidden node of this net. */
    public static int[] parse(Net net, String name) {
        if (name == null) return null;
        Matcher m = NAME.matcher(name);
        if (!m.matches()) return null;
        int hidden = hiddenLayers(net);
        int layer, node;
        if (m.group(2) == null) {
            if (hidden != 1) return null;
            layer = 0;
            node = Integer.parseInt(m.group(1)) - 1;
        } else {
            layer = Integer.parseInt(m.group(1)) - 1;
            node = Integer.parseInt(m.group(2)) - 1;
        }
        if (layer >= hidden || node >= net.layer(layer).nodes()) return null;
        return new int[] {layer, node};
    }

    /** Every hidden node's name, layer by layer, for messages and completion. */
    public static List<String> all(Net net) {
        List<String> names = new ArrayList<>();
        for (int l = 0; l < hiddenLayers(net); l++) {
            for (int j = 0; j < net.layer(l).nodes(); j++) names.add(name(net, l, j));
        }
        return names;
    }

    /** The number of hidden layers: every layer but the output layer. */
    public static int hiddenLayers(Net net) { return net.layers().size() - 1; }
}
