package nnlang.report;

import java.util.ArrayList;
import java.util.List;
import nnlang.train.Progress;

/**
 * Reports as text for people: aligned columns, four decimals, Locale.ROOT, no trailing newline.
 * One visitor method per kind of report; plots and maps fit the width given, other reports ignore it.
 */
public final class TextRenderer implements Report.Visitor<String> {
    private static final TextRenderer STANDARD = new TextRenderer(PlotText.WIDTH);

    private final int width;
    /** Whether every report fits the width (a terminal's), or only plots and maps do (files, pipes). */
    private final boolean fit;
    /** The lines a plot or map may fill (a terminal's height), or 0: their own default. */
    private final int height;
    /** The terminal's colours, which maps use; none for files and pipes. */
    private final Colours colours;

    private TextRenderer(int width) { this(width, 0, false, Colours.NONE); }

    private TextRenderer(int width, int height, boolean fit, Colours colours) {
        this.width = width;
        this.height = height;
        this.fit = fit;
        this.colours = colours;
    }

    /** Plots and maps {@link #render(Report, int) fit} 80 columns. */
    public static String render(Report r) { return r.accept(STANDARD); }

    /** The text of a report; plots and maps fit {@code width} columns, other reports ignore it. */
    public static String render(Report r, int width) { return r.accept(new TextRenderer(width)); }

    /**
     * The text of a report for a terminal {@code width} columns wide: plots and maps fill it, the
     * relations report leaves out columns that do not fit, and every line is broken at word
     * boundaries to fit it.
     */
    public static String fitted(Report r, int width) { return fitted(r, width, 0); }

    /** As {@link #fitted(Report, int)}; plots and maps also fill {@code height} lines (0: their default). */
    public static String fitted(Report r, int width, int height) { return fitted(r, width, height, Colours.NONE); }

    /** As {@link #fitted(Report, int, int)}, in the terminal's {@code colours} where a report has colour (maps). */
    public static String fitted(Report r, int width, int height, Colours colours) {
        String text = r.accept(new TextRenderer(width, height, true, colours));
        return Wrap.text(text, width); // a plot's or map's grid fits already; its legend may not
    }

    /** Two panels of rows text rows each, with 6 lines of titles and axis and 2 for the prompts. */
    @Override public String plot(PlotReport r) {
        return PlotText.render(r, width, height > 0 ? Math.min(16, (height - 8) / 2) : PlotText.ROWS, colours);
    }

    @Override public String space(SpaceReport r) { return SpaceText.render(r); }

    /** Each part in its share of the width, then their lines side by side. */
    @Override public String sideBySide(SideBySideReport r) {
        int n = r.parts().size();
        int share = Math.max(20, (width - SideBySideText.GAP.length() * (n - 1)) / n);
        TextRenderer part = new TextRenderer(share, height, fit, colours);
        List<String> texts = new ArrayList<>();
        for (Report p : r.parts()) texts.add(p.accept(part));
        return SideBySideText.join(fit ? SideBySideText.fitted(texts, share) : texts);
    }

    @Override public String map(MapReport r) {
        return MapText.render(r, width, height > 0 ? height - 3 : 1 << 20, colours);
    }

    @Override public String relations(RelationsReport r) {
        return fit ? RelationsText.render(r, width) : RelationsText.render(r);
    }

    @Override public String show(ShowReport r) { return ShowText.render(r); }

    @Override public String train(TrainReport r) { return TrainText.render(r); }

    @Override public String print(PrintReport r) { return r.text(); }

    @Override public String note(NoteReport r) { return r.text(); }

    @Override public String wrote(WroteReport r) {
        return "wrote " + r.file() + " (" + r.format() + ", " + r.bytes() + " bytes)";
    }

    @Override public String hidden(HiddenReport r) { return HiddenText.render(r); }

    @Override public String ablate(AblationReport r) { return AblationText.render(r); }

    @Override public String compare(CompareReport r) { return fit ? CompareText.render(r, width) : CompareText.render(r); }

    @Override public String curve(CurveReport r) {
        return CurveText.render(r, width, fit ? width : CompareText.WIDTH);
    }

    /** "predict two 01: 1 (p 0.8832)", then p(y|x) per y with the most probable marked. */
    @Override public String predict(PredictReport r) {
        StringBuilder out = new StringBuilder("predict ").append(r.net()).append(' ').append(r.x()).append(": ");
        double max = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < r.outputs().size(); y++) max = Math.max(max, r.p(y));
        List<String> tied = new ArrayList<>();
        for (int y = 0; y < r.outputs().size(); y++) {
            if (max - r.p(y) <= RelationsReport.TIE) tied.add(r.outputs().get(y));
        }
        if (r.top() >= 0) out.append(r.topState()).append(" (p ").append(Fmt.f4(r.p(r.top()))).append(')');
        else if (r.tie()) out.append("a tie between ").append(words(tied)).append(" (p ")
                .append(Fmt.f4(max)).append(" each)");
        else out.append("no prediction (p is nan)");
        Columns c = new Columns(false, true, false);
        c.row("y", "p(y|x)", "");
        boolean listAll = r.outputs().size() <= RelationsText.LIST_ALL;
        int rest = 0;
        double restP = 0;
        for (int y = 0; y < r.outputs().size(); y++) {
            double p = r.p(y);
            String mark = y == r.top() ? "top" : r.tie() && max - p <= RelationsReport.TIE ? "tie" : "";
            if (listAll || p >= RelationsText.SHOWN || !mark.isEmpty()) {
                c.row(r.outputs().get(y), Fmt.f4(p), mark);
            } else {
                rest++;
                restP += p;
            }
        }
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        if (rest > 0) out.append("\n  + ").append(rest).append(" more with p < ").append(Fmt.compact(RelationsText.SHOWN))
                .append(", together ").append(Fmt.f4(restP));
        return out.toString();
    }

    /** "a", "a and b", "a, b and c". */
    private static String words(List<String> xs) {
        if (xs.size() < 2) return String.join("", xs);
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
    }

    @Override public String info(InfoReport r) {
        StringBuilder out = new StringBuilder("info ").append(r.table());
        Columns c = new Columns(false, false);
        c.row("inputs", "|X| = " + r.inputs() + ": " + Fmt.states(r.inputStates()));
        c.row("outputs", "|Y| = " + r.outputs() + ": " + Fmt.states(r.outputStates()));
        c.row("relations", r.relations() + " = |X| * |Y|");
        c.row("rows", Integer.toString(r.rows()));
        String function = "yes";
        if (!r.function()) {
            function = "no, " + (r.manyTargetRows() == 1 ? "1 input has" : r.manyTargetRows() + " inputs have")
                    + " several targets: " + String.join(", ", r.manyTargets())
                    + (r.manyTargetRows() > r.manyTargets().size() ? ", ..." : "");
        }
        c.row("function", function);
        c.row("floor", Fmt.bits(r.floor()) + (r.floor() == 1 ? " bit" : " bits"));
        c.row("k^n", r.statesPerFactor() + "^" + r.factors() + " = " + r.worstCaseWidth()
                + ": one hidden node per input variant in the worst case");
        for (int i = 0; i < r.built().size(); i++) c.row(i == 0 ? "built" : "", r.built().get(i));
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        return out.toString();
    }

    /** info of a family: how it was built, the spaces, then one line per instance. */
    @Override public String family(FamilyReport r) {
        StringBuilder out = new StringBuilder("info ").append(r.family());
        Columns c = new Columns(false, false);
        c.row("family", r.built() + ": " + r.instances().size() + " instance" + (r.instances().size() == 1 ? "" : "s"));
        c.row("inputs", "|X| = " + r.inputStates().size() + ": " + Fmt.states(r.inputStates()) + " (every instance)");
        c.row("outputs", "|Y| = " + r.outputStates().size() + ": " + Fmt.states(r.outputStates()) + " (every instance)");
        for (FamilyReport.Instance i : r.instances()) {
            String first = i.built().isEmpty() ? "" : i.built().get(0);
            c.row(i.table(), first + (i.ones() >= 0 ? "; output 1 on " + i.ones() + " of " + r.inputStates().size()
                    + " rows" : ""));
            for (int k = 1; k < i.built().size(); k++) {
                if (!i.built().get(k).startsWith("output 1 on")) c.row("", i.built().get(k));
            }
        }
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        return out.toString();
    }

    /** "expect accuracy of two on xor >= 1: ok (1)" or "...: FAILED (actual 0.5)". */
    @Override public String expect(ExpectReport r) {
        return "expect " + r.text() + ": " + (r.passed() ? "ok (" : "FAILED (actual ") + Fmt.compact(r.actual()) + ")"
                + (r.note() == null ? "" : "; " + r.note());
    }

    /** "two: epoch 1000/5000, loss 0.1234, H(Y|X) 0.2345 bits, 0.12 s". */
    @Override public String progress(ProgressReport r) {
        Progress p = r.progress();
        return r.net() + ": epoch " + p.epoch() + "/" + p.epochs() + ", loss " + Fmt.f4(p.loss()) + ", H(Y|X) "
                + Fmt.f4(p.entropy()) + " bits" + (p.elapsedNanos() >= 0 ? ", " + Fmt.seconds(p.elapsedNanos()) : "");
    }
}
