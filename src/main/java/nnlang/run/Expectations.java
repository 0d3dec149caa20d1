package nnlang.run;

import java.util.List;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.model.Net;
import nnlang.report.CompareReport;
import nnlang.report.RelationsReport;

/**
 * Checks expect statements: a measure of a trained net on a table, or of the last compare of a
 * net on a table (rates over many seeds: the way to check a stochastic claim), against a number.
 */
final class Expectations {
    private Expectations() {}

    /** The measure's plan: of the net on the table, or of the last compare of them (which must be resolved before). */
    static Plan resolve(Statement.Expect e, Resolver r) throws NnError {
        Failure fail = r.fail;
        String metric = e.metric().text();
        Table table;
        boolean ofCompare = Measures.OF_COMPARE.contains(metric);
        if (ofCompare) {
            r.netEntry(e.net());
            // a compare on a family keeps its pooled report under the family's name
            nnlang.data.Family family = r.scope.families.get(e.table().text());
            table = family != null ? family.instances().get(0).named(family.name()) : r.table(e.table());
            Boolean heldout = r.scope.compared.get(Scope.key(e.net().text(), e.table().text()));
            if (heldout == null) {
                throw fail.at(e.metric().span(), e.metric() + " is a measure of a compare, and no compare of "
                        + e.net() + " on " + e.table() + " has run", "run first: compare " + e.net() + " on " + e.table());
            }
            if (metric.startsWith("heldout") && !heldout) {
                throw fail.at(e.metric().span(), "the last compare on " + e.table()
                        + " trained on all rows: nothing was held out", "give it rows K with K below " + table.rows().size());
            }
        } else if (Measures.OF_NET.contains(metric)) {
            table = r.netOnTable(e.net(), e.table()).table();
        } else {
            throw fail.at(e.metric().span(), "unknown measure '" + metric + "' (of a trained net: "
                    + String.join(", ", Measures.OF_NET) + "; of a compare: " + String.join(", ", Measures.OF_COMPARE) + ")",
                    Suggest.hint(metric, Measures.ALL));
        }
        return new Plan.Expect(e.text(), metric, ofCompare, e.net().text(), table, e.op().text(), e.value().value());
    }

    /** Whether {@code actual OP value} holds. */
    static boolean holds(String op, double actual, double value) {
        return switch (op) {
            case ">=" -> actual >= value;
            case "<=" -> actual <= value;
            case ">" -> actual > value;
            case "<" -> actual < value;
            default -> actual == value;
        };
    }

    /** The measure of the net as it is now. */
    static double ofNet(String measure, Net net, Table table) {
        RelationsReport r = Relations.of(net, table, Resolver.DEFAULT_EPS);
        return switch (measure) {
            case "accuracy" -> r.accuracy();
            case "entropy" -> r.entropy();
            case "cross_entropy" -> r.crossEntropy();
            case "floor" -> r.floor();
            default -> (double) r.determined() / r.relations();
        };
    }

    /** The measure of the net in the last compare that ran it on the table. */
    static double ofCompare(String measure, String net, CompareReport c) {
        CompareReport.NetSummary s = null;
        for (CompareReport.NetSummary n : c.nets()) if (n.net().equals(net)) s = n;
        if (s == null) throw new IllegalStateException("resolved, yet the compare has no net " + net);
        return switch (measure) {
            case "fit_rate" -> s.fitRate();
            case "heldout_accuracy" -> s.heldoutAccuracy().mean();
            case "heldout_entropy" -> s.heldoutEntropy().mean();
            case "mean_accuracy" -> s.accuracy().mean();
            case "mean_idle" -> s.idle().mean();
            default -> s.entropy().mean();
        };
    }
}
