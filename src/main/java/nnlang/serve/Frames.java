package nnlang.serve;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.info.ProbabilityMap;
import nnlang.info.Relations;
import nnlang.model.Net;
import nnlang.model.NodeNames;
import nnlang.report.RelationsReport;
import nnlang.report.draw.Diagrams;
import nnlang.run.Interpreter;
import nnlang.train.Progress;

/**
 * One picture of a net while it trains, as the JSON the page draws: the relation diagram of
 * {@code draw} (the same SVG), the relations with p and -p log p per relation, and every hidden
 * node's activation over the table's rows (and over the input square when the net has two
 * inputs, TensorFlow-Playground style), with the output's p over that square.
 */
final class Frames {
    /** Cells per side of a node's picture over the input square. */
    static final int CELLS = 24;

    private Frames() {}

    /** The frame of {@code net} on {@code table} after {@code p.epoch()} epochs; {@code last} marks the trained net. */
    static String of(int training, Net net, Table table, Progress p, boolean last, double[][] points) {
        RelationsReport relations = Relations.of(net, table, Interpreter.DEFAULT_EPS);
        String svg = Diagrams.cannotDraw(net, table.rows().size(), net.output().space().size()) == null
                ? Diagrams.svg(net, relations) : null;
        return Json.object(w -> {
            w.name("training").value(training);
            w.name("net").value(net.name());
            w.name("table").value(table.name());
            w.name("epoch").value(p.epoch());
            w.name("epochs").value(p.epochs());
            w.name("last").value(last);
            w.name("eps").value(Interpreter.DEFAULT_EPS);
            w.name("loss");
            Json.number(w, p.loss());
            w.name("entropy");
            Json.number(w, relations.entropy());
            // four decimals, as the terminal's relations report prints it
            w.name("entropyText").value(String.format(java.util.Locale.ROOT, "%.4f", relations.entropy()));
            w.name("points").beginArray();
            for (double[] point : points) {
                w.beginArray();
                for (double v : point) Json.number(w, v);
                w.endArray();
            }
            w.endArray();
            w.name("svg").value(svg);
            relations(w, relations);
            hidden(w, net, table);
            // the hidden space: each layer's codes on its principal components, as the terminal's report
            w.name("space");
            if (NodeNames.hiddenLayers(net) == 0) w.nullValue();
            else w.jsonValue(nnlang.report.JsonRenderer.render(nnlang.info.HiddenSpace.of(net, table)));
        });
    }

    private static void relations(JsonWriter w, RelationsReport r) throws IOException {
        w.name("relations").beginObject();
        w.name("outputs").beginArray();
        for (String y : r.outputs()) w.value(y);
        w.endArray();
        w.name("determined").value(r.determined());
        w.name("count").value(r.relations());
        w.name("correct").value(r.correct());
        w.name("rows").beginArray();
        for (RelationsReport.Row row : r.rows()) {
            w.beginObject();
            w.name("x").value(row.x());
            w.name("targets").beginArray();
            for (String t : row.targets()) w.value(t);
            w.endArray();
            w.name("p");
            Json.numbers(w, row.p());
            w.name("h");
            Json.number(w, row.entropy());
            w.name("determined").value(row.determined());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    /** Every hidden node over the rows (and the square); the output's p over the square. */
    private static void hidden(JsonWriter w, Net net, Table table) throws IOException {
        List<Row> rows = table.rows();
        double[][][] byRow = new double[rows.size()][][];
        for (int i = 0; i < rows.size(); i++) byRow[i] = net.activations(net.encode(net.inputs().indexOf(rows.get(i).x())));
        Square square = Square.of(net, table);
        double[][][] bySquare = square == null ? null : square.activations(net);
        w.name("square");
        if (square == null) w.nullValue();
        else square.write(w);
        w.name("nodes").beginArray();
        int hiddenLayers = NodeNames.hiddenLayers(net);
        for (int l = 0; l < hiddenLayers; l++) {
            for (int j = 0; j < net.layer(l).nodes(); j++) {
                w.beginObject();
                w.name("name").value(NodeNames.name(net, l, j));
                w.name("layer").value(l + 1);
                w.name("activation").value(net.layer(l).activation.word());
                w.name("rows").beginArray();
                for (double[][] a : byRow) Json.short4(w, a[l][j]);
                w.endArray();
                w.name("cells");
                cells(w, bySquare, l, j);
                w.endObject();
            }
        }
        w.endArray();
        w.name("output");
        if (square == null || net.output().space().size() != 2) {
            w.nullValue();
        } else {
            w.beginObject();
            w.name("name").value("p(" + net.output().space().states().get(1) + ")");
            w.name("cells").beginArray();
            for (double[] p : square.probabilities(net)) Json.short4(w, p[1]);
            w.endArray();
            w.endObject();
        }
    }

    private static void cells(JsonWriter w, double[][][] bySquare, int l, int j) throws IOException {
        if (bySquare == null) {
            w.nullValue();
            return;
        }
        w.beginArray();
        for (double[][] a : bySquare) Json.short4(w, a[l][j]);
        w.endArray();
    }

    /** The input square of a two-input net: the rows' extent and ProbabilityMap's margin around it. */
    private record Square(double[] xs, double[] ys, List<double[]> points, List<String> names) {
        static Square of(Net net, Table table) {
            if (net.inputWidth() != 2) return null;
            double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
            double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            List<double[]> points = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            for (Row r : table.rows()) {
                double[] at = net.encode(net.inputs().indexOf(r.x()));
                points.add(at);
                names.add(r.x());
                for (int k = 0; k < 2; k++) {
                    lo[k] = Math.min(lo[k], at[k]);
                    hi[k] = Math.max(hi[k], at[k]);
                }
            }
            return new Square(centres(lo[0], hi[0]), centres(lo[1], hi[1]), points, names);
        }

        private static double[] centres(double lo, double hi) {
            double from = lo - ProbabilityMap.MARGIN, step = (hi - lo + 2 * ProbabilityMap.MARGIN) / CELLS;
            double[] c = new double[CELLS];
            for (int i = 0; i < CELLS; i++) c[i] = from + (i + 0.5) * step;
            return c;
        }

        /** Cells row by row, x2 growing downwards from the first row, as the terminal's map. */
        double[][][] activations(Net net) {
            double[][][] a = new double[CELLS * CELLS][][];
            for (int j = 0; j < CELLS; j++) {
                for (int i = 0; i < CELLS; i++) a[j * CELLS + i] = net.activations(new double[] {xs[i], ys[j]});
            }
            return a;
        }

        double[][] probabilities(Net net) {
            double[][] p = new double[CELLS * CELLS][];
            for (int j = 0; j < CELLS; j++) {
                for (int i = 0; i < CELLS; i++) p[j * CELLS + i] = net.probabilities(new double[] {xs[i], ys[j]});
            }
            return p;
        }

        void write(JsonWriter w) throws IOException {
            w.beginObject();
            w.name("cells").value(CELLS);
            w.name("x").beginArray().value(xs[0]).value(xs[CELLS - 1]).endArray();
            w.name("y").beginArray().value(ys[0]).value(ys[CELLS - 1]).endArray();
            w.name("points").beginArray();
            for (int k = 0; k < points.size(); k++) {
                w.beginObject();
                w.name("x").value(names.get(k));
                w.name("at");
                Json.numbers(w, points.get(k));
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
    }
}
