package nnlang.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import nnlang.train.History;

/** The JSON of plot and map reports: the numbers behind the pictures, so that programs can redraw them. */
final class PictureJson {
    private PictureJson() {}

    /** "net", "table", and the history as three arrays of one length: "epochs", "loss" (nats), "entropy" (bits). */
    static void plot(JsonWriter w, PlotReport r) throws IOException {
        History h = r.history();
        w.name("net").value(r.net()).name("table").value(r.table());
        w.name("epochs").beginArray();
        for (int e : h.epochs()) w.value(e);
        w.endArray();
        numbers(w.name("loss"), h.loss());
        w.name("loss_unit").value("nats");
        numbers(w.name("entropy"), h.entropy());
    }

    /**
     * "outputs" (p is that of the second), "cells", cell centres "x" and "y", "p" as rows of the
     * grid from the bottom (p[j][i] at x[i], y[j]), and the table's "rows" at their inputs.
     */
    static void map(JsonWriter w, MapReport r) throws IOException {
        w.name("net").value(r.net()).name("table").value(r.table());
        w.name("outputs").beginArray().value(r.outputs().get(0)).value(r.outputs().get(1)).endArray();
        w.name("cells").value(r.cells());
        if (r.node() != null) {
            // a node's map: "p" holds its activation, shaded over [low, high]; "decision" the output's p
            w.name("node").value(r.node());
            JsonRenderer.num(w.name("low"), r.low());
            JsonRenderer.num(w.name("high"), r.high());
            w.name("decision").beginArray();
            for (int j = 0; j < r.cells(); j++) {
                w.beginArray();
                for (int i = 0; i < r.cells(); i++) JsonRenderer.num(w, r.decisionAt(i, j));
                w.endArray();
            }
            w.endArray();
        }
        numbers(w.name("x"), r.x());
        numbers(w.name("y"), r.y());
        w.name("p").beginArray();
        for (int j = 0; j < r.cells(); j++) {
            w.beginArray();
            for (int i = 0; i < r.cells(); i++) JsonRenderer.num(w, r.p(i, j));
            w.endArray();
        }
        w.endArray();
        w.name("rows").beginArray();
        for (MapReport.Point pt : r.rows()) {
            w.beginObject().name("x").value(pt.x());
            w.name("at").beginArray();
            for (double v : pt.at()) {
                if (v == Math.rint(v) && Math.abs(v) < 0x1p53) w.value((long) v);
                else JsonRenderer.num(w, v);
            }
            w.endArray();
            w.name("targets").beginArray();
            for (String t : pt.targets()) w.value(t);
            w.endArray().endObject();
        }
        w.endArray();
    }

    private static void numbers(JsonWriter w, double[] values) throws IOException {
        w.beginArray();
        for (double v : values) JsonRenderer.num(w, v);
        w.endArray();
    }
}
