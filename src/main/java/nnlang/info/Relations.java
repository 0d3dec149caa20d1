package nnlang.info;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import nnlang.data.Entropy;
import nnlang.data.Row;
import nnlang.data.Space;
import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.report.PredictReport;
import nnlang.report.RelationsReport;

/** Entropy per relation of a net on a table (DESIGN.md section 2). */
public final class Relations {
    /** The default eps: a relation is determined when p &lt; eps or p &gt; 1 - eps. */
    public static final double EPS = 0.01;

    private Relations() {}

    /** The report with the default eps. */
    public static RelationsReport of(Net net, Table table) { return of(net, table, EPS); }

    /**
     * The relations of net on every row of table. The table's inputs must be states of the net's
     * input space and its targets states of the net's output space (the caller checks).
     */
    public static RelationsReport of(Net net, Table table, double eps) { return of(net, table, eps, ReportStop.NEVER); }

    /** The same, polling stop before each row ({@link ReportStop}). */
    public static RelationsReport of(Net net, Table table, double eps, BooleanSupplier stop) {
        Space ys = net.output().space();
        List<RelationsReport.Row> rows = new ArrayList<>(table.rows().size());
        double h = 0, ce = 0, floor = 0;
        int correct = 0, ties = 0, determinedRows = 0;
        long determined = 0;
        for (Row r : table.rows()) {
            ReportStop.check(stop);
            int xi = net.inputs().indexOf(r.x());
            if (xi < 0) throw new IllegalArgumentException(r.x() + " is not an input state of net " + net.name());
            double[] input = net.encode(xi);
            RelationsReport.Row row = row(r, input, net.probabilities(input), ys, eps);
            rows.add(row);
            h += row.entropy();
            ce += row.crossEntropy();
            floor += row.floor();
            if (row.correct()) correct++;
            if (row.tie()) ties++;
            determined += row.determined();
            if (row.isDetermined()) determinedRows++;
        }
        int n = Math.max(1, rows.size());
        return new RelationsReport(net.name(), table.name(), ys.states(), net.output().reportWord(), eps, rows,
                h / n, ce / n, floor / n, correct, ties, determined, determinedRows);
    }

    /** The prediction for input state x, which must be a state of net.inputs() (the caller checks). */
    public static PredictReport predict(Net net, String x) {
        int xi = net.inputs().indexOf(x);
        if (xi < 0) throw new IllegalArgumentException(x + " is not an input state of net " + net.name());
        double[] input = net.encode(xi);
        double[] p = net.probabilities(input);
        int top = top(p);
        return new PredictReport(net.name(), x, input, net.output().space().states(), p, top, top < 0 && !hasNaN(p));
    }

    /** The numbers of one row from p(y|x) over Y. */
    static RelationsReport.Row row(Row r, double[] input, double[] p, Space ys, double eps) {
        // CE(x) = -sum over y in S(x) of (1/|S(x)|) log2 p(y|x); a target with p = 0 makes it infinite
        double ce = 0;
        boolean[] target = new boolean[p.length];
        for (String y : r.targets()) {
            int yi = ys.indexOf(y);
            if (yi < 0) throw new IllegalArgumentException(y + " is not an output state of the net");
            target[yi] = true;
            ce += p[yi] > 0 ? -Entropy.log2(p[yi]) : Double.POSITIVE_INFINITY;
        }
        ce /= r.targets().size();
        int determined = 0;
        for (double v : p) if (v < eps || v > 1 - eps) determined++;
        int top = top(p);
        boolean tie = top < 0 && !hasNaN(p);
        boolean correct = top >= 0 && target[top];
        return new RelationsReport.Row(r.x(), input, r.targets(), p, Entropy.of(p, p.length), ce, r.floor(), top,
                tie, correct, determined);
    }

    /**
     * The index of the single most probable state, or -1 when the top two are within
     * {@link RelationsReport#TIE} or p has a NaN.
     */
    public static int top(double[] p) {
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(p[i])) return -1;
            if (best < 0 || p[i] > p[best]) best = i;
        }
        for (int i = 0; i < p.length; i++) if (i != best && p[best] - p[i] <= RelationsReport.TIE) return -1;
        return best;
    }

    private static boolean hasNaN(double[] p) {
        for (double v : p) if (Double.isNaN(v)) return true;
        return false;
    }
}
