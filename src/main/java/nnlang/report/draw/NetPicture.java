package nnlang.report.draw;

import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.model.Layer;
import nnlang.model.Net;
import nnlang.model.NodeNames;

/**
 * The network: one column of nodes per layer from the inputs to the outputs, one line per weight
 * (width proportional to |w|, blue when positive, orange when negative), each node's name inside
 * it and its bias below it. Small nets also carry each weight's value on its line.
 */
final class NetPicture {
    /** Wider layers would not be readable. */
    static final int MAX_NODES = 40;
    static final double R = 20, STEP = 84, LAYER_GAP = 190;
    /** Pixels of line width per unit of |w|, and the range the width is kept in. */
    static final double PER_UNIT = 1.4, THINNEST = 0.75, THICKEST = 12;
    /** Weight values are written on the lines of a layer when they can be this far apart. */
    private static final double LABEL_GAP = 15;
    private static final double NAME = 13, SMALL = 11, HEADER = 13;

    private NetPicture() {}

    /** The height of the node columns, bias labels included. */
    static double height(Net net) {
        int most = 0;
        for (int n : net.sizes()) most = Math.max(most, n);
        if (most > MAX_NODES) throw new IllegalArgumentException("net " + net.name() + " has a layer of " + most
                + " nodes; diagrams draw at most " + MAX_NODES + " per layer");
        return (most - 1) * STEP + 2 * R + 18;
    }

    /**
     * Draws the net with its layer headers at baseline {@code headers} and its columns centred on
     * {@code mid}; returns the right edge of what it drew.
     */
    static double draw(Scene s, Net net, double left, double headers, double mid) {
        int[] sizes = net.sizes();
        String[] inLabels = outsideInputLabels(net), outLabels = outsideOutputLabels(net);
        double x0 = left + Math.max(R + widest(inLabels, NAME) + (inLabels == null ? 0 : 10),
                Scene.textWidth(header(net, 0), HEADER) / 2);
        // lines first, so that the nodes cover their ends
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layer(l);
            for (int i = 0; i < layer.inputs(); i++) {
                for (int j = 0; j < layer.nodes(); j++) {
                    // a grouped layer has no weight outside its blocks: no line
                    if (!layer.present(i, j)) continue;
                    double w = layer.W.get(i, j);
                    s.add(new Scene.Line(x(x0, l), y(mid, sizes[l], i), x(x0, l + 1), y(mid, sizes[l + 1], j),
                            weightStroke(w), "weight " + (w < 0 ? "negative" : "positive"),
                            name(net, l, i) + " \u2192 " + name(net, l + 1, j) + ": w " + Layout.f2(w)));
                }
            }
        }
        weightLabels(s, net, x0, mid);
        for (int l = 0; l < sizes.length; l++) {
            s.add(new Scene.Text(x(x0, l), headers, header(net, l), HEADER, Scene.Anchor.MIDDLE, Layout.GREY, true,
                    false, "header"));
            for (int j = 0; j < sizes[l]; j++) node(s, net, l, j, x(x0, l), y(mid, sizes[l], j));
        }
        double right = x(x0, sizes.length - 1) + R;
        if (inLabels != null) {
            for (int i = 0; i < sizes[0]; i++) s.add(new Scene.Text(x0 - R - 10, y(mid, sizes[0], i) + 4.5, inLabels[i],
                    NAME, Scene.Anchor.END, Layout.INK, false, false, "label"));
        }
        if (outLabels != null) {
            int last = sizes.length - 1;
            for (int j = 0; j < sizes[last]; j++) s.add(new Scene.Text(right + 10, y(mid, sizes[last], j) + 4.5,
                    outLabels[j], NAME, Scene.Anchor.START, Layout.INK, false, false, "label"));
            right += 10 + widest(outLabels, NAME);
        }
        return right;
    }

    private static double x(double x0, int layer) { return x0 + layer * LAYER_GAP; }

    /** The centre of node j of a column of n nodes centred on mid. */
    private static double y(double mid, int n, int j) { return mid + (j - (n - 1) / 2.0) * STEP; }

    static Scene.Stroke weightStroke(double w) {
        double a = Math.abs(w);
        double width = Double.isFinite(a) ? Math.max(THINNEST, Math.min(THICKEST, PER_UNIT * a)) : THICKEST;
        double opacity = 0.35 + 0.55 * Math.min(1, a / 2);
        return new Scene.Stroke(w < 0 ? Layout.NEGATIVE : Layout.POSITIVE, width, opacity, false);
    }

    /** Each weight's value on its line, where the labels of its layer are furthest apart, if they are far enough. */
    private static void weightLabels(Scene s, Net net, double x0, double mid) {
        int[] sizes = net.sizes();
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layer(l);
            double t = Spread.along(layer.inputs(), layer.nodes(), LABEL_GAP / STEP);
            if (Spread.gap(layer.inputs(), layer.nodes(), t) * STEP < LABEL_GAP) continue;
            for (int i = 0; i < layer.inputs(); i++) {
                for (int j = 0; j < layer.nodes(); j++) {
                    if (!layer.present(i, j)) continue;
                    double w = layer.W.get(i, j);
                    double lx = x(x0, l) + t * LAYER_GAP;
                    double ly = y(mid, sizes[l], i) + t * (y(mid, sizes[l + 1], j) - y(mid, sizes[l], i));
                    s.plated(new Scene.Text(lx, ly + 4, Layout.f2(w), SMALL, Scene.Anchor.MIDDLE,
                            w < 0 ? 0xB35400 : 0x1F4E8C, false, false, "weight-label"));
                }
            }
        }
    }

    private static void node(Scene s, Net net, int l, int j, double cx, double cy) {
        boolean input = l == 0, output = l == net.layers().size();
        s.add(new Scene.Circle(cx, cy, R, input || output ? Layout.NODE : Layout.PAPER,
                new Scene.Stroke(Layout.INK, 1.5, 1, false), "node", name(net, l, j)));
        s.add(new Scene.Text(cx, cy + 4.5, name(net, l, j), NAME, Scene.Anchor.MIDDLE, Layout.INK, false, false,
                "label"));
        if (!input) {
            double b = net.layer(l - 1).b.get(0, j);
            s.add(new Scene.Text(cx, cy + R + 15, "b " + Layout.f2(b), SMALL, Scene.Anchor.MIDDLE, Layout.GREY, false,
                    true, "bias"));
        }
    }

    /** x1.. for inputs, h1.. (hL_J in deeper nets) for hidden nodes, y (or y1..) for outputs. */
    static String name(Net net, int l, int j) {
        if (l == 0) return "x" + (j + 1);
        if (l < net.layers().size()) return NodeNames.name(net, l - 1, j);
        return net.layer(l - 1).nodes() == 1 ? "y" : "y" + (j + 1);
    }

    private static String header(Net net, int l) {
        if (l == 0) return "input \u00b7 " + net.encoding().word();
        String act = net.layer(l - 1).activation.word();
        if (l == net.layers().size()) return "output \u00b7 " + act;
        return (net.layers().size() > 2 ? "hidden " + l : "hidden") + " \u00b7 " + act;
    }

    /** The state of each one-hot input node, or null when input nodes need no words beside them. */
    private static String[] outsideInputLabels(Net net) {
        if (net.encoding() != InputEncoding.ONEHOT) return null;
        return net.inputs().states().toArray(new String[0]);
    }

    /** p(second state) for one sigmoid node on two named states; the state of each softmax node; else null. */
    private static String[] outsideOutputLabels(Net net) {
        var out = net.output();
        if (out.kind() == OutputKind.SOFTMAX) return out.space().states().toArray(new String[0]);
        if (out.nodes() == 1) return new String[] {"p(" + out.space().state(1) + ")"};
        return null;
    }

    private static double widest(String[] labels, double size) {
        double w = 0;
        if (labels != null) for (String l : labels) w = Math.max(w, Scene.textWidth(l, size));
        return w;
    }
}
