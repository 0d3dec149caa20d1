package nnlang.info;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.report.MapReport;

/** p(y = second state | x) over the input square of a net with two input nodes (E2's line, E3's two lines). */
public final class ProbabilityMap {
    /** Cells per side when the caller has no reason to choose: 40 columns, 20 text rows. */
    public static final int DEFAULT_CELLS = 40;
    /** The square reaches this far beyond the least and greatest input value of each coordinate. */
    public static final double MARGIN = 0.25;
    public static final int MAX_CELLS = 1000;

    private ProbabilityMap() {}

    /**
     * The map of net over the square around the inputs of table's rows, cells x cells cells.
     *
     * @throws IllegalArgumentException when the net has not two input nodes, its output space has
     *                                  not two states, cells is out of [2, {@link #MAX_CELLS}], or a
     *                                  row's input is not a state of the net
     */
    public static MapReport of(Net net, Table table, int cells) { return of(net, table, cells, -1, -1); }

    /**
     * The map of hidden node {@code node} of layer {@code layer} (0-based) over the same square:
     * its activation in every cell, with the output's p for the decision line; layer -1 maps p.
     */
    public static MapReport of(Net net, Table table, int cells, int layer, int node) {
        return of(net, table, cells, layer, node, ReportStop.NEVER);
    }

    /** The same, polling stop before each line of cells ({@link ReportStop}). */
    public static MapReport of(Net net, Table table, int cells, int layer, int node, BooleanSupplier stop) {
        if (net.inputWidth() != 2) throw new IllegalArgumentException("a map needs a net with 2 input nodes; net "
                + net.name() + " has " + net.inputWidth());
        List<String> ys = net.output().space().states();
        if (ys.size() != 2) throw new IllegalArgumentException("a map shows p of one of two output states; net "
                + net.name() + " has " + ys.size() + " output states");
        if (cells < 2 || cells > MAX_CELLS) throw new IllegalArgumentException("a map has 2 to " + MAX_CELLS
                + " cells per side, not " + cells);
        if (table.rows().isEmpty()) throw new IllegalArgumentException("table " + table.name() + " has no rows");
        List<MapReport.Point> points = new ArrayList<>();
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Row r : table.rows()) {
            int xi = net.inputs().indexOf(r.x());
            if (xi < 0) throw new IllegalArgumentException(r.x() + " is not an input state of net " + net.name());
            double[] at = net.encode(xi);
            for (int k = 0; k < 2; k++) {
                lo[k] = Math.min(lo[k], at[k]);
                hi[k] = Math.max(hi[k], at[k]);
            }
            points.add(new MapReport.Point(r.x(), at, r.targets()));
        }
        double[] xs = centres(lo[0], hi[0], cells), x2s = centres(lo[1], hi[1], cells);
        double[][] p = new double[cells][cells];
        double[][] a = layer < 0 ? null : new double[cells][cells];
        double[] in = new double[2];
        for (int j = 0; j < cells; j++) {
            ReportStop.check(stop);
            for (int i = 0; i < cells; i++) {
                in[0] = xs[i];
                in[1] = x2s[j];
                p[j][i] = net.probabilities(in)[1];
                if (a != null) a[j][i] = net.activations(in)[layer][node];
            }
        }
        if (a == null) return new MapReport(net.name(), table.name(), ys, cells, xs, x2s, p, points);
        double[] range = range(net.layer(layer).activation, a);
        return new MapReport(net.name(), table.name(), ys, cells, xs, x2s, a, points,
                nnlang.model.NodeNames.name(net, layer, node), range[0], range[1], p);
    }

    /** The range a node's shades span: its activation's own (sigmoid 0 to 1, tanh -1 to 1), else what the map holds. */
    private static double[] range(nnlang.model.Activation f, double[][] a) {
        switch (f.word()) {
            case "sigmoid": return new double[] {0, 1};
            case "tanh": return new double[] {-1, 1};
            default:
                double lo = 0, hi = 0;
                for (double[] row : a) for (double v : row) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
                return new double[] {lo, hi > lo ? hi : lo + 1};
        }
    }

    /** The centres of n equal cells over [lo - MARGIN, hi + MARGIN]. */
    private static double[] centres(double lo, double hi, int n) {
        double from = lo - MARGIN, step = (hi - lo + 2 * MARGIN) / n;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = from + (i + 0.5) * step;
        return c;
    }
}
