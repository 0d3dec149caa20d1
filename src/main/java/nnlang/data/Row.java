package nnlang.data;

import java.util.List;

/** One row of a table: input state x and its non-empty set of target states S(x). */
public record Row(String x, List<String> targets) implements java.io.Serializable {
    public Row {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) throw new IllegalArgumentException("a row needs at least one target");
    }

    /** log2 |S(x)|: the entropy no model can go below on this row. */
    public double floor() { return Math.log(targets.size()) / Math.log(2); }

    @Override public String toString() { return x + " -> " + String.join(" | ", targets); }
}
