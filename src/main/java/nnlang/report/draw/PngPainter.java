package nnlang.report.draw;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Paints a scene with Java2D onto an RGB image at twice its size (sharp on projectors and
 * high-density screens), antialiased, and encodes it as PNG. ImageIO's PNG writer adds no time or
 * other metadata, so the same scene gives the same bytes on the same JDK and fonts.
 */
final class PngPainter {
    /** Image pixels per scene pixel. */
    static final int SCALE = 2;

    private PngPainter() {}

    static byte[] paint(Scene s) {
        BufferedImage image = image(s, SCALE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The scene painted at {@code scale} image pixels per scene pixel. */
    static BufferedImage image(Scene s, int scale) {
        BufferedImage image = new BufferedImage((int) Math.ceil(s.width * scale), (int) Math.ceil(s.height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            for (Scene.Shape shape : s.shapes) {
                if (shape instanceof Scene.Rect r) fill(g, new RoundRectangle2D.Double(r.x(), r.y(), r.w(), r.h(),
                        2 * r.rx(), 2 * r.rx()), r.fill(), r.opacity());
                else if (shape instanceof Scene.Line l) stroke(g, new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()), l.stroke());
                else if (shape instanceof Scene.Circle c) circle(g, c);
                else if (shape instanceof Scene.Text t) text(g, t);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void circle(Graphics2D g, Scene.Circle c) {
        Ellipse2D e = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
        fill(g, e, c.fill(), 1);
        if (c.stroke() != null) stroke(g, e, c.stroke());
    }

    private static void text(Graphics2D g, Scene.Text t) {
        if (t.text().isEmpty()) return;
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
        TextLayout layout = new TextLayout(t.text(), font, g.getFontRenderContext());
        double shift = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -layout.getAdvance() / 2;
            case END -> -layout.getAdvance();
        };
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(t.x() + shift, t.y()));
        if (t.halo()) {
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) SvgPainter.HALO, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        fill(g, outline, t.rgb(), 1);
    }

    private static void fill(Graphics2D g, Shape shape, int rgb, double opacity) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.setColor(new Color(rgb));
        g.fill(shape);
    }

    private static void stroke(Graphics2D g, Shape shape, Scene.Stroke s) {
        float[] dash = s.dashed() ? new float[] {(float) SvgPainter.DASH[0], (float) SvgPainter.DASH[1]} : null;
        g.setStroke(new BasicStroke((float) s.width(), s.dashed() ? BasicStroke.CAP_BUTT : BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 10, dash, 0));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) s.opacity()));
        g.setColor(new Color(s.rgb()));
        g.draw(shape);
    }
}
