package nnlang.info;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Map;
import nnlang.data.Entropy;
import nnlang.data.Row;
import nnlang.data.Space;
import nnlang.data.Table;
import nnlang.model.Layer;
import nnlang.model.Net;
import nnlang.model.NodeNames;
import nnlang.report.HiddenReport;

/**
 * What each hidden layer of a net does on a table (DESIGN.md section 2, "Hidden layers").
 * <ul>
 * <li>A node's <b>variants</b>: its range [min, max] over the table's inputs is cut into B equal
 *     bins; the number of bins its activations fall in. A node with max - min &lt; 1e-9 is
 *     constant and has 1.</li>
 * <li>Its <b>work</b> is spread x outgoing: (max - min) times the sum of |w| over its row of the
 *     next layer's W. Its <b>share</b> is its work over the layer's total (equal shares when the
 *     total is 0), so shares sum to 1.</li>
 * <li>It is <b>idle</b> when its share is below {@link #IDLE} / nodes, a tenth of an equal share,
 *     or when the whole layer does no work.</li>
 * <li>The layer's code T(x) is the tuple of binned node states; with p_data(x) uniform over the
 *     rows, H(T) and I(T;Y) = H(Y) - H(Y|T), where the joint of (T, Y) takes p_data(y|x) =
 *     1/|S(x)|, so non-functions are measured as they are.</li>
 * <li>A node is <b>on</b> for the inputs in the upper half of its range; when the table holds every
 *     bit string of its width, {@link Gates} names the function that this set spells.</li>
 * </ul>
 */
public final class HiddenLayers {
    /** A node is idle when its share is below IDLE / nodes: a tenth of what an equal share would be. */
    public static final double IDLE = 0.1;
    /** A node whose activations spread less than this over the inputs is constant. */
    public static final double CONSTANT = 1e-9;
    /** The number of bins when the statement does not say. */
    public static final int BINS = 2;

    private HiddenLayers() {}

    /**
     * The hidden report of net on every row of table, with B = bins (at least 2). The table's
     * inputs must be states of the net's input space and its targets states of the net's output
     * space (the caller checks).
     */
    public static HiddenReport of(Net net, Table table, int bins) { return of(net, table, bins, ReportStop.NEVER); }

    /** The same, polling stop before each row and each node ({@link ReportStop}). */
    public static HiddenReport of(Net net, Table table, int bins, BooleanSupplier stop) {
        if (bins < 2) throw new IllegalArgumentException("bins must be at least 2, not " + bins);
        List<String> xs = new ArrayList<>();
        double[][][] a = new double[table.rows().size()][][];
        for (int r = 0; r < a.length; r++) {
            ReportStop.check(stop);
            String x = table.rows().get(r).x();
            int xi = net.inputs().indexOf(x);
            if (xi < 0) throw new IllegalArgumentException(x + " is not an input state of net " + net.name());
            xs.add(x);
            a[r] = net.activations(net.encode(xi));
        }
        int hidden = NodeNames.hiddenLayers(net);
        List<HiddenReport.Layer> layers = new ArrayList<>();
        for (int l = 0; l < hidden; l++) layers.add(layer(net, table, a, l, bins, stop));
        HiddenReport.Readout readout = hidden == 0 ? null : readout(net, table, a, layers.get(hidden - 1).codes());
        return new HiddenReport(net.name(), table.name(), bins, xs, outputEntropy(table), table.floor(), layers,
                readout);
    }

    private static HiddenReport.Layer layer(Net net, Table table, double[][][] a, int l, int bins,
            BooleanSupplier stop) {
        Layer layer = net.layer(l), next = net.layer(l + 1);
        int m = layer.nodes(), rows = a.length;
        double[][] act = new double[m][rows];
        double[] spread = new double[m], outgoing = new double[m], work = new double[m];
        double total = 0;
        for (int j = 0; j < m; j++) {
            for (int r = 0; r < rows; r++) act[j][r] = a[r][l][j];
            spread[j] = spread(act[j]);
            // outgoing = sum over k of |W_next[j][k]|: node j's row of the next layer's W
            for (int k = 0; k < next.nodes(); k++) outgoing[j] += Math.abs(next.W.data[j * next.nodes() + k]);
            work[j] = spread[j] * outgoing[j];
            total += work[j];
        }
        boolean working = total > 0 && Double.isFinite(total);
        double idleBelow = IDLE / m;
        int[][] bin = new int[m][];
        List<HiddenReport.Node> nodes = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            ReportStop.check(stop);
            bin[j] = bins(act[j], spread[j], bins);
            double share = working ? work[j] / total : 1.0 / m;
            boolean[] on = upperHalf(act[j], spread[j]);
            List<String> onStates = new ArrayList<>();
            for (int r = 0; r < rows; r++) if (on[r]) onStates.add(table.rows().get(r).x());
            String gate = onStates.isEmpty() ? null : Gates.name(table, on);
            nodes.add(new HiddenReport.Node(NodeNames.name(net, l, j), act[j], distinct(bin[j]), spread[j],
                    outgoing[j], share, !working || share < idleBelow, onStates, gate));
        }
        List<String> codes = codes(bin, rows, bins);
        return new HiddenReport.Layer(l + 1, layer.activation.word(), idleBelow, nodes, codes,
                new HashSet<>(codes).size(), codeEntropy(codes), information(codes, table));
    }

    /** max - min, or 0 when that is below {@link #CONSTANT} (or the activations hold a NaN). */
    private static double spread(double[] v) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double s = max - min;
        return s >= CONSTANT && Double.isFinite(s) ? s : 0;
    }

    /** The bin of each activation: floor(B (a - min) / spread), the maximum kept in the top bin. */
    private static int[] bins(double[] v, double spread, int bins) {
        int[] b = new int[v.length];
        if (spread == 0) return b;
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) min = Math.min(min, x);
        for (int r = 0; r < v.length; r++) b[r] = Math.min(bins - 1, (int) Math.floor(bins * (v[r] - min) / spread));
        return b;
    }

    /** On: in the upper half of the range, the top bin when B = 2. A constant node is never on. */
    private static boolean[] upperHalf(double[] v, double spread) {
        boolean[] on = new boolean[v.length];
        if (spread == 0) return on;
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) min = Math.min(min, x);
        for (int r = 0; r < v.length; r++) on[r] = 2 * (v[r] - min) >= spread;
        return on;
    }

    private static int distinct(int[] bins) {
        HashSet<Integer> seen = new HashSet<>();
        for (int b : bins) seen.add(b);
        return Math.max(1, seen.size());
    }

    /** T(x) per row: one digit per node when B &lt;= 10, else the bins joined by '.'. */
    private static List<String> codes(int[][] bin, int rows, int bins) {
        List<String> codes = new ArrayList<>(rows);
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            s.setLength(0);
            for (int j = 0; j < bin.length; j++) {
                if (bins > 10 && j > 0) s.append('.');
                s.append(bin[j][r]);
            }
            codes.add(s.toString());
        }
        return codes;
    }

    /** H(T) = -sum over codes t of p(t) log2 p(t), p(t) the share of rows with code t. */
    public static double codeEntropy(List<String> codes) {
        Map<String, Double> p = new HashMap<>();
        for (String t : codes) p.merge(t, 1.0 / codes.size(), Double::sum);
        return entropy(p.values());
    }

    /**
     * I(T;Y) = H(Y) + H(T) - H(T,Y), the same as H(Y) - H(Y|T), with
     * p(t, y) = sum over rows x with code t of (1/n) (1/|S(x)|) [y in S(x)].
     */
    public static double information(List<String> codes, Table table) {
        Map<List<String>, Double> joint = new HashMap<>();
        int n = table.rows().size();
        for (int r = 0; r < n; r++) {
            Row row = table.rows().get(r);
            for (String y : row.targets()) {
                joint.merge(List.of(codes.get(r), y), 1.0 / n / row.targets().size(), Double::sum);
            }
        }
        return outputEntropy(table) + codeEntropy(codes) - entropy(joint.values());
    }

    /** H(Y) with p_data(y) = mean over rows of 1/|S(x)| for y in S(x). */
    public static double outputEntropy(Table table) {
        Map<String, Double> p = new HashMap<>();
        int n = table.rows().size();
        for (Row row : table.rows()) {
            for (String y : row.targets()) p.merge(y, 1.0 / n / row.targets().size(), Double::sum);
        }
        return entropy(p.values());
    }

    private static double entropy(Iterable<Double> ps) {
        double h = 0;
        for (double p : ps) h += Entropy.term(p);
        return h;
    }

    /** How the output layer reads the last hidden layer: z = h W + b per input, then p(y|x). */
    private static HiddenReport.Readout readout(Net net, Table table, double[][][] a, List<String> codes) {
        int last = net.layers().size() - 1;
        Layer out = net.layer(last);
        Space ys = net.output().space();
        List<HiddenReport.Row> rows = new ArrayList<>();
        int correct = 0;
        for (int r = 0; r < a.length; r++) {
            Row row = table.rows().get(r);
            double[] h = a[r][last - 1];
            // z = h W + b
            double[] z = new double[out.nodes()];
            for (int k = 0; k < z.length; k++) {
                double s = out.b.data[k];
                for (int j = 0; j < h.length; j++) s += h[j] * out.W.data[j * z.length + k];
                z[k] = s;
            }
            double[] p = new double[ys.size()];
            net.output().probabilities(a[r][last], p);
            int top = Relations.top(p);
            boolean right = top >= 0 && row.targets().contains(ys.state(top));
            if (right) correct++;
            rows.add(new HiddenReport.Row(row.x(), codes.get(r), z, p, row.targets(), top, right));
        }
        return new HiddenReport.Readout(ys.states(), net.output().reportWord(), rows, correct);
    }
}
