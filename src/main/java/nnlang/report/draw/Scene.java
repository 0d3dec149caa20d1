package nnlang.report.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture as shapes in drawing order, in pixels with y pointing down: computed once by
 * {@link Layout}, then painted by {@link SvgPainter} and {@link PngPainter} alike. The class of a
 * shape names what it stands for (node, weight, relation, ...) in the SVG.
 */
final class Scene {
    /** A stroke: colour as 0xRRGGBB, width in pixels, opacity in [0, 1], dashed or solid. */
    record Stroke(int rgb, double width, double opacity, boolean dashed) {}

    sealed interface Shape permits Line, Circle, Text, Rect {}

    /** A straight line; title is the tooltip in the SVG (may be null). */
    record Line(double x1, double y1, double x2, double y2, Stroke stroke, String cls, String title)
            implements Shape {}

    /** A filled circle with an outline (stroke may be null). */
    record Circle(double cx, double cy, double r, int fill, Stroke stroke, String cls, String title)
            implements Shape {}

    enum Anchor { START, MIDDLE, END }

    /** A line of text with its baseline at y; a halo is a white outline that keeps it readable over lines. */
    record Text(double x, double y, String text, double size, Anchor anchor, int rgb, boolean bold, boolean halo,
                String cls) implements Shape {}

    /** A filled rectangle with corners of radius rx. */
    record Rect(double x, double y, double w, double h, double rx, int fill, double opacity, String cls)
            implements Shape {}

    final List<Shape> shapes = new ArrayList<>();
    double width, height;

    void add(Shape s) { shapes.add(s); }

    /** Text on a white rounded plate, for labels that sit on lines. */
    void plated(Text t) {
        double w = textWidth(t.text(), t.size()) + 6, h = t.size() + 4;
        double x = switch (t.anchor()) {
            case START -> t.x() - 3;
            case MIDDLE -> t.x() - w / 2;
            case END -> t.x() - w + 3;
        };
        add(new Rect(x, t.y() - t.size() * 0.78 - 2, w, h, h / 2, 0xFFFFFF, 0.88, "plate"));
        add(t);
    }

    /** A rough width of text in the sans-serif font (DejaVu Sans: digits 0.64 em, spaces and points 0.32). */
    static double textWidth(String text, double size) { return text.codePointCount(0, text.length()) * size * 0.56; }
}
