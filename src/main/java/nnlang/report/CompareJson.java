package nnlang.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Locale;
import nnlang.stats.Estimate;
import nnlang.stats.Interval;

/**
 * The JSON body of a compare report. A statistic is {"mean", "std", "ci95": [lo, hi], "n"}, an
 * estimate (a paired difference) adds "ci90", "p" and "method"; with
 * null for what one trial cannot give and null for the whole statistic when there is nothing to
 * measure (no held-out rows, no completed trial).
 */
final class CompareJson {
    private CompareJson() {}

    static void write(JsonWriter w, CompareReport r) throws IOException {
        w.name("table").value(r.table()).name("unit").value("bits");
        w.name("rows").value(r.rows()).name("table_rows").value(r.tableRows());
        w.name("heldout_rows").value(r.tableRows() - r.rows());
        w.name("trials_asked").value(r.trialsAsked()).name("trials_completed").value(r.completed());
        w.name("stopped").value(r.stopped());
        w.name("seed").value(r.seed()).name("epochs").value(r.epochs());
        w.name("nets").beginArray();
        for (CompareReport.NetSummary n : r.nets()) net(w, n);
        w.endArray();
        w.name("paired");
        CompareReport.Paired p = r.paired();
        if (p == null) w.nullValue();
        else {
            w.beginObject().name("measure").value("heldout_accuracy");
            w.name("net").value(p.net()).name("minus").value(p.minus());
            estimateFields(w, p.difference());
            w.name("excludes_zero").value(p.excludesZero());
            JsonRenderer.num(w.name("margin"), p.margin());
            w.name("identical").value(p.identical());
            w.name("verdict");
            if (p.verdict() == null) w.nullValue();
            else w.value(p.verdict().word());
            w.name("both_fit").beginObject();
            estimateFields(w, p.bothFit());
            w.endObject();
            w.endObject();
        }
        w.name("intervals").value(r.onFamily() && r.family().completed() > 1 ? "cluster bootstrap"
                : "student t; wilson for rates");
        if (r.onFamily()) family(w, r);
        w.name("trials").beginArray();
        for (TrialResult t : r.trials()) trial(w, r, t);
        w.endArray();
        if (r.nanos() >= 0) JsonRenderer.num(w.name("seconds"), r.nanos() / 1e9);
    }

    private static void net(JsonWriter w, CompareReport.NetSummary n) throws IOException {
        w.beginObject().name("net").value(n.net()).name("shape").value(n.spec()).name("params").value(n.params());
        JsonRenderer.num(w.name("fit_rate"), n.fitRate());
        w.name("fits").value(n.fits());
        interval(w.name("fit_ci"), n.fitInterval());
        stat(w.name("heldout_accuracy"), n.heldoutAccuracy());
        stat(w.name("heldout_entropy"), n.heldoutEntropy());
        stat(w.name("heldout_ce"), n.heldoutCe());
        stat(w.name("accuracy"), n.accuracy());
        stat(w.name("entropy"), n.entropy());
        JsonRenderer.num(w.name("mean_epochs"), n.epochs().mean());
        JsonRenderer.num(w.name("mean_idle"), n.idle().mean());
        w.name("diverged").value(n.diverged());
        w.endObject();
    }

    /**
     * On a family: {"instances", "instances_asked", "trials_per_instance", "resamples",
     * "bootstrap_seed", "per_instance": [{"table", "nets": [{"net", "fits", "heldout_accuracy",
     * "accuracy"}], "difference", "identical"}]}; the trials then name their instance.
     */
    private static void family(JsonWriter w, CompareReport r) throws IOException {
        CompareReport.FamilyGrid f = r.family();
        w.name("family").beginObject().name("instances").value(f.completed()).name("instances_asked")
                .value(f.instancesAsked()).name("trials_per_instance").value(f.trials());
        w.name("resamples").value(f.resamples()).name("bootstrap_seed").value(nnlang.stats.ClusterBootstrap.SEED);
        w.name("per_instance").beginArray();
        for (CompareReport.Instance i : f.instances()) {
            w.beginObject().name("table").value(i.table()).name("nets").beginArray();
            for (int j = 0; j < r.nets().size(); j++) {
                w.beginObject().name("net").value(r.nets().get(j).net()).name("fits").value(i.fits().get(j));
                JsonRenderer.num(w.name("heldout_accuracy"), i.heldoutAccuracy().get(j));
                JsonRenderer.num(w.name("accuracy"), i.accuracy().get(j));
                w.endObject();
            }
            w.endArray();
            JsonRenderer.num(w.name("difference"), i.difference());
            w.name("identical").value(i.identical());
            w.endObject();
        }
        w.endArray().endObject();
    }

    private static void trial(JsonWriter w, CompareReport r, TrialResult t) throws IOException {
        w.beginObject().name("trial").value(t.index()).name("seed").value(t.seed());
        if (r.onFamily()) {
            int per = r.family().trials();
            w.name("instance").value(r.family().instances().get(t.index() / per).table());
            w.name("instance_trial").value(t.index() % per);
        }
        w.name("rows").beginArray();
        for (String x : t.rows()) w.value(x);
        w.endArray();
        w.name("nets").beginArray();
        for (int j = 0; j < t.outcomes().size(); j++) {
            TrialResult.Outcome o = t.outcomes().get(j);
            w.beginObject().name("net").value(r.nets().get(j).net());
            w.name("epochs").value(o.epochs()).name("stopped").value(o.reason().name().toLowerCase(Locale.ROOT));
            w.name("idle").value(o.idle());
            w.name("fit").value(o.fit());
            JsonRenderer.num(w.name("train_accuracy"), o.trainAccuracy());
            JsonRenderer.num(w.name("train_entropy"), o.trainEntropy());
            JsonRenderer.num(w.name("heldout_accuracy"), o.heldoutAccuracy());
            JsonRenderer.num(w.name("heldout_entropy"), o.heldoutEntropy());
            JsonRenderer.num(w.name("heldout_ce"), o.heldoutCe());
            JsonRenderer.num(w.name("accuracy"), o.accuracy());
            JsonRenderer.num(w.name("entropy"), o.entropy());
            w.endObject();
        }
        w.endArray().endObject();
    }

    private static void stat(JsonWriter w, Stats s) throws IOException {
        if (s.n() == 0) {
            w.nullValue();
            return;
        }
        w.beginObject();
        statFields(w, s);
        w.endObject();
    }

    /** [lo, hi], or null when there is none. */
    static void interval(JsonWriter w, Interval i) throws IOException {
        if (!i.exists()) {
            w.nullValue();
            return;
        }
        w.beginArray();
        JsonRenderer.num(w, i.lo());
        JsonRenderer.num(w, i.hi());
        w.endArray();
    }

    /** mean, std, ci95, ci90, p, n and the method of an estimate. */
    static void estimateFields(JsonWriter w, Estimate e) throws IOException {
        JsonRenderer.num(w.name("mean"), e.mean());
        JsonRenderer.num(w.name("std"), e.std());
        interval(w.name("ci95"), e.ci95());
        interval(w.name("ci90"), e.ci90());
        JsonRenderer.num(w.name("p"), e.p());
        w.name("n").value(e.n());
        w.name("method").value(e.method());
    }

    private static void statFields(JsonWriter w, Stats s) throws IOException {
        JsonRenderer.num(w.name("mean"), s.mean());
        JsonRenderer.num(w.name("std"), s.std());
        w.name("ci95");
        if (s.hasInterval()) {
            w.beginArray();
            JsonRenderer.num(w, s.lo());
            JsonRenderer.num(w, s.hi());
            w.endArray();
        } else {
            w.nullValue();
        }
        w.name("n").value(s.n());
    }
}
