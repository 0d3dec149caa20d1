package nnlang.report;

import java.util.Arrays;
import java.util.List;

/**
 * p(y = second output state | x) over the input square of a net with two input nodes, for
 * {@code map NET on TABLE}; built by {@link nnlang.info.ProbabilityMap#of}. The square spans each
 * input coordinate from its least value in the table minus 0.25 to its greatest plus 0.25, cut
 * into {@code cells} x {@code cells} cells; each cell is evaluated at its centre.
 *
 * @param net     the net's name
 * @param table   the table's name
 * @param outputs the two output states; {@code p} is the probability of the second
 * @param cells   cells per side of the square
 * @param x       the centres of the cells along the first input coordinate (x1), ascending
 * @param y       the centres of the cells along the second input coordinate (x2), ascending
 * @param p       p[j][i] = p(y = outputs[1] | x1 = x[i], x2 = y[j]); row j = 0 is the bottom
 * @param rows    the table's rows at their encoded inputs
 * @param node    for {@code map NET NODE on TABLE}: the hidden node whose activation {@code p} holds
 *                (shaded over [low, high], its activation's range), with the output's decision line
 *                from {@code decision}; null for a map of p
 * @param decision for a node's map, p(y = outputs[1]) of the output in the same cells; else null
 */
public record MapReport(String net, String table, List<String> outputs, int cells, double[] x, double[] y,
                        double[][] p, List<Point> rows, String node, double low, double high, double[][] decision)
        implements Report {
    public MapReport {
        outputs = List.copyOf(outputs);
        x = x.clone();
        y = y.clone();
        p = deepCopy(p);
        rows = List.copyOf(rows);
        decision = decision == null ? null : deepCopy(decision);
    }

    /** The map of p (not of a node). */
    public MapReport(String net, String table, List<String> outputs, int cells, double[] x, double[] y,
                     double[][] p, List<Point> rows) {
        this(net, table, outputs, cells, x, y, p, rows, null, 0, 1, null);
    }

    /** p of the output at column i and row j: the map itself, or for a node's map, its decision grid. */
    public double decisionAt(int i, int j) { return decision == null ? p[j][i] : decision[j][i]; }

    @Override public String kind() { return "map"; }

    @Override public <R> R accept(Visitor<R> v) { return v.map(this); }

    /** A copy of the cell centres along x1. */
    @Override public double[] x() { return x.clone(); }

    /** A copy of the cell centres along x2. */
    @Override public double[] y() { return y.clone(); }

    /** A copy of the decision grid, or null. */
    @Override public double[][] decision() { return decision == null ? null : deepCopy(decision); }

    /** A copy of the grid. */
    @Override public double[][] p() { return deepCopy(p); }

    /** p at column i (along x1) and row j (along x2, 0 at the bottom), without copying. */
    public double p(int i, int j) { return p[j][i]; }

    public double x(int i) { return x[i]; }

    public double y(int j) { return y[j]; }

    /** The low edge of the square along x1 (the first cell's left side). */
    public double xLow() { return x[0] - (x[1 % cells] - x[0]) / 2; }

    /** The high edge of the square along x1. */
    public double xHigh() { return x[cells - 1] + (x[1 % cells] - x[0]) / 2; }

    public double yLow() { return y[0] - (y[1 % cells] - y[0]) / 2; }

    public double yHigh() { return y[cells - 1] + (y[1 % cells] - y[0]) / 2; }

    @Override public boolean equals(Object o) {
        return o instanceof MapReport m && m.net.equals(net) && m.table.equals(table) && m.outputs.equals(outputs)
                && m.cells == cells && Arrays.equals(m.x, x) && Arrays.equals(m.y, y) && Arrays.deepEquals(m.p, p)
                && m.rows.equals(rows) && java.util.Objects.equals(m.node, node) && Double.compare(m.low, low) == 0
                && Double.compare(m.high, high) == 0 && Arrays.deepEquals(m.decision, decision);
    }

    @Override public int hashCode() { return Arrays.deepHashCode(p) * 31 + net.hashCode(); }

    @Override public String toString() { return TextRenderer.render(this); }

    private static double[][] deepCopy(double[][] p) {
        double[][] c = new double[p.length][];
        for (int j = 0; j < p.length; j++) c[j] = p[j].clone();
        return c;
    }

    /**
     * One row of the table on the map.
     *
     * @param x       the input state
     * @param at      its encoded input (x1, x2)
     * @param targets S(x)
     */
    public record Point(String x, double[] at, List<String> targets) {
        public Point {
            at = at.clone();
            targets = List.copyOf(targets);
        }

        @Override public double[] at() { return at.clone(); }

        @Override public boolean equals(Object o) {
            return o instanceof Point q && q.x.equals(x) && Arrays.equals(q.at, at) && q.targets.equals(targets);
        }

        @Override public int hashCode() { return x.hashCode() * 31 + Arrays.hashCode(at); }

        @Override public String toString() { return x + " at " + Arrays.toString(at) + " -> " + String.join("|", targets); }
    }
}
