package nnlang.api;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.model.Activation;
import nnlang.run.NetEntry;

/**
 * A {@code net} statement being written, item by item as in the block form; {@link #output}
 * comes last, as in the language, and runs the statement. {@code toString()} shows the statement
 * as it stands.
 * <pre>
 * nn.defineNet("two").input("bits").dense(2, "sigmoid").output("sigmoid");
 * // runs: net two { input bits  dense 2 sigmoid  output sigmoid }
 * nn.defineNet("deep").input(InputEncoding.BITS).dense(2, Activation.TANH).dense(3, Activation.TANH)
 *   .output(OutputKind.SIGMOID);
 * </pre>
 * Words are checked by the interpreter when the statement runs, with the usual messages
 * ("unknown activation 'sigmod' ... did you mean 'sigmoid'?").
 */
public final class NetDefinition {
    private final Nn nn;
    private final String name;
    private final List<String> items = new ArrayList<>();

    NetDefinition(Nn nn, String name) {
        this.nn = nn;
        this.name = Words.name("the net's name", name);
    }

    /** {@code input ENCODING}: bits, scalar or onehot; the size is taken from the table. */
    public NetDefinition input(String encoding) { return add("input " + encoding); }

    /** {@code input ENCODING SIZE}: the size is checked against the table. */
    public NetDefinition input(String encoding, int size) { return add("input " + encoding + " " + size); }

    /** {@code input ENCODING}, from the enum. */
    public NetDefinition input(InputEncoding encoding) { return input(encoding.word()); }

    /** {@code input ENCODING SIZE}, from the enum. */
    public NetDefinition input(InputEncoding encoding, int size) { return input(encoding.word(), size); }

    /** {@code dense SIZE ACTIVATION}: sigmoid, tanh, relu, leaky_relu or linear. */
    public NetDefinition dense(int size, String activation) { return add("dense " + size + " " + activation); }

    /** {@code dense SIZE ACTIVATION}, from the enum. */
    public NetDefinition dense(int size, Activation activation) { return dense(size, activation.word()); }

    /**
     * A hidden layer of {@code groups} groups: its inputs and nodes cut into that many consecutive
     * equal groups, node group g seeing only input group g ({@code dense 8 tanh groups 4}).
     */
    public NetDefinition dense(int size, String activation, int groups) {
        return add("dense " + size + " " + activation + " groups " + groups);
    }

    /** {@code output KIND} (sigmoid or softmax): runs the statement and returns the defined net. */
    public NetEntry output(String kind) { return define("output " + kind); }

    /** {@code output KIND SIZE}: runs the statement and returns the defined net. */
    public NetEntry output(String kind, int size) { return define("output " + kind + " " + size); }

    /** {@code output KIND}, from the enum. */
    public NetEntry output(OutputKind kind) { return output(kind.word()); }

    /** {@code output KIND SIZE}, from the enum. */
    public NetEntry output(OutputKind kind, int size) { return output(kind.word(), size); }

    private NetDefinition add(String item) {
        items.add(item);
        return this;
    }

    private NetEntry define(String output) {
        List<String> all = new ArrayList<>(items);
        all.add(output);
        nn.runOne(statement(all));
        return nn.entry(name);
    }

    private String statement(List<String> all) { return "net " + name + " { " + String.join("  ", all) + " }"; }

    /** The statement so far, for example {@code net two { input bits  dense 2 sigmoid }  # unfinished: ...}. */
    @Override public String toString() {
        return statement(items) + "  # unfinished: output(...) completes and runs it";
    }
}
