package nnlang.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.model.Net;
import nnlang.report.Report;
import nnlang.report.SpaceReport;
import nnlang.run.Interpreter;
import nnlang.run.Session;
import org.junit.jupiter.api.Test;

/** hidden NET on TABLE space: the codes, centred, on their principal components. */
class HiddenSpaceTest {
    @Test void twoComponentsOfATwoNodeLayerKeepEveryDistanceAndAllTheVariance() throws NnError {
        List<Report> reports = new ArrayList<>();
        Source s = new Source("t.nn", "table xor = xor(2)\nnet two { input bits  dense 2 sigmoid  output sigmoid }\n"
                + "train two on xor epochs 5000 lr 1 seed 2\nhidden two on xor space\n");
        Interpreter in = new Interpreter(new Session(), reports::add);
        in.runAll(s, Parsing.parse(s));
        SpaceReport r = (SpaceReport) reports.get(1);
        Net net = in.session().net("two").net();
        SpaceReport.Layer l = r.layers().get(0);
        assertEquals(1.0, l.explained()[0] + l.explained()[1], 1e-12);
        assertTrue(l.explained()[0] >= l.explained()[1]);
        // a rotation of the centred codes: every distance between two rows is kept
        String[] xs = {"00", "01", "10", "11"};
        double mean0 = 0, mean1 = 0;
        for (int i = 0; i < 4; i++) {
            // the coordinates are centred: they sum to 0
            mean0 += l.points().get(i).pc()[0];
            mean1 += l.points().get(i).pc()[1];
            for (int k = 0; k < 4; k++) {
                double[] a = code(net, xs[i]), b = code(net, xs[k]);
                double[] p = l.points().get(i).pc(), q = l.points().get(k).pc();
                assertEquals(Math.hypot(a[0] - b[0], a[1] - b[1]), Math.hypot(p[0] - q[0], p[1] - q[1]), 1e-12);
            }
        }
        assertEquals(0, mean0, 1e-12);
        assertEquals(0, mean1, 1e-12);
        // the variance along pc1 is its share of the total
        double total = 0, along = 0;
        for (SpaceReport.Point p : l.points()) {
            total += p.pc()[0] * p.pc()[0] + p.pc()[1] * p.pc()[1];
            along += p.pc()[0] * p.pc()[0];
        }
        assertEquals(along / total, l.explained()[0], 1e-12);
    }

    private static double[] code(Net net, String x) { return net.activations(net.encode(net.inputs().indexOf(x)))[0]; }
}
