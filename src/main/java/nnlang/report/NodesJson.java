package nnlang.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;

/** The JSON bodies of the reports on hidden nodes, {@code hidden} and {@code ablate}, for {@link JsonRenderer}. */
final class NodesJson {
    private NodesJson() {}

    static void hidden(JsonWriter w, HiddenReport r) throws IOException {
        w.name("net").value(r.net()).name("table").value(r.table()).name("unit").value("bits");
        w.name("bins").value(r.bins());
        strings(w.name("inputs"), r.inputs());
        JsonRenderer.num(w.name("H_Y"), r.hY());
        JsonRenderer.num(w.name("floor"), r.floor());
        w.name("layers").beginArray();
        for (HiddenReport.Layer l : r.layers()) layer(w, r, l);
        w.endArray();
        w.name("readout");
        if (r.readout() == null) w.nullValue();
        else readout(w, r.readout());
    }

    private static void layer(JsonWriter w, HiddenReport r, HiddenReport.Layer l) throws IOException {
        w.beginObject().name("layer").value(l.number()).name("activation").value(l.activation());
        JsonRenderer.num(w.name("idle_below"), l.idleBelow());
        w.name("nodes").beginArray();
        for (HiddenReport.Node n : l.nodes()) {
            w.beginObject().name("node").value(n.name());
            w.name("activations").beginObject();
            for (int x = 0; x < r.inputs().size(); x++) JsonRenderer.num(w.name(r.inputs().get(x)), n.activation(x));
            w.endObject();
            w.name("variants").value(n.variants());
            JsonRenderer.num(w.name("spread"), n.spread());
            JsonRenderer.num(w.name("outgoing"), n.outgoing());
            JsonRenderer.num(w.name("share"), n.share());
            w.name("idle").value(n.idle());
            strings(w.name("on"), n.on());
            w.name("gate").value(n.gate());
            w.endObject();
        }
        w.endArray();
        w.name("codes").beginObject();
        for (int x = 0; x < r.inputs().size(); x++) w.name(r.inputs().get(x)).value(l.codes().get(x));
        w.endObject();
        w.name("distinct_codes").value(l.distinct());
        JsonRenderer.num(w.name("H_T"), l.hT());
        JsonRenderer.num(w.name("I_TY"), l.iTY());
        w.endObject();
    }

    private static void readout(JsonWriter w, HiddenReport.Readout ro) throws IOException {
        w.beginObject();
        strings(w.name("outputs"), ro.outputs());
        w.name("output").value(ro.output());
        w.name("rows").beginArray();
        for (HiddenReport.Row row : ro.rows()) {
            w.beginObject().name("x").value(row.x()).name("code").value(row.code());
            w.name("z").beginArray();
            for (double z : row.z()) JsonRenderer.num(w, z);
            w.endArray();
            w.name("p").beginObject();
            for (int y = 0; y < ro.outputs().size(); y++) JsonRenderer.num(w.name(ro.outputs().get(y)), row.p(y));
            w.endObject();
            strings(w.name("targets"), row.targets());
            w.name("top").value(row.top() < 0 ? null : ro.outputs().get(row.top()));
            w.name("correct").value(row.correct());
            w.endObject();
        }
        w.endArray();
        w.name("correct").value(ro.correct()).name("row_count").value(ro.rows().size());
        w.endObject();
    }

    static void ablate(JsonWriter w, AblationReport r) throws IOException {
        RelationsReport b = r.before(), a = r.after();
        List<String> ys = b.outputs();
        w.name("net").value(r.net()).name("table").value(r.table()).name("unit").value("bits");
        w.name("node").value(r.node()).name("layer").value(r.layer()).name("activation").value(r.activation());
        w.name("into").value(r.intoOutput() ? "output" : "layer " + (r.layer() + 1));
        strings(w.name("outputs"), ys);
        w.name("rows").beginArray();
        for (int i = 0; i < b.rows().size(); i++) {
            RelationsReport.Row rb = b.rows().get(i), ra = a.rows().get(i);
            w.beginObject().name("x").value(rb.x());
            strings(w.name("targets"), rb.targets());
            p(w.name("p_before"), ys, rb);
            p(w.name("p_after"), ys, ra);
            JsonRenderer.num(w.name("entropy_before"), rb.entropy());
            JsonRenderer.num(w.name("entropy_after"), ra.entropy());
            w.name("top_before").value(rb.top() < 0 ? null : ys.get(rb.top()));
            w.name("top_after").value(ra.top() < 0 ? null : ys.get(ra.top()));
            w.name("changed").value(r.changed(i));
            w.endObject();
        }
        w.endArray();
        JsonRenderer.num(w.name("entropy_before"), b.entropy());
        JsonRenderer.num(w.name("entropy_after"), a.entropy());
        JsonRenderer.num(w.name("cross_entropy_before"), b.crossEntropy());
        JsonRenderer.num(w.name("cross_entropy_after"), a.crossEntropy());
        JsonRenderer.num(w.name("accuracy_before"), b.accuracy());
        JsonRenderer.num(w.name("accuracy_after"), a.accuracy());
        w.name("changed").value(r.changed());
        JsonRenderer.num(w.name("moved_above"), AblationReport.MOVED);
        w.name("moved").beginArray();
        for (AblationReport.Moved m : r.moved()) {
            w.beginObject().name("x").value(m.x()).name("y").value(m.y());
            JsonRenderer.num(w.name("p_before"), m.before());
            JsonRenderer.num(w.name("p_after"), m.after());
            w.endObject();
        }
        w.endArray();
    }

    private static void p(JsonWriter w, List<String> ys, RelationsReport.Row row) throws IOException {
        w.beginObject();
        for (int y = 0; y < ys.size(); y++) JsonRenderer.num(w.name(ys.get(y)), row.p(y));
        w.endObject();
    }

    private static void strings(JsonWriter w, List<String> values) throws IOException {
        w.beginArray();
        for (String v : values) w.value(v);
        w.endArray();
    }
}
