package nnlang.model;

/**
 * A dense layer as written: its size (null: taken from the table, output layers only), its
 * activation, and its groups G (1: every node sees every input; see {@link Layer}).
 */
public record LayerSpec(Integer size, Activation activation, int groups) implements java.io.Serializable {
    public LayerSpec {
        if (groups < 1) throw new IllegalArgumentException("groups must be at least 1, not " + groups);
    }

    public LayerSpec(Integer size, Activation activation) { this(size, activation, 1); }

    @Override public String toString() {
        return (size == null ? "" : size + " ") + activation.word() + (groups > 1 ? " groups " + groups : "");
    }
}
