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

    private TextRenderer(int width) { this.width = width; }

    /** Plots and maps {@link #render(Report, int) fit} 80 columns. */
    public static String render(Report r) { return r.accept(STANDARD); }

    /** The text of a report; plots and maps fit {@code width} columns, other reports ignore it. */
    public static String render(Report r, int width) { return r.accept(new TextRenderer(width)); }

    @Override public String plot(PlotReport r) { return PlotText.render(r, width); }

    @Override public String map(MapReport r) { return MapText.render(r, width); }

    @Override public String relations(RelationsReport r) { return RelationsText.render(r); }

    @Override public String show(ShowReport r) { return ShowText.render(r); }

    @Override public String train(TrainReport r) { return TrainText.render(r); }

    @Override public String print(PrintReport r) { return r.text(); }

    @Override public String note(NoteReport r) { return r.text(); }

    @Override public String wrote(WroteReport r) {
        return "wrote " + r.file() + " (" + r.format() + ", " + r.bytes() + " bytes)";
    }

    @Override public String hidden(HiddenReport r) { return HiddenText.render(r); }

    @Override public String ablate(AblationReport r) { return AblationText.render(r); }

    @Override public String compare(CompareReport r) { return CompareText.render(r); }

    @Override public String curve(CurveReport r) { return CurveText.render(r, width); }

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
        out.append('\n');
        c.appendTo(out, "  ", "  ");
        return out.toString();
    }

    /** "expect accuracy of two on xor >= 1: ok (1)" or "...: FAILED (actual 0.5)". */
    @Override public String expect(ExpectReport r) {
        return "expect " + r.text() + ": " + (r.passed() ? "ok (" : "FAILED (actual ") + Fmt.compact(r.actual()) + ")";
    }

    /** "two: epoch 1000/5000, loss 0.1234, H(Y|X) 0.2345 bits, 0.12 s". */
    @Override public String progress(ProgressReport r) {
        Progress p = r.progress();
        return r.net() + ": epoch " + p.epoch() + "/" + p.epochs() + ", loss " + Fmt.f4(p.loss()) + ", H(Y|X) "
                + Fmt.f4(p.entropy()) + " bits" + (p.elapsedNanos() >= 0 ? ", " + Fmt.seconds(p.elapsedNanos()) : "");
    }
}
