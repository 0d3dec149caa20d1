package nnlang.run;

import java.util.List;

import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.model.Net;
import nnlang.model.NodeNames;

/** Resolves the statements that look inside a trained net: hidden (per-node activations) and ablate. */
final class ProbeStatements {
    static final int MAX_BINS = 64;

    private ProbeStatements() {}

    static Plan hidden(Statement.Hidden s, Resolver r) throws NnError {
        Resolver.NetOnTable found = r.netOnTable(s.net(), s.table());
        Net net = found.net();
        if (net.layers().size() < 2) {
            throw r.fail.at(s.net().span(), "net " + net.name() + " has no hidden layer to look into");
        }
        int bins = 2;
        if (s.bins() != null) {
            if (!s.bins().isInt() || s.bins().value() < 2 || s.bins().value() > MAX_BINS) {
                throw r.fail.at(s.bins().span(), "bins is a whole number from 2 to " + MAX_BINS);
            }
            bins = (int) s.bins().value();
        }
        if (s.view() != null) {
            if (!s.view().text().equals("space")) {
                throw r.fail.at(s.view().span(), "hidden takes 'space' here, not '" + s.view() + "'",
                        nnlang.lang.Suggest.hint(s.view().text(), List.of("space")));
            }
            if (s.bins() != null) throw r.fail.at(s.bins().span(), "bins has no use with space");
            return new Plan.HiddenSpace(net.name(), found.table());
        }
        return new Plan.Hidden(net.name(), found.table(), bins);
    }

    static Plan ablate(Statement.Ablate s, Resolver r) throws NnError {
        Resolver.NetOnTable found = r.netOnTable(s.net(), s.table());
        Net net = found.net();
        int[] node = NodeNames.parse(net, s.node().text());
        if (node == null) {
            String names = NodeNames.all(net).isEmpty() ? "it has no hidden layer"
                    : "its hidden nodes are " + String.join(", ", NodeNames.all(net));
            throw r.fail.at(s.node().span(), "net " + net.name() + " has no hidden node '" + s.node() + "'; " + names,
                    Suggest.hint(s.node().text(), NodeNames.all(net)));
        }
        return new Plan.Ablate(net.name(), found.table(), node[0], node[1]);
    }
}
