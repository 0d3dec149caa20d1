package nnlang.report.draw;

import java.util.List;
import nnlang.model.Net;
import nnlang.report.RelationsReport;

/**
 * Pictures of a net for {@code draw NET [on TABLE] to "file.svg|png"}: the network (nodes per
 * layer, one line per weight as thick as |w|, blue when positive and orange when negative, each
 * node's bias below it) and, beside it, the relation diagram of a relations report (one line per
 * relation (x, y) as strong as p(y|x), undetermined relations dashed in red). The layout is
 * computed once ({@link Layout}) and painted as SVG or PNG, so both show the same picture. The
 * same input gives the same bytes: no clock, no random numbers, numbers in Locale.ROOT.
 *
 * @throws IllegalArgumentException (every method) when a layer has more than 40 nodes or the
 *                                  relations more than 32 states on one side
 */
public final class Diagrams {
    static {
        // Java2D without a display; has effect only when AWT has not started yet
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private Diagrams() {}

    /** The most dense layers a diagram draws side by side (beyond that it is no picture to read). */
    public static final int MAX_LAYERS = 16;

    /**
     * Why the net (and, if not null, its relations on a table of these many input and output
     * states) cannot be drawn, with the numbers; null when it can. Asked before anything is drawn.
     */
    public static String cannotDraw(Net net, int inputStates, int outputStates) {
        int most = 0;
        for (int n : net.sizes()) most = Math.max(most, n);
        if (most > NetPicture.MAX_NODES) {
            return "net " + net.name() + " has a layer of " + most + " nodes; diagrams draw at most "
                    + NetPicture.MAX_NODES + " per layer";
        }
        if (net.layers().size() > MAX_LAYERS) {
            return "net " + net.name() + " has " + net.layers().size() + " layers; diagrams draw at most " + MAX_LAYERS;
        }
        int states = Math.max(inputStates, outputStates);
        if (states > RelationPicture.MAX_STATES) {
            return "the relations have " + states + " states on one side; diagrams draw at most "
                    + RelationPicture.MAX_STATES + " (draw the net alone: draw " + net.name() + " to ...)";
        }
        return null;
    }

    /** The network diagram, with the relation diagram beside it when relations != null, as an SVG document. */
    public static String svg(Net net, RelationsReport relations) {
        return SvgPainter.paint(Layout.of(net, relations));
    }

    /** The same picture as PNG bytes via Java2D (headless), at twice the SVG's pixel size. */
    public static byte[] png(Net net, RelationsReport relations) {
        return PngPainter.paint(Layout.of(net, relations));
    }

    /**
     * An animated GIF of the diagram over a training: one frame per net (weights at an epoch of
     * the training) with its relations and a caption ("epoch 1200 of 5000").
     */
    public static byte[] gif(List<Net> nets, List<RelationsReport> relations, List<String> captions) {
        List<Scene> frames = new java.util.ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            Scene s = Layout.of(nets.get(i), relations.get(i));
            s.add(new Scene.Text(s.width - 12, 22, captions.get(i), 13, Scene.Anchor.END, 0x333333, true, true, "caption"));
            frames.add(s);
        }
        return GifPainter.paint(frames);
    }

    /** The picture of a map (p, or a hidden node with the decision line) as an SVG document. */
    public static String mapSvg(nnlang.report.MapReport map) { return SvgPainter.paint(MapPicture.of(map)); }

    public static byte[] mapPng(nnlang.report.MapReport map) { return PngPainter.paint(MapPicture.of(map)); }

    /** The loss and H(Y|X) curves of a training as an SVG document. */
    public static String plotSvg(nnlang.report.PlotReport plot) { return SvgPainter.paint(PlotPicture.of(plot)); }

    public static byte[] plotPng(nnlang.report.PlotReport plot) { return PngPainter.paint(PlotPicture.of(plot)); }

    /** The picture of a curve (held-out accuracy against K with 95% bands) as an SVG document. */
    public static String curveSvg(nnlang.report.CurveReport curve) { return SvgPainter.paint(CurvePicture.of(curve)); }

    /** The same picture as PNG bytes. */
    public static byte[] curvePng(nnlang.report.CurveReport curve) { return PngPainter.paint(CurvePicture.of(curve)); }
}
