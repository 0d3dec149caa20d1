package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.model.Net;
import nnlang.report.CompareReport;
import nnlang.report.ExpectReport;
import nnlang.report.RelationsReport;

/**
 * Checks expect statements: a measure of a trained net on a table, or of the last compare of a
 * net on a table (rates over many seeds: the way to check a stochastic claim), against a number.
 */
final class Expectations {
    /** Measures of the net as it is now. */
    static final List<String> NET_MEASURES = List.of("accuracy", "entropy", "cross_entropy", "floor", "determined");
    /** Measures of the last compare that ran the net on the table. */
    static final List<String> COMPARE_MEASURES = List.of("fit_rate", "heldout_accuracy", "heldout_entropy",
            "mean_accuracy", "mean_entropy", "mean_idle");

    private Expectations() {}

    /** True when the expectation holds (always true in check mode, where nothing is measured). */
    static boolean check(Statement.Expect e, Interpreter in, Failure fail) throws NnError {
        String metric = e.metric().text();
        double actual;
        if (COMPARE_MEASURES.contains(metric)) {
            actual = fromCompare(e, in, fail);
        } else if (NET_MEASURES.contains(metric)) {
            actual = fromNet(e, in, fail);
        } else {
            List<String> all = new ArrayList<>(NET_MEASURES);
            all.addAll(COMPARE_MEASURES);
            throw fail.at(e.metric().span(), "unknown measure '" + metric + "' (of a trained net: "
                    + String.join(", ", NET_MEASURES) + "; of a compare: " + String.join(", ", COMPARE_MEASURES) + ")",
                    Suggest.hint(metric, all));
        }
        if (in.mode() == Interpreter.Mode.CHECK) return true;
        double v = e.value().value();
        boolean ok = switch (e.op().text()) {
            case ">=" -> actual >= v;
            case "<=" -> actual <= v;
            case ">" -> actual > v;
            case "<" -> actual < v;
            default -> actual == v;
        };
        in.emitExpect(new ExpectReport(e.text(), ok, actual));
        return ok;
    }

    private static double fromNet(Statement.Expect e, Interpreter in, Failure fail) throws NnError {
        Interpreter.NetOnTable found = in.netOnTable(e.net(), e.table(), fail);
        Net net = found.net();
        Table table = found.table();
        if (in.mode() == Interpreter.Mode.CHECK) return Double.NaN;
        RelationsReport r = Relations.of(net, table, Interpreter.DEFAULT_EPS);
        return switch (e.metric().text()) {
            case "accuracy" -> r.accuracy();
            case "entropy" -> r.entropy();
            case "cross_entropy" -> r.crossEntropy();
            case "floor" -> r.floor();
            default -> (double) r.determined() / r.relations();
        };
    }

    private static double fromCompare(Statement.Expect e, Interpreter in, Failure fail) throws NnError {
        in.netEntry(e.net(), fail);
        in.table(e.table(), fail);
        if (in.mode() == Interpreter.Mode.CHECK) return Double.NaN;
        CompareReport c = in.session().comparison(e.net().text(), e.table().text());
        CompareReport.NetSummary s = null;
        if (c != null) for (CompareReport.NetSummary n : c.nets()) if (n.net().equals(e.net().text())) s = n;
        if (s == null) {
            throw fail.at(e.metric().span(), e.metric() + " is a measure of a compare, and no compare of "
                    + e.net() + " on " + e.table() + " has run", "run first: compare " + e.net() + " on " + e.table());
        }
        if (e.metric().text().startsWith("heldout") && !c.hasHeldout()) {
            throw fail.at(e.metric().span(), "the last compare on " + e.table() + " trained on all rows: nothing was held out",
                    "give it rows K with K below " + c.tableRows());
        }
        return switch (e.metric().text()) {
            case "fit_rate" -> s.fitRate();
            case "heldout_accuracy" -> s.heldoutAccuracy().mean();
            case "heldout_entropy" -> s.heldoutEntropy().mean();
            case "mean_accuracy" -> s.accuracy().mean();
            case "mean_idle" -> s.idle().mean();
            default -> s.entropy().mean();
        };
    }
}
