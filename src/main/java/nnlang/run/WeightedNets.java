package nnlang.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nnlang.data.CodingException;
import nnlang.data.InputEncoding;
import nnlang.data.OutputCoding;
import nnlang.data.OutputKind;
import nnlang.data.Space;
import nnlang.lang.NnError;
import nnlang.lang.Num;
import nnlang.lang.Span;
import nnlang.lang.Statement;
import nnlang.lang.Word;
import nnlang.model.Activation;
import nnlang.model.Layer;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;

/**
 * A net statement that carries its weights (as save writes it, or typed by hand) defines a net
 * that has weights at once: bound to the states it lists, every matrix checked for its shape and
 * every number for being finite.
 */
final class WeightedNets {
    /** The most states a net's input or output list may hold (as many as a table's rows). */
    static final int MAX_STATES = CsvTables.MAX_ROWS;

    private WeightedNets() {}

    /** The session entry of a net statement: a definition, or a net with weights. */
    static NetEntry entry(Statement.NetDef s, Failure fail) throws NnError {
        NetSpec spec = NetStatements.spec(s, fail);
        if (!s.hasWeights()) {
            List<Word> listed = s.inputStates() != null ? s.inputStates() : s.outputStates();
            if (listed != null) {
                throw fail.at(listed.get(0).span(), "states are listed only in a net written with its weights",
                        "add { w [[...]] b [...] } to every layer, or drop the list");
            }
            return NetEntry.defined(s.name().text(), spec);
        }
        return new NetEntry(s.name().text(), spec, bind(s, spec, fail), null, null);
    }

    private static Net bind(Statement.NetDef s, NetSpec spec, Failure fail) throws NnError {
        String name = s.name().text();
        for (int l = 0; l < s.layers().size(); l++) {
            Statement.LayerNode node = s.layers().get(l);
            if (node.weights() == null) {
                throw fail.at(node.activation().span(), "layer " + (l + 1) + " of " + name + " has no weights; "
                        + "a net written with weights needs them in every layer", "add { w [[...]] b [...] }");
            }
        }
        if (s.outputWeights() == null) {
            throw fail.at(s.output().span(), "the output layer of " + name + " has no weights; "
                    + "a net written with weights needs them in every layer", "add { w [[...]] b [...] }");
        }
        Space inputs = inputSpace(s, spec.input(), fail);
        int width = spec.input().width(inputs);
        if (s.inputSize() != null && spec.inputSize() != width) {
            throw fail.at(s.inputSize().span(), "input " + spec.input().word() + " " + spec.inputSize() + " does not fit "
                    + inputs.size() + " states " + inputs + ": " + spec.input().word() + " encodes them in " + width);
        }
        if (width > NetBuilder.MAX_NODES) {
            throw fail.at(s.encoding().span(), "an input of " + width + " nodes is too large (the limit is "
                    + NetBuilder.MAX_NODES + ")");
        }
        OutputCoding out = outputCoding(s, spec.output(), fail);
        if (s.outputSize() != null && spec.outputSize() != out.nodes()) {
            throw fail.at(s.outputSize().span(), "output " + spec.output().word() + " " + spec.outputSize()
                    + " does not fit the states " + out.space() + ": they need " + out.nodes() + " nodes");
        }
        List<Layer> layers = new ArrayList<>();
        long parameters = 0;
        int in = width;
        for (int l = 0; l < s.layers().size(); l++) {
            int nodes = spec.hidden().get(l).size();
            parameters += (long) in * nodes + nodes;
            int groups = spec.hidden().get(l).groups();
            if (in % groups != 0) {
                throw fail.at(s.layers().get(l).groups().span(), "layer " + (l + 1) + " has " + in + " inputs, which "
                        + groups + " groups do not divide", "node group g sees input group g: both must be cut in " + groups);
            }
            parameters -= (long) in * nodes - (long) in * nodes / groups;
            layers.add(layer(s.layers().get(l).weights(), l + 1, in, nodes, spec.hidden().get(l).activation(), groups,
                    fail));
            in = nodes;
        }
        parameters += (long) in * out.nodes() + out.nodes();
        if (parameters > NetBuilder.MAX_PARAMETERS) {
            throw fail.at(s.name().span(), "net " + name + " would have " + parameters + " parameters (the limit is "
                    + NetBuilder.MAX_PARAMETERS + ")");
        }
        Activation last = spec.output() == OutputKind.SOFTMAX ? Activation.SOFTMAX : Activation.SIGMOID;
        layers.add(layer(s.outputWeights(), s.layers().size() + 1, in, out.nodes(), last, 1, fail));
        return new Net(name, spec, inputs, out, layers);
    }

    /** The listed input states; for bits without a list, all 2^n strings of the written width. */
    private static Space inputSpace(Statement.NetDef s, InputEncoding encoding, Failure fail) throws NnError {
        if (s.inputStates() != null) return space(s.inputStates(), fail);
        if (encoding == InputEncoding.BITS) {
            int n = s.inputSize() != null ? (int) s.inputSize().value() : firstWeights(s).w().size();
            if (n <= nnlang.data.Generators.MAX_BITS) return Space.allBits(n);
        }
        throw fail.at(s.encoding().span(), "a net written with weights lists its input states in order",
                "for example: input " + encoding.word() + " [a, b, c]");
    }

    private static Statement.Weights firstWeights(Statement.NetDef s) {
        return s.layers().isEmpty() ? s.outputWeights() : s.layers().get(0).weights();
    }

    private static OutputCoding outputCoding(Statement.NetDef s, OutputKind kind, Failure fail) throws NnError {
        Space ys;
        Span where;
        if (s.outputStates() != null) {
            ys = space(s.outputStates(), fail);
            where = s.outputStates().get(0).span();
        } else if (kind == OutputKind.SIGMOID) {
            int nodes = s.outputSize() != null ? (int) s.outputSize().value() : s.outputWeights().b().size();
            if (nodes > OutputCoding.MAX_SIGMOID_BITS) {
                throw fail.at(s.output().span(), "a sigmoid output of " + nodes + " bits is too wide (at most "
                        + OutputCoding.MAX_SIGMOID_BITS + ")");
            }
            ys = Space.allBits(nodes);
            where = s.output().span();
        } else {
            throw fail.at(s.output().span(), "a softmax output written with weights lists its states in order",
                    "for example: output softmax [bark, meow, moo]");
        }
        try {
            return OutputCoding.forSpace(kind, ys);
        } catch (CodingException e) {
            throw fail.at(where, e.getMessage());
        }
    }

    private static Space space(List<Word> states, Failure fail) throws NnError {
        if (states.size() > MAX_STATES) {
            throw fail.at(states.get(MAX_STATES).span(), "a net lists at most " + MAX_STATES + " states");
        }
        Set<String> seen = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (Word w : states) {
            if (!seen.add(w.text())) throw fail.at(w.span(), "state " + w + " is listed twice");
            texts.add(w.text());
        }
        return Space.of(texts);
    }

    /** Layer number (1-based) with its written weights, checked against in x nodes. */
    private static Layer layer(Statement.Weights ws, int number, int in, int nodes, Activation activation, int groups,
                               Failure fail) throws NnError {
        if (!ws.wKey().text().equals("w")) {
            throw fail.at(ws.wKey().span(), "expected w (the weights), found '" + ws.wKey() + "'");
        }
        if (!ws.bKey().text().equals("b")) {
            throw fail.at(ws.bKey().span(), "expected b (the biases), found '" + ws.bKey() + "'");
        }
        if (ws.w().size() != in) {
            throw fail.at(ws.wKey().span(), "w of layer " + number + " has " + rows(ws.w().size()) + "; it needs one row "
                    + "per input of the layer: " + in);
        }
        Layer layer = new Layer(in, nodes, activation, groups);
        for (int i = 0; i < in; i++) {
            List<Num> row = ws.w().get(i);
            if (row.size() != nodes) {
                throw fail.at(ws.rowSpans().get(i), "row " + i + " of w in layer " + number + " has " + numbers(row.size())
                        + "; it needs one per node of the layer: " + nodes);
            }
            for (int j = 0; j < nodes; j++) {
                double v = finite(row.get(j), fail);
                if (v != 0 && !layer.present(i, j)) {
                    throw fail.at(row.get(j).span(), "w[" + i + "][" + j + "] of layer " + number + " is outside the blocks of its "
                            + groups + " groups (input " + i + " is in group " + i / (in / groups) + ", node " + j
                            + " in group " + j / (nodes / groups) + "): that weight does not exist, write 0");
                }
                layer.W.data[i * nodes + j] = layer.present(i, j) ? v : 0;
            }
        }
        if (ws.b().size() != nodes) {
            throw fail.at(ws.bSpan(), "b of layer " + number + " has " + numbers(ws.b().size())
                    + "; it needs one per node of the layer: " + nodes);
        }
        for (int j = 0; j < nodes; j++) layer.b.data[j] = finite(ws.b().get(j), fail);
        return layer;
    }

    static double finite(Num n, Failure fail) throws NnError {
        if (!Double.isFinite(n.value())) throw fail.at(n.span(), "a weight must be a finite number, not " + n);
        return n.value();
    }

    private static String rows(int n) { return n == 1 ? "1 row" : n + " rows"; }

    private static String numbers(int n) { return n == 1 ? "1 number" : n + " numbers"; }
}
