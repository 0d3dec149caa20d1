package nnlang.info;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.model.NodeNames;
import nnlang.report.SpaceReport;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.svd.SvdImplicitQrDecompose_DDRM;

/**
 * Where a hidden layer puts the inputs: the codes of all rows, centred, on their two principal
 * components. With C the rows x nodes matrix of centred codes and C = U S V^T its SVD, the
 * coordinates are C V (the first two columns); the share of variance of component k is
 * s_k^2 / sum s^2. A component's sign is fixed so that its largest entry in V is positive, so the
 * picture does not flip between runs or machines.
 */
public final class HiddenSpace {
    private HiddenSpace() {}

    public static SpaceReport of(Net net, Table table) {
        List<Row> rows = table.rows();
        List<SpaceReport.Layer> layers = new ArrayList<>();
        for (int l = 0; l < NodeNames.hiddenLayers(net); l++) {
            int nodes = net.layer(l).nodes();
            // C = codes - mean, rows x nodes
            DMatrixRMaj c = new DMatrixRMaj(rows.size(), nodes);
            for (int i = 0; i < rows.size(); i++) {
                double[] a = net.activations(net.encode(net.inputs().indexOf(rows.get(i).x())))[l];
                for (int j = 0; j < nodes; j++) c.set(i, j, a[j]);
            }
            for (int j = 0; j < nodes; j++) {
                double mean = 0;
                for (int i = 0; i < rows.size(); i++) mean += c.get(i, j) / rows.size();
                for (int i = 0; i < rows.size(); i++) c.set(i, j, c.get(i, j) - mean);
            }
            layers.add(layer(l + 1, nodes, c, rows));
        }
        return new SpaceReport(net.name(), table.name(), layers);
    }

    private static SpaceReport.Layer layer(int number, int nodes, DMatrixRMaj c, List<Row> rows) {
        int k = Math.min(2, nodes);
        double[][] v = new double[k][nodes];
        double[] s2 = new double[k];
        double total = 0;
        SvdImplicitQrDecompose_DDRM svd = new SvdImplicitQrDecompose_DDRM(true, false, true, false);
        if (!svd.decompose(c.copy())) throw new IllegalStateException("the SVD of the codes did not converge");
        double[] sv = svd.getSingularValues();
        DMatrixRMaj vt = svd.getV(null, true); // rows are the right singular vectors
        int m = svd.numberOfSingularValues();
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(sv[b], sv[a]));
        for (int i = 0; i < m; i++) total += sv[i] * sv[i];
        for (int p = 0; p < k && p < m; p++) {
            int at = order[p];
            s2[p] = sv[at] * sv[at];
            int largest = 0;
            for (int j = 0; j < nodes; j++) {
                v[p][j] = vt.get(at, j);
                if (Math.abs(v[p][j]) > Math.abs(v[p][largest])) largest = j;
            }
            if (v[p][largest] < 0) for (int j = 0; j < nodes; j++) v[p][j] = -v[p][j];
        }
        double[] explained = new double[k];
        for (int p = 0; p < k; p++) explained[p] = total > 0 ? s2[p] / total : 0;
        List<SpaceReport.Point> points = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // coordinates: the centred code times each component
            double[] pc = new double[2];
            for (int p = 0; p < k; p++) for (int j = 0; j < nodes; j++) pc[p] += c.get(i, j) * v[p][j];
            points.add(new SpaceReport.Point(rows.get(i).x(), rows.get(i).targets(), pc));
        }
        return new SpaceReport.Layer(number, nodes, explained, points);
    }
}
