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
 * round-trips); NaN and infinities are written as null; whole encoded inputs as integers.
 */
public final class JsonRenderer {
    private JsonRenderer() {}

    public static String render(Report r) {
        StringWriter s = new StringWriter();
        try (JsonWriter w = new JsonWriter(s)) {
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("report").value(r.kind());
            body(w, r);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static void body(JsonWriter w, Report r) throws IOException {
        if (r instanceof RelationsReport x) relations(w, x);
        else if (r instanceof ShowReport x) show(w, x);
        else if (r instanceof PredictReport x) predict(w, x);
        else if (r instanceof InfoReport x) info(w, x);
        else if (r instanceof TrainReport x) train(w, x);
        else if (r instanceof ExpectReport x) {
            w.name("text").value(x.text()).name("passed").value(x.passed());
            num(w.name("actual"), x.actual());
        } else if (r instanceof PrintReport x) w.name("text").value(x.text());
        else if (r instanceof WroteReport x) w.name("file").value(x.file()).name("bytes").value(x.bytes())
                .name("format").value(x.format());
        else if (r instanceof ProgressReport x) progress(w, x);
        else if (r instanceof PlotReport x) PictureJson.plot(w, x);
        else if (r instanceof MapReport x) PictureJson.map(w, x);
        else if (r instanceof HiddenReport x) NodesJson.hidden(w, x);
        else if (r instanceof AblationReport x) NodesJson.ablate(w, x);
        else if (r instanceof CompareReport x) CompareJson.write(w, x);
        else throw new IllegalArgumentException("no JSON form for report " + r.kind());
    }

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
            w.endArray().endObject();
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
