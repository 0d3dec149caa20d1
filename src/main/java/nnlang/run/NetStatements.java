package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.lang.NnError;
import nnlang.lang.Num;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.lang.Word;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.NetBuilder;
import nnlang.model.NetSpec;

/** Turns a written net into a NetSpec, checking every word and size. */
final class NetStatements {
    private NetStatements() {}

    static NetSpec spec(Statement.NetDef s, Failure fail) throws NnError {
        if (s.encoding() == null) {
            throw fail.at(s.name().span(), "net " + s.name() + " has no input line", "add: input bits (or scalar, onehot)");
        }
        if (s.output() == null) {
            throw fail.at(s.name().span(), "net " + s.name() + " has no output line", "add: output sigmoid (or softmax)");
        }
        InputEncoding encoding = encoding(s.encoding(), fail);
        List<LayerSpec> hidden = new ArrayList<>();
        Integer in = s.inputSize() == null || s.inputSize().value() > NetBuilder.MAX_NODES || !s.inputSize().isInt()
                ? null : (int) s.inputSize().value();
        for (Statement.LayerNode l : s.layers()) {
            int size = size(l.size(), fail);
            Activation a = activation(l.activation(), fail);
            hidden.add(new LayerSpec(size, a, groups(l.groups(), size, in, hidden.size() + 1, fail)));
            in = size;
        }
        OutputKind output = output(s.output(), fail);
        return new NetSpec(encoding, optionalSize(s.inputSize(), fail), hidden, output, optionalSize(s.outputSize(), fail));
    }

    private static InputEncoding encoding(Word w, Failure fail) throws NnError {
        InputEncoding e = InputEncoding.byWord(w.text());
        if (e != null) return e;
        List<String> words = new ArrayList<>();
        for (InputEncoding x : InputEncoding.values()) words.add(x.word());
        throw fail.at(w.span(), "unknown input encoding '" + w + "' (known: " + String.join(", ", words) + ")",
                Suggest.hint(w.text(), words));
    }

    private static Activation activation(Word w, Failure fail) throws NnError {
        Activation a = Activation.byWord(w.text());
        if (a != null && a.isHidden()) return a;
        if (a == Activation.SOFTMAX) throw fail.at(w.span(), "softmax belongs in the output line, not in a hidden layer");
        throw fail.at(w.span(), "unknown activation '" + w + "' (known: " + String.join(", ", Activation.hiddenWords())
                + ")", Suggest.hint(w.text(), Activation.hiddenWords()));
    }

    private static OutputKind output(Word w, Failure fail) throws NnError {
        OutputKind k = OutputKind.byWord(w.text());
        if (k != null) return k;
        List<String> words = List.of("sigmoid", "softmax");
        String why = Activation.byWord(w.text()) != null ? "an output is sigmoid or softmax, so that it gives p(y|x)"
                : "unknown output '" + w + "' (known: sigmoid, softmax)";
        throw fail.at(w.span(), why, Suggest.hint(w.text(), words));
    }

    /**
     * G of {@code groups G}: a whole number that divides the layer's nodes and, where they are
     * known here (after a hidden layer, or an input written with its size), its inputs; a first
     * layer's inputs are checked when the net meets a table.
     */
    private static int groups(Num g, int nodes, Integer inputs, int number, Failure fail) throws NnError {
        if (g == null) return 1;
        if (!g.isInt() || g.value() < 1 || g.value() > NetBuilder.MAX_NODES) {
            throw fail.at(g.span(), "groups is a whole number, at least 1");
        }
        int groups = (int) g.value();
        if (nodes % groups != 0) {
            throw fail.at(g.span(), "layer " + number + " has " + nodes + " nodes, which " + groups
                    + " groups do not divide", "make the nodes a multiple of " + groups);
        }
        if (inputs != null && inputs % groups != 0) {
            throw fail.at(g.span(), "layer " + number + " has " + inputs + " inputs, which " + groups
                    + " groups do not divide", "node group g sees input group g: both must be cut in " + groups);
        }
        return groups;
    }

    private static Integer optionalSize(Num n, Failure fail) throws NnError {
        return n == null ? null : size(n, fail);
    }

    private static int size(Num n, Failure fail) throws NnError {
        // the limit first: 99999999999 is too large before it is "not a whole number that fits"
        if (n.value() > NetBuilder.MAX_NODES) {
            throw fail.at(n.span(), "a layer of " + n + " nodes is too large (the limit is " + NetBuilder.MAX_NODES + ")");
        }
        if (!n.isInt() || n.value() < 1) throw fail.at(n.span(), "a layer size is a whole number of nodes, at least 1");
        return (int) n.value();
    }
}
