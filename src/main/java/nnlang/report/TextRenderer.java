package nnlang.report;

import java.util.ArrayList;
import java.util.List;
import nnlang.train.Progress;

/** Reports as text for people: aligned columns, four decimals, Locale.ROOT, no trailing newline. */
public final class TextRenderer {
    private TextRenderer() {}

    /** Plots and maps {@link #render(Report, int) fit} 80 columns. */
    public static String render(Report r) {
        if (r instanceof PlotReport x) return PlotText.render(x, PlotText.WIDTH);
        if (r instanceof MapReport x) return MapText.render(x, PlotText.WIDTH);
        if (r instanceof RelationsReport x) return RelationsText.render(x);
        if (r instanceof ShowReport x) return ShowText.render(x);
        if (r instanceof PredictReport x) return predict(x);
        if (r instanceof InfoReport x) return info(x);
        if (r instanceof TrainReport x) return TrainText.render(x);
        if (r instanceof ExpectReport x) return expect(x);
        if (r instanceof PrintReport x) return x.text();
        if (r instanceof WroteReport x) return "wrote " + x.file() + " (" + x.format() + ", " + x.bytes() + " bytes)";
        if (r instanceof ProgressReport x) return progress(x);
        if (r instanceof HiddenReport x) return HiddenText.render(x);
        if (r instanceof AblationReport x) return AblationText.render(x);
        if (r instanceof CompareReport x) return CompareText.render(x);
        throw new IllegalArgumentException("no text form for report " + r.kind());
    }

    /** The text of a report; plots and maps fit {@code width} columns, other reports ignore it. */
    public static String render(Report r, int width) {
        if (r instanceof PlotReport x) return PlotText.render(x, width);
        if (r instanceof MapReport x) return MapText.render(x, width);
        return render(r);
    }

    /** "predict two 01: 1 (p 0.8832)", then p(y|x) per y with the most probable marked. */
    static String predict(PredictReport r) {
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

    static String info(InfoReport r) {
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
    static String expect(ExpectReport r) {
        return "expect " + r.text() + ": " + (r.passed() ? "ok (" : "FAILED (actual ") + Fmt.compact(r.actual()) + ")";
    }

    /** "two: epoch 1000/5000, loss 0.1234, H(Y|X) 0.2345 bits, 0.12 s". */
    static String progress(ProgressReport r) {
        Progress p = r.progress();
        return r.net() + ": epoch " + p.epoch() + "/" + p.epochs() + ", loss " + Fmt.f4(p.loss()) + ", H(Y|X) "
                + Fmt.f4(p.entropy()) + " bits" + (p.elapsedNanos() >= 0 ? ", " + Fmt.seconds(p.elapsedNanos()) : "");
    }
}
