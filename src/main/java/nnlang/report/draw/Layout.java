package nnlang.report.draw;

import java.util.Locale;
import nnlang.model.Net;
import nnlang.report.RelationsReport;

/**
 * Where everything goes: a title, the network on the left ({@link NetPicture}), the relation
 * diagram on the right when there is one ({@link RelationPicture}), both centred on one line, and
 * a legend below. Colours follow TensorFlow Playground: blue for positive weights, orange for
 * negative ones.
 */
final class Layout {
    static final int POSITIVE = 0x2F6DB5, NEGATIVE = 0xE8710A, UNDETERMINED = 0xD6336C;
    static final int INK = 0x1F2933, GREY = 0x5F6B7A, LIGHT = 0xA3ACB9, PAPER = 0xFFFFFF, NODE = 0xF4F6F8;
    /** The pale band under the relations that the table holds. */
    static final int TABLE = 0xD5EFE6;
    static final double PAD = 32;
    /** The gap between the network and the relation diagram. */
    static final double GAP = 110;
    private static final double TITLE = 18, SUBTITLE = 13, LEGEND = 12;

    private Layout() {}

    static Scene of(Net net, RelationsReport relations) {
        Scene s = new Scene();
        String title = relations == null ? "net " + net.name() : title(relations);
        String subtitle = net.toString().replaceFirst("^net \\S+ = ", "");
        s.add(new Scene.Text(PAD, PAD + TITLE, title, TITLE, Scene.Anchor.START, INK, true, false, "title"));
        s.add(new Scene.Text(PAD, PAD + TITLE + 22, subtitle, SUBTITLE, Scene.Anchor.START, GREY, false, false,
                "subtitle"));
        double headers = PAD + TITLE + 64;
        double body = NetPicture.height(net);
        if (relations != null) body = Math.max(body, RelationPicture.height(relations));
        double top = headers + 22, mid = top + body / 2;
        double right = NetPicture.draw(s, net, PAD, headers, mid);
        if (relations != null) right = RelationPicture.draw(s, relations, right + GAP, headers, mid);
        double bottom = legend(s, relations, top + body + 36);
        s.width = Math.ceil(Math.max(right, Math.max(Scene.textWidth(title, TITLE) * 1.05, width(s))) + PAD);
        s.height = Math.ceil(bottom + PAD);
        s.shapes.add(0, new Scene.Rect(0, 0, s.width, s.height, 0, PAPER, 1, "background"));
        return s;
    }

    /** "two on xor: H(Y|X) 0.04 bits, accuracy 4/4"; the floor when it is not 0. */
    static String title(RelationsReport r) {
        return r.net() + " on " + r.table() + ": H(Y|X) " + f2(r.entropy()) + " bits"
                + (r.floor() > 0 ? ", floor " + compact(r.floor()) : "") + ", accuracy " + r.correct() + "/"
                + r.rows().size();
    }

    /** The legend: what colour and width mean; returns the baseline of its last line. */
    private static double legend(Scene s, RelationsReport relations, double y) {
        double x = PAD;
        x = sample(s, x, y, new Scene.Stroke(POSITIVE, 4, 0.9, false), "positive weight");
        x = sample(s, x, y, new Scene.Stroke(NEGATIVE, 4, 0.9, false), "negative weight");
        s.add(new Scene.Text(x, y, "line width \u221d |w|, b: bias", LEGEND, Scene.Anchor.START, GREY, false, false,
                "legend"));
        if (relations == null) return y;
        y += 24;
        x = sample(s, PAD, y, new Scene.Stroke(INK, 4, 0.9, false), "relation (x, y): width and opacity \u221d p(y|x)");
        x = sample(s, x, y, new Scene.Stroke(TABLE, 10, 1, false), "in the table");
        x = sample(s, x, y, new Scene.Stroke(UNDETERMINED, 2.5, 0.9, true), "undetermined: " + compact(relations.eps())
                + " \u2264 p \u2264 " + compact(1 - relations.eps()));
        s.add(new Scene.Text(x, y, "h = \u2212p log\u2082 p (bits)", LEGEND, Scene.Anchor.START, GREY, false, false,
                "legend"));
        return y;
    }

    /** A short line in a stroke, then its words; returns where the next item starts. */
    private static double sample(Scene s, double x, double y, Scene.Stroke stroke, String words) {
        s.add(new Scene.Line(x, y - 4, x + 28, y - 4, stroke, "legend", null));
        s.add(new Scene.Text(x + 36, y, words, LEGEND, Scene.Anchor.START, GREY, false, false, "legend"));
        return x + 36 + Scene.textWidth(words, LEGEND) + 24;
    }

    /** The right edge of the widest legend text. */
    private static double width(Scene s) {
        double w = 0;
        for (Scene.Shape shape : s.shapes) {
            if (shape instanceof Scene.Text t && t.cls().equals("legend")) w = Math.max(w, t.x() + Scene.textWidth(t.text(), t.size()));
            if (shape instanceof Scene.Text t && t.cls().equals("subtitle")) w = Math.max(w, t.x() + Scene.textWidth(t.text(), t.size()));
        }
        return w;
    }

    /** Two decimals, Locale.ROOT, never -0.00. */
    static String f2(double v) {
        if (Double.isNaN(v)) return "nan";
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    /** At most four decimals, trailing zeros dropped. */
    static String compact(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
