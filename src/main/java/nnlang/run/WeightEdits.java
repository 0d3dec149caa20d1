package nnlang.run;

import nnlang.lang.NnError;
import nnlang.lang.Num;
import nnlang.lang.Statement;
import nnlang.model.Layer;
import nnlang.model.Net;

/**
 * {@code set NET layer L w[i][j] = V} and {@code set NET layer L b[j] = V}: one weight or bias
 * by hand. L counts the dense layers from 1 (the output layer is the last), i is the input of
 * the layer and j its node, both from 0, as show prints them. The net is copied, so a failed set
 * changes nothing.
 */
final class WeightEdits {
    private WeightEdits() {}

    static Plan resolve(Statement.SetWeight s, Resolver r) throws NnError {
        Failure fail = r.fail;
        NetEntry entry = r.netEntry(s.net());
        if (!entry.hasWeights()) {
            throw fail.at(s.net().span(), "net " + s.net() + " has no weights yet",
                    "train it first, or write it with its weights");
        }
        Net net = entry.net();
        int count = net.layers().size();
        int l = index(s.layer(), 1, count, "net " + net.name() + " has " + layers(count) + ": layer must be "
                + range(1, count), fail);
        Layer layer = net.layer(l - 1);
        String which = "layer " + l + " of " + net.name();
        String param = s.param().text();
        int i, j;
        if (param.equals("w")) {
            if (s.indices().size() != 2) {
                throw fail.at(s.param().span(), "w takes two indices: w[i][j], i the input and j the node");
            }
            i = index(s.indices().get(0), 0, layer.inputs() - 1, which + " has " + count(layer.inputs(), "input")
                    + ": i must be " + range(0, layer.inputs() - 1), fail);
            j = index(s.indices().get(1), 0, layer.nodes() - 1, which + " has " + count(layer.nodes(), "node")
                    + ": j must be " + range(0, layer.nodes() - 1), fail);
            if (!layer.present(i, j)) {
                int g = layer.groups();
                throw fail.at(s.param().span(), which + " has " + g + " groups: w[" + i + "][" + j + "] joins input " + i
                        + " (group " + i / (layer.inputs() / g) + ") to node " + j + " (group " + j / (layer.nodes() / g)
                        + "), a weight that does not exist", "node group g sees only input group g");
            }
        } else if (param.equals("b")) {
            if (s.indices().size() != 1) throw fail.at(s.param().span(), "b takes one index: b[j], j the node");
            i = -1;
            j = index(s.indices().get(0), 0, layer.nodes() - 1, which + " has " + count(layer.nodes(), "node")
                    + ": j must be " + range(0, layer.nodes() - 1), fail);
        } else {
            throw fail.at(s.param().span(), "expected w[i][j] (a weight) or b[j] (a bias), found '" + param + "'");
        }
        double v = WeightedNets.finite(s.value(), fail);
        return new Plan.SetWeight(entry.name(), l - 1, i, j, v);
    }

    /** The net with the one weight or bias set: a copy, the session's net is not touched. */
    static NetEntry apply(Plan.SetWeight p, NetEntry entry) {
        Net edited = entry.net().copy();
        Layer target = edited.layer(p.layer());
        if (p.i() >= 0) target.W.data[p.i() * target.nodes() + p.j()] = p.value();
        else target.b.data[p.j()] = p.value();
        return new NetEntry(entry.name(), entry.spec(), edited, entry.trainedOn(), entry.lastTraining());
    }

    private static int index(Num n, int min, int max, String message, Failure fail) throws NnError {
        if (!n.isInt() || n.value() < min || n.value() > max) throw fail.at(n.span(), message);
        return (int) n.value();
    }

    private static String range(int min, int max) {
        if (min == max) return Integer.toString(min);
        if (max == min + 1) return min + " or " + max;
        return "from " + min + " to " + max;
    }

    private static String layers(int n) {
        return n == 1 ? "1 layer (the output)" : n + " layers (" + (n - 1) + " hidden and the output)";
    }

    private static String count(int n, String what) { return n + " " + what + (n == 1 ? "" : "s"); }
}
