package nnlang.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Locale;
import nnlang.stats.Estimate;

/**
 * The JSON body of a curve report: {"nets", "rows", "points": [{"net", "rows", "fit_rate",
 * "fit_ci", "heldout_accuracy", "heldout_accuracy_ci", "heldout_ce", "heldout_ce_ci", "epochs"}],
 * "differences": [{"rows", "difference", "ci", "p_holm", "both_fit_difference", "both_fit_ci",
 * "verdict"}], "auc_difference", "auc_ci", "trials"}, with a few more keys beside them (the
 * table, seeds, counts, the 90% intervals and raw p). An interval is [lo, hi] or null.
 */
final class CurveJson {
    private CurveJson() {}

    static void write(JsonWriter w, CurveReport r) throws IOException {
        w.name("table").value(r.table()).name("instances").value(r.instances()).name("unit").value("bits");
        w.name("table_rows").value(r.tableRows());
        w.name("nets").beginArray();
        for (String n : r.nets()) w.value(n);
        w.endArray();
        w.name("rows").beginArray();
        for (int k : r.rows()) w.value(k);
        w.endArray();
        w.name("trials_asked").value(r.trialsAsked()).name("trials_completed").value(r.completed());
        w.name("stopped").value(r.stopped());
        w.name("seed").value(r.seed()).name("epochs").value(r.epochs());
        JsonRenderer.num(w.name("margin"), r.margin());
        w.name("intervals").value(r.family() ? "cluster bootstrap" : "student t; wilson for rates");
        w.name("points").beginArray();
        for (CurveReport.Point p : r.points()) point(w, p);
        w.endArray();
        w.name("differences").beginArray();
        for (CurveReport.Difference d : r.differences()) difference(w, d);
        w.endArray();
        Estimate auc = r.auc();
        if (auc == null) {
            w.name("auc_difference").nullValue().name("auc_ci").nullValue();
        } else {
            JsonRenderer.num(w.name("auc_difference"), auc.mean());
            CompareJson.interval(w.name("auc_ci"), auc.ci95());
        }
        w.name("trials").beginArray();
        for (CurveReport.Cell c : r.trials()) cell(w, r, c);
        w.endArray();
        if (r.nanos() >= 0) JsonRenderer.num(w.name("seconds"), r.nanos() / 1e9);
    }

    private static void point(JsonWriter w, CurveReport.Point p) throws IOException {
        w.beginObject().name("net").value(p.net()).name("rows").value(p.rows());
        JsonRenderer.num(w.name("fit_rate"), p.fitRate());
        CompareJson.interval(w.name("fit_ci"), p.fitCi());
        JsonRenderer.num(w.name("heldout_accuracy"), p.heldoutAccuracy().mean());
        CompareJson.interval(w.name("heldout_accuracy_ci"), p.heldoutAccuracy().ci95());
        JsonRenderer.num(w.name("heldout_ce"), p.heldoutCe().mean());
        CompareJson.interval(w.name("heldout_ce_ci"), p.heldoutCe().ci95());
        JsonRenderer.num(w.name("epochs"), p.epochs());
        w.name("fits").value(p.fits()).name("n").value(p.cells());
        w.endObject();
    }

    private static void difference(JsonWriter w, CurveReport.Difference d) throws IOException {
        w.beginObject().name("rows").value(d.rows());
        JsonRenderer.num(w.name("difference"), d.difference().mean());
        CompareJson.interval(w.name("ci"), d.difference().ci95());
        JsonRenderer.num(w.name("p_holm"), d.pHolm());
        JsonRenderer.num(w.name("both_fit_difference"), d.bothFit().mean());
        CompareJson.interval(w.name("both_fit_ci"), d.bothFit().ci95());
        w.name("verdict");
        if (d.verdict() == null) w.nullValue();
        else w.value(d.verdict().word());
        CompareJson.interval(w.name("ci90"), d.difference().ci90());
        JsonRenderer.num(w.name("p"), d.difference().p());
        w.name("n").value(d.difference().n()).name("both_fit_n").value(d.bothFit().n());
        w.name("identical").value(d.identical());
        w.endObject();
    }

    private static void cell(JsonWriter w, CurveReport r, CurveReport.Cell c) throws IOException {
        TrialResult t = c.result();
        w.beginObject().name("rows").value(c.rows()).name("trial").value(t.index());
        if (r.family()) w.name("instance").value(c.instance());
        w.name("seed").value(t.seed());
        w.name("train_rows").beginArray();
        for (String x : t.rows()) w.value(x);
        w.endArray();
        w.name("nets").beginArray();
        for (int j = 0; j < t.outcomes().size(); j++) {
            TrialResult.Outcome o = t.outcomes().get(j);
            w.beginObject().name("net").value(r.nets().get(j));
            w.name("epochs").value(o.epochs()).name("stopped").value(o.reason().name().toLowerCase(Locale.ROOT));
            w.name("fit").value(o.fit());
            JsonRenderer.num(w.name("heldout_accuracy"), o.heldoutAccuracy());
            JsonRenderer.num(w.name("heldout_ce"), o.heldoutCe());
            w.endObject();
        }
        w.endArray().endObject();
    }
}
