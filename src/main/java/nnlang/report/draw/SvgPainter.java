package nnlang.report.draw;

import java.util.Locale;

/** Writes a scene as an SVG document: one element per shape, classes kept, numbers in Locale.ROOT. */
final class SvgPainter {
    /** The halo around text that sits on lines, as wide as Java2D draws it. */
    static final double HALO = 3.5;
    static final double[] DASH = {7, 5};

    private SvgPainter() {}

    static String paint(Scene s) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(s.width)).append("\" height=\"")
                .append(n(s.height)).append("\" viewBox=\"0 0 ").append(n(s.width)).append(' ').append(n(s.height))
                .append("\" font-family=\"sans-serif\">\n");
        for (Scene.Shape shape : s.shapes) {
            if (shape instanceof Scene.Rect r) rect(out, r);
            else if (shape instanceof Scene.Line l) line(out, l);
            else if (shape instanceof Scene.Circle c) circle(out, c);
            else if (shape instanceof Scene.Text t) text(out, t);
        }
        return out.append("</svg>\n").toString();
    }

    private static void rect(StringBuilder out, Scene.Rect r) {
        out.append("<rect class=\"").append(r.cls()).append("\" x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y()))
                .append("\" width=\"").append(n(r.w())).append("\" height=\"").append(n(r.h())).append('"');
        if (r.rx() > 0) out.append(" rx=\"").append(n(r.rx())).append('"');
        out.append(" fill=\"").append(colour(r.fill())).append('"');
        if (r.opacity() < 1) out.append(" fill-opacity=\"").append(n(r.opacity())).append('"');
        out.append("/>\n");
    }

    private static void line(StringBuilder out, Scene.Line l) {
        out.append("<line class=\"").append(l.cls()).append("\" x1=\"").append(n(l.x1())).append("\" y1=\"")
                .append(n(l.y1())).append("\" x2=\"").append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append('"');
        stroke(out, l.stroke());
        close(out, "line", l.title());
    }

    private static void circle(StringBuilder out, Scene.Circle c) {
        out.append("<circle class=\"").append(c.cls()).append("\" cx=\"").append(n(c.cx())).append("\" cy=\"")
                .append(n(c.cy())).append("\" r=\"").append(n(c.r())).append("\" fill=\"").append(colour(c.fill()))
                .append('"');
        if (c.stroke() != null) stroke(out, c.stroke());
        close(out, "circle", c.title());
    }

    private static void text(StringBuilder out, Scene.Text t) {
        out.append("<text class=\"").append(t.cls()).append("\" x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y()))
                .append("\" font-size=\"").append(n(t.size())).append("\" fill=\"").append(colour(t.rgb())).append('"');
        if (t.anchor() != Scene.Anchor.START) out.append(" text-anchor=\"").append(t.anchor().name().toLowerCase(Locale.ROOT))
                .append('"');
        if (t.bold()) out.append(" font-weight=\"bold\"");
        if (t.halo()) out.append(" stroke=\"#ffffff\" stroke-width=\"").append(n(HALO))
                .append("\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
        out.append('>').append(escape(t.text())).append("</text>\n");
    }

    private static void stroke(StringBuilder out, Scene.Stroke s) {
        out.append(" stroke=\"").append(colour(s.rgb())).append("\" stroke-width=\"").append(n(s.width())).append('"');
        if (s.opacity() < 1) out.append(" stroke-opacity=\"").append(n(s.opacity())).append('"');
        if (s.dashed()) out.append(" stroke-dasharray=\"").append(n(DASH[0])).append(' ').append(n(DASH[1])).append('"');
        else out.append(" stroke-linecap=\"round\"");
    }

    /** Ends an element, with its tooltip inside when it has one. */
    private static void close(StringBuilder out, String element, String title) {
        if (title == null) out.append("/>\n");
        else out.append("><title>").append(escape(title)).append("</title></").append(element).append(">\n");
    }

    /** A number with at most two decimals, trailing zeros dropped. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    static String colour(int rgb) { return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF); }

    /** Text as XML character data; characters XML 1.0 forbids become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE && !lonely(text, i));
                    out.append(allowed ? c : '\uFFFD');
                    if (allowed && Character.isHighSurrogate(c)) out.append(text.charAt(++i));
                }
            }
        }
        return out.toString();
    }

    /** True for a surrogate that is not half of a pair. */
    private static boolean lonely(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        return Character.isLowSurrogate(c);
    }
}
