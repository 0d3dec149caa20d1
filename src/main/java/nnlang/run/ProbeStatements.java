package nnlang.run;

import nnlang.data.Table;
import nnlang.info.Ablation;
import nnlang.info.HiddenLayers;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.model.Net;
import nnlang.model.NodeNames;
import nnlang.report.Report;

/** The statements that look inside a trained net: hidden (per-node activations) and ablate. */
final class ProbeStatements {
    static final int MAX_BINS = 64;

    private ProbeStatements() {}

    /** The hidden report, or null in check mode. */
    static Report hidden(Statement.Hidden s, Interpreter in, Failure fail) throws NnError {
        Interpreter.NetOnTable found = in.netOnTable(s.net(), s.table(), fail);
        Net net = found.net();
        Table table = found.table();
        if (net.layers().size() < 2) {
            throw fail.at(s.net().span(), "net " + net.name() + " has no hidden layer to look into");
        }
        int bins = 2;
        if (s.bins() != null) {
            if (!s.bins().isInt() || s.bins().value() < 2 || s.bins().value() > MAX_BINS) {
                throw fail.at(s.bins().span(), "bins is a whole number from 2 to " + MAX_BINS);
            }
            bins = (int) s.bins().value();
        }
        return in.mode() == Interpreter.Mode.CHECK ? null : HiddenLayers.of(net, table, bins);
    }

    /** The ablation report, or null in check mode. */
    static Report ablate(Statement.Ablate s, Interpreter in, Failure fail) throws NnError {
        Interpreter.NetOnTable found = in.netOnTable(s.net(), s.table(), fail);
        Net net = found.net();
        Table table = found.table();
        int[] node = NodeNames.parse(net, s.node().text());
        if (node == null) {
            String names = NodeNames.all(net).isEmpty() ? "it has no hidden layer"
                    : "its hidden nodes are " + String.join(", ", NodeNames.all(net));
            throw fail.at(s.node().span(), "net " + net.name() + " has no hidden node '" + s.node() + "'; " + names,
                    Suggest.hint(s.node().text(), NodeNames.all(net)));
        }
        return in.mode() == Interpreter.Mode.CHECK ? null
                : Ablation.of(net, table, node[0], node[1], Interpreter.DEFAULT_EPS);
    }
}
