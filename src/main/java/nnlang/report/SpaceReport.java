package nnlang.report;

import java.util.List;

/**
 * The hidden space of a net on a table, for {@code hidden NET on TABLE space}: per hidden layer,
 * every input's code (the layer's activations) projected on the layer's two principal components
 * (the codes centred on their mean, then an SVD); built by {@link nnlang.info.HiddenSpace#of}.
 *
 * @param net    the net's name
 * @param table  the table's name
 * @param layers one entry per hidden layer, first to last
 */
public record SpaceReport(String net, String table, List<Layer> layers) implements Report {
    public SpaceReport {
        layers = List.copyOf(layers);
    }

    @Override public String kind() { return "space"; }

    @Override public <R> R accept(Visitor<R> v) { return v.space(this); }

    @Override public String toString() { return TextRenderer.render(this); }

    /**
     * One hidden layer's space.
     *
     * @param layer     the layer's number, 1 for the first hidden layer
     * @param nodes     its width
     * @param explained the share of the codes' variance along each component (1 or 2 of them; 0 when all codes are equal)
     * @param points    every row of the table at its coordinates
     */
    public record Layer(int layer, int nodes, double[] explained, List<Point> points) {
        public Layer {
            explained = explained.clone();
            points = List.copyOf(points);
        }

        @Override public double[] explained() { return explained.clone(); }
    }

    /** A row's code on the components: pc[0] on the first, pc[1] on the second (0 when there is one). */
    public record Point(String x, List<String> targets, double[] pc) {
        public Point {
            targets = List.copyOf(targets);
            pc = pc.clone();
        }

        @Override public double[] pc() { return pc.clone(); }
    }
}
