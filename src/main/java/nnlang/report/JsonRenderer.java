package nnlang.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nnlang.train.Progress;

/**
 * Reports as JSON for programs: one object on one line (JSON Lines), keys as in DESIGN.md
 * section 3. Doubles are written by {@link JsonWriter#value(double)} (Double.toString, which
 * round-trips); NaN and infinities are written as null; whole encoded inputs as integers. The
 * visitor gives each kind of report the fields that follow its {@code "report"} key.
 */
public final class JsonRenderer implements Report.Visitor<JsonRenderer.Fields> {
    private static final JsonRenderer FORMS = new JsonRenderer();

    private JsonRenderer() {}

    /** What a report writes into its JSON object after the "report" key. */
    public interface Fields {
        void write(JsonWriter w) throws IOException;
    }

    public static String render(Report r) {
        StringWriter s = new StringWriter();
        try (JsonWriter w = new JsonWriter(s)) {
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("report").value(r.kind());
            r.accept(FORMS).write(w);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    @Override public Fields relations(RelationsReport r) { return w -> relations(w, r); }

    @Override public Fields show(ShowReport r) { return w -> show(w, r); }

    @Override public Fields predict(PredictReport r) { return w -> predict(w, r); }

    @Override public Fields info(InfoReport r) { return w -> info(w, r); }

    @Override public Fields train(TrainReport r) { return w -> train(w, r); }

    @Override public Fields expect(ExpectReport r) {
        return w -> {
            w.name("text").value(r.text()).name("passed").value(r.passed());
            num(w.name("actual"), r.actual());
            if (r.note() != null) w.name("note").value(r.note());
        };
    }

    @Override public Fields print(PrintReport r) { return w -> w.name("text").value(r.text()); }

    @Override public Fields note(NoteReport r) { return w -> w.name("text").value(r.text()); }

    @Override public Fields wrote(WroteReport r) {
        return w -> w.name("file").value(r.file()).name("bytes").value(r.bytes()).name("format").value(r.format());
    }

    @Override public Fields progress(ProgressReport r) { return w -> progress(w, r); }

    @Override public Fields plot(PlotReport r) { return w -> PictureJson.plot(w, r); }

    @Override public Fields map(MapReport r) { return w -> PictureJson.map(w, r); }

    @Override public Fields space(SpaceReport r) {
        return w -> {
            w.name("net").value(r.net()).name("table").value(r.table());
            w.name("layers").beginArray();
            for (SpaceReport.Layer l : r.layers()) {
                w.beginObject().name("layer").value(l.layer()).name("nodes").value(l.nodes());
                w.name("explained").beginArray();
                for (double e : l.explained()) num(w, e);
                w.endArray().name("points").beginArray();
                for (SpaceReport.Point p : l.points()) {
                    w.beginObject().name("x").value(p.x()).name("targets").beginArray();
                    for (String t : p.targets()) w.value(t);
                    w.endArray().name("pc").beginArray();
                    for (double v : p.pc()) num(w, v);
                    w.endArray().endObject();
                }
                w.endArray().endObject();
            }
            w.endArray();
        };
    }

    /** "reports": the parts, each the object it would be alone. */
    @Override public Fields sideBySide(SideBySideReport r) {
        return w -> {
            w.name("reports").beginArray();
            for (Report p : r.parts()) w.jsonValue(render(p));
            w.endArray();
        };
    }

    @Override public Fields hidden(HiddenReport r) { return w -> NodesJson.hidden(w, r); }

    @Override public Fields ablate(AblationReport r) { return w -> NodesJson.ablate(w, r); }

    @Override public Fields compare(CompareReport r) { return w -> CompareJson.write(w, r); }

    @Override public Fields curve(CurveReport r) { return w -> CurveJson.write(w, r); }

    private static void relations(JsonWriter w, RelationsReport r) throws IOException {
        w.name("net").value(r.net()).name("table").value(r.table()).name("unit").value("bits");
        strings(w.name("outputs"), r.outputs());
        w.name("output").value(r.output());
        num(w.name("eps"), r.eps());
        w.name("rows").beginArray();
        for (RelationsReport.Row row : r.rows()) {
            w.beginObject().name("x").value(row.x());
            w.name("input").beginArray();
            for (int i = 0; i < row.inputWidth(); i++) input(w, row.input(i));
            w.endArray();
            strings(w.name("targets"), row.targets());
            w.name("p").beginObject();
            for (int y = 0; y < row.size(); y++) num(w.name(r.outputs().get(y)), row.p(y));
            w.endObject();
            num(w.name("entropy"), row.entropy());
            num(w.name("cross_entropy"), row.crossEntropy());
            num(w.name("floor"), row.floor());
            w.name("top").value(row.top() < 0 ? null : r.outputs().get(row.top()));
            w.name("tie").value(row.tie()).name("correct").value(row.correct());
            w.name("determined").value(row.determined());
            w.endObject();
        }
        w.endArray();
        num(w.name("entropy"), r.entropy());
        num(w.name("cross_entropy"), r.crossEntropy());
        num(w.name("floor"), r.floor());
        num(w.name("accuracy"), r.accuracy());
        w.name("correct").value(r.correct()).name("ties").value(r.ties());
        w.name("determined").value(r.determined()).name("relations").value(r.relations());
        w.name("determined_rows").value(r.determinedRows()).name("row_count").value(r.rows().size());
    }

    private static void show(JsonWriter w, ShowReport r) throws IOException {
        w.name("net").value(r.net());
        w.name("input").beginObject().name("encoding").value(r.encoding()).name("width").value(r.inputWidth());
        strings(w.name("states"), r.inputStates());
        w.endObject();
        w.name("output").beginObject().name("kind").value(r.output());
        w.name("nodes").value(r.layers().get(r.layers().size() - 1).nodes());
        strings(w.name("states"), r.outputStates());
        w.endObject();
        w.name("params").value(r.params());
        w.name("layers").beginArray();
        for (ShowReport.Weights l : r.layers()) {
            w.beginObject().name("activation").value(l.activation()).name("w").beginArray();
            for (int i = 0; i < l.inputs(); i++) {
                w.beginArray();
                for (int j = 0; j < l.nodes(); j++) num(w, l.w(i, j));
                w.endArray();
            }
            w.endArray().name("b").beginArray();
            for (int j = 0; j < l.nodes(); j++) num(w, l.b(j));
            w.endArray();
            if (l.groups() > 1) w.name("groups").value(l.groups());
            w.endObject();
        }
        w.endArray();
    }

    private static void predict(JsonWriter w, PredictReport r) throws IOException {
        w.name("net").value(r.net()).name("x").value(r.x());
        w.name("input").beginArray();
        for (double v : r.input()) input(w, v);
        w.endArray();
        w.name("p").beginObject();
        for (int y = 0; y < r.outputs().size(); y++) num(w.name(r.outputs().get(y)), r.p(y));
        w.endObject();
        w.name("top").value(r.topState()).name("tie").value(r.tie());
    }

    private static void info(JsonWriter w, InfoReport r) throws IOException {
        w.name("table").value(r.table());
        w.name("inputs").value(r.inputs()).name("outputs").value(r.outputs());
        w.name("relations").value(r.relations()).name("rows").value(r.rows()).name("function").value(r.function());
        strings(w.name("input_states"), r.inputStates());
        strings(w.name("output_states"), r.outputStates());
        w.name("several_targets").value(r.manyTargetRows());
        strings(w.name("several_targets_examples"), r.manyTargets());
        num(w.name("floor"), r.floor());
        w.name("factors").value(r.factors()).name("states_per_factor").value(r.statesPerFactor());
        w.name("worst_case_width").value(r.worstCaseWidth());
        if (!r.built().isEmpty()) strings(w.name("built"), r.built());
    }

    @Override public Fields family(FamilyReport r) {
        return w -> {
            w.name("family").value(r.family()).name("built").value(r.built());
            strings(w.name("input_states"), r.inputStates());
            strings(w.name("output_states"), r.outputStates());
            w.name("instances").beginArray();
            for (FamilyReport.Instance i : r.instances()) {
                w.beginObject().name("table").value(i.table());
                strings(w.name("built"), i.built());
                if (i.ones() >= 0) w.name("ones").value(i.ones());
                w.endObject();
            }
            w.endArray();
        };
    }

    private static void train(JsonWriter w, TrainReport r) throws IOException {
        RelationsReport a = r.after();
        w.name("net").value(r.net()).name("table").value(r.table());
        w.name("epochs").value(r.epochs()).name("epochs_asked").value(r.epochsAsked());
        w.name("stopped").value(r.reason().name().toLowerCase(java.util.Locale.ROOT));
        num(w.name("loss"), r.loss());
        w.name("loss_unit").value("nats");
        num(w.name("entropy"), a.entropy());
        num(w.name("cross_entropy"), a.crossEntropy());
        num(w.name("floor"), a.floor());
        num(w.name("accuracy"), a.accuracy());
        w.name("correct").value(a.correct()).name("row_count").value(a.rows().size());
        if (r.nanos() >= 0) num(w.name("seconds"), r.nanos() / 1e9);
        if (r.advice() != null) w.name("advice").value(r.advice());
    }

    private static void progress(JsonWriter w, ProgressReport r) throws IOException {
        Progress p = r.progress();
        w.name("net").value(r.net()).name("epoch").value(p.epoch()).name("epochs").value(p.epochs());
        num(w.name("loss"), p.loss());
        num(w.name("entropy"), p.entropy());
        if (p.elapsedNanos() >= 0) num(w.name("seconds"), p.elapsedNanos() / 1e9);
    }

    private static void strings(JsonWriter w, List<String> values) throws IOException {
        w.beginArray();
        for (String v : values) w.value(v);
        w.endArray();
    }

    /** An encoded input value: a whole number (bits, index, one-hot) as an integer, anything else as a double. */
    private static void input(JsonWriter w, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 0x1p53) w.value((long) v);
        else num(w, v);
    }

    /** A double, or null when it is NaN or infinite (JSON has no such numbers). */
    static void num(JsonWriter w, double v) throws IOException {
        if (!Double.isFinite(v)) w.nullValue();
        else w.value(v);
    }
}
