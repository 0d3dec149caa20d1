package nnlang.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relation between two finite state spaces: rows x -> S(x), ordered as the input space.
 * A row with more than one target makes the table a non-function.
 *
 * @param built how the table was made, for {@code info}: lines such as {@code tree(8) seed 3} and
 *              the tree's gates (empty for a table written as rows or read from a file). It is a
 *              note, not part of the relation: equal tables may have been built differently, so
 *              equals and hashCode leave it out.
 */
public record Table(String name, Space inputs, Space outputs, List<Row> rows, List<String> built) implements java.io.Serializable {
    public Table {
        rows = List.copyOf(rows);
        built = built == null ? List.of() : List.copyOf(built);
    }

    public Table(String name, Space inputs, Space outputs, List<Row> rows) { this(name, inputs, outputs, rows, List.of()); }

    /** The same table with a note of how it was built. */
    public Table withBuilt(List<String> lines) { return new Table(name, inputs, outputs, rows, lines); }

    /** The same rows over another output space, which must hold every target (a formula's full 2^k). */
    public Table withOutputs(Space ys) {
        for (Row r : rows) for (String y : r.targets()) {
            if (!ys.contains(y)) throw new IllegalArgumentException("output " + y + " is not in " + ys);
        }
        List<Row> ordered = new ArrayList<>();
        for (Row r : rows) {
            List<String> ts = new ArrayList<>(r.targets());
            ts.sort((a, b) -> Integer.compare(ys.indexOf(a), ys.indexOf(b)));
            ordered.add(new Row(r.x(), ts));
        }
        return new Table(name, inputs, ys, ordered, built);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Table t && t.name.equals(name) && t.inputs.equals(inputs) && t.outputs.equals(outputs)
                && t.rows.equals(rows);
    }

    @Override public int hashCode() { return java.util.Objects.hash(name, inputs, outputs, rows); }

    /**
     * A table from rows in written order. Callers check for repeated inputs first (they know the
     * source positions); a repeat here is a programming error.
     */
    public static Table of(String name, List<Row> written) {
        Map<String, Row> byInput = new LinkedHashMap<>();
        List<String> ys = new ArrayList<>();
        for (Row r : written) {
            if (byInput.put(r.x(), r) != null) throw new IllegalArgumentException("repeated input " + r.x());
            ys.addAll(r.targets());
        }
        Space xs = Space.of(byInput.keySet());
        Space yspace = Space.of(ys);
        List<Row> ordered = new ArrayList<>();
        for (String x : xs.states()) {
            Row r = byInput.get(x);
            List<String> ts = new ArrayList<>(r.targets());
            ts.sort((a, b) -> Integer.compare(yspace.indexOf(a), yspace.indexOf(b)));
            ordered.add(new Row(x, ts));
        }
        return new Table(name, xs, yspace, ordered);
    }

    public Table named(String newName) { return new Table(newName, inputs, outputs, rows, built); }

    /** The row of input x, or null. */
    public Row row(String x) {
        for (Row r : rows) if (r.x().equals(x)) return r;
        return null;
    }

    /** True when every input has exactly one target. */
    public boolean isFunction() {
        for (Row r : rows) if (r.targets().size() > 1) return false;
        return true;
    }

    /** The number of relations |X| * |Y|. */
    public long relationCount() { return (long) inputs.size() * outputs.size(); }

    /** Mean of log2 |S(x)| over the rows: the lowest H(Y|X) any model can reach. */
    public double floor() {
        double s = 0;
        for (Row r : rows) s += r.floor();
        return rows.isEmpty() ? 0 : s / rows.size();
    }

    /** The table restricted to the given inputs (kept in this table's order). */
    public Table restrictedTo(List<String> xs) {
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) if (xs.contains(r.x())) kept.add(r);
        return new Table(name, inputs, outputs, kept, built);
    }

    @Override public String toString() {
        return "table " + name + " (" + inputs.size() + " inputs, " + outputs.size() + " outputs, "
                + rows.size() + " rows" + (isFunction() ? "" : ", a non-function") + ")";
    }
}
