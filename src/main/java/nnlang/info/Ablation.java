package nnlang.info;

import java.util.function.BooleanSupplier;
import nnlang.data.Table;
import nnlang.model.Layer;
import nnlang.model.Net;
import nnlang.model.NodeNames;
import nnlang.report.AblationReport;

/**
 * Silencing a hidden node: a copy of the net in which the node's outgoing weights (its row of the
 * next layer's W) are 0, so that the next layer receives 0 from it whatever the input. For tanh,
 * relu, leaky_relu and linear nodes 0 is the resting value; for a sigmoid node it is the bottom
 * of its range (its resting value would be 1/2). The net itself is not changed.
 */
public final class Ablation {
    private Ablation() {}

    /**
     * The relations of net on table before and after silencing node {@code node} (0-based) of
     * hidden layer {@code layer} (0-based), as {@link NodeNames#parse} gives them; eps as in
     * {@link Relations#of(Net, Table, double)}.
     */
    public static AblationReport of(Net net, Table table, int layer, int node, double eps) {
        return of(net, table, layer, node, eps, ReportStop.NEVER);
    }

    /** The same, polling stop before each row ({@link ReportStop}). */
    public static AblationReport of(Net net, Table table, int layer, int node, double eps, BooleanSupplier stop) {
        int hidden = NodeNames.hiddenLayers(net);
        if (layer < 0 || layer >= hidden || node < 0 || node >= net.layer(layer).nodes()) {
            throw new IllegalArgumentException("net " + net.name() + " has no hidden node " + (layer + 1) + "_" + (node + 1));
        }
        Net silenced = silence(net, layer, node);
        return new AblationReport(net.name(), table.name(), NodeNames.name(net, layer, node), layer + 1,
                net.layer(layer).activation.word(), layer + 1 == hidden, Relations.of(net, table, eps, stop),
                Relations.of(silenced, table, eps, stop));
    }

    /** A copy of net with W_next[node][k] = 0 for every node k of the next layer. */
    public static Net silence(Net net, int layer, int node) {
        Net copy = net.copy();
        Layer next = copy.layer(layer + 1);
        for (int k = 0; k < next.nodes(); k++) next.W.data[node * next.nodes() + k] = 0;
        return copy;
    }
}
