package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.lang.Canonical;
import nnlang.model.Layer;
import nnlang.model.Net;

/**
 * Writes tables and nets as nnlang statements in canonical form (what fmt prints): tables as rows,
 * nets with weights as net blocks whose numbers are written by Double.toString, which reads back
 * to the same bits, so that loading the text gives exactly the same numbers.
 */
final class ScriptWriter {
    private ScriptWriter() {}

    /** A net with its weights (or its definition), after the table it was trained on, if any. */
    static String net(NetEntry net, Table trainedOn) {
        StringBuilder s = new StringBuilder("# net ").append(net.name());
        s.append(net.hasWeights() ? " with its weights" : " (not trained)");
        if (trainedOn != null) s.append(", and table ").append(trainedOn.name()).append(", which it was trained on");
        s.append("\n# written by save; load it with: load \"FILE\"\n");
        if (trainedOn != null) table(s.append('\n'), trainedOn);
        entry(s.append('\n'), net);
        return s.toString();
    }

    /**
     * Every table, then every family (as the statement that makes it: its instances are the same
     * from its seed), then every net, in the order they were defined.
     */
    static String session(Session session) {
        int families = session.families().size();
        StringBuilder s = new StringBuilder("# a session: " + count(session.tables().size(), "table")
                + (families > 0 ? ", " + count(families, "family").replace("familys", "families") : "") + " and "
                + count(session.nets().size(), "net") + "\n# written by save; load it with: load \"FILE\"\n");
        for (Table t : session.tables().values()) table(s.append('\n'), t);
        if (families > 0) s.append('\n');
        for (nnlang.data.Family f : session.families().values()) {
            s.append("family ").append(f.name()).append(" = ").append(f.built()).append('\n');
        }
        for (NetEntry n : session.nets().values()) entry(s.append('\n'), n);
        return s.toString();
    }

    private static String count(int n, String what) { return n + " " + what + (n == 1 ? "" : "s"); }

    private static void entry(StringBuilder s, NetEntry n) {
        if (n.hasWeights()) net(s, n.net());
        else s.append("net ").append(Canonical.state(n.name())).append(" = ").append(n.spec()).append('\n');
    }

    static void table(StringBuilder s, Table t) {
        String definition = definition(t);
        if (definition != null) {
            s.append(definition).append('\n');
            return;
        }
        s.append("table ").append(t.name()).append(" {\n");
        for (Row r : writtenOrder(t)) {
            List<String> ys = new ArrayList<>();
            for (String y : r.targets()) ys.add(Canonical.state(y));
            s.append("  ").append(Canonical.state(r.x())).append(" -> ").append(String.join(" | ", ys)).append('\n');
        }
        s.append("}\n");
    }

    /** A formula's note, as Table.built keeps it: "formula of a, b (a the leftmost bit): a xor b". */
    private static final java.util.regex.Pattern FORMULA =
            java.util.regex.Pattern.compile("formula of (.+) \\([^()]* the leftmost bit\\): (.+)");
    /** A random generator's note: "tree(4) gates all seed 3 (gates: ...)". */
    private static final java.util.regex.Pattern GENERATED =
            java.util.regex.Pattern.compile("((tree|chain|random|threshold)\\(\\d+\\)( gates all)? seed \\d+)( \\(.*\\))?");

    /**
     * The statement that made a table, when its rows cannot say all of it: an output state that
     * no row uses (the formula 1 has outputs {0, 1}, (a and b, a xor b) never gives 11) would be
     * lost from rows, so a formula or a random generator is written as itself; null otherwise.
     */
    static String definition(Table t) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Row r : t.rows()) used.addAll(r.targets());
        // a table cut to some rows (a net's training rows) is written as those rows
        if (used.size() == t.outputs().size() || t.built().isEmpty() || t.rows().size() != t.inputs().size()) return null;
        String first = t.built().get(0);
        java.util.regex.Matcher f = FORMULA.matcher(first);
        if (f.matches()) return "table " + t.name() + "(" + f.group(1) + ") = " + f.group(2);
        java.util.regex.Matcher g = GENERATED.matcher(first);
        if (g.matches()) return "table " + t.name() + " = " + g.group(1);
        return null;
    }

    /**
     * The rows in an order that reads back to the same table. Inputs order themselves (bit strings
     * numerically, other states as they first appear, which is the table's row order), but the
     * output space keeps the order in which states first appear in the rows: when the inputs are
     * bit strings and the outputs are not, the rows are put so that the outputs appear in order.
     */
    static List<Row> writtenOrder(Table t) {
        if (!t.inputs().isBits() || t.outputs().isBits()) return t.rows();
        List<Row> left = new ArrayList<>(t.rows()), order = new ArrayList<>();
        int seen = 0;
        while (seen < t.outputs().size()) {
            Row next = null;
            for (Row r : left) {
                if (introducesNext(r, seen, t)) {
                    next = r;
                    break;
                }
            }
            if (next == null) break;
            left.remove(next);
            order.add(next);
            for (String y : next.targets()) seen = Math.max(seen, t.outputs().indexOf(y) + 1);
        }
        order.addAll(left);
        return order;
    }

    /** True when the row's targets not yet seen are exactly the next ones in the output order. */
    private static boolean introducesNext(Row r, int seen, Table t) {
        int expect = seen;
        for (String y : r.targets()) {
            int i = t.outputs().indexOf(y);
            if (i < seen) continue;
            if (i != expect) return false;
            expect++;
        }
        return expect > seen;
    }

    /** A net block with every layer's weights; state lists only where the defaults would differ. */
    static void net(StringBuilder s, Net net) {
        s.append("net ").append(net.name()).append(" {\n  input ").append(net.encoding().word());
        if (net.spec().inputSize() != null) s.append(' ').append(net.spec().inputSize());
        if (net.encoding() != InputEncoding.BITS || !net.inputs().isFullBitSpace()) states(s, net.inputs().states());
        s.append('\n');
        List<Layer> layers = net.layers();
        for (int l = 0; l + 1 < layers.size(); l++) {
            Layer layer = layers.get(l);
            s.append("  dense ").append(layer.nodes()).append(' ').append(layer.activation.word());
            if (layer.groups() > 1) s.append(" groups ").append(layer.groups());
            weights(s, layer);
        }
        s.append("  output ").append(net.output().kind().word());
        if (net.spec().outputSize() != null) s.append(' ').append(net.spec().outputSize());
        if (net.output().kind() == OutputKind.SOFTMAX || !net.output().space().isBits()) {
            states(s, net.output().space().states());
        }
        weights(s, layers.get(layers.size() - 1));
        s.append("}\n");
    }

    private static void states(StringBuilder s, List<String> states) {
        List<String> written = new ArrayList<>();
        for (String x : states) written.add(Canonical.state(x));
        s.append(" [").append(String.join(", ", written)).append(']');
    }

    /** {@code { w [[..], ..] b [..] }} with one row of w per line. */
    private static void weights(StringBuilder s, Layer layer) {
        int in = layer.inputs(), nodes = layer.nodes();
        s.append(" {\n    w [");
        for (int i = 0; i < in; i++) {
            if (i > 0) s.append(",\n       ");
            double[] row = new double[nodes];
            System.arraycopy(layer.W.data, i * nodes, row, 0, nodes);
            vector(s, row);
        }
        s.append("]\n    b ");
        vector(s, java.util.Arrays.copyOf(layer.b.data, nodes));
        s.append("\n  }\n");
    }

    private static void vector(StringBuilder s, double[] v) {
        s.append('[');
        for (int j = 0; j < v.length; j++) {
            if (j > 0) s.append(", ");
            s.append(Canonical.number(v[j]));
        }
        s.append(']');
    }
}
