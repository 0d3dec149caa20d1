package nnlang.run;

import java.util.List;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.model.Net;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;
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
        if (e.second() != null || e.at() != null || Measures.OF_CURVE_PAIR.contains(metric)) return ofCurve(e, r);
        Table table;
        boolean ofCompare = Measures.OF_COMPARE.contains(metric);
        if (ofCompare) {
            r.netEntry(e.net());
            // a compare on a family keeps its pooled report under the family's name
            nnlang.data.Family family = r.scope.families.get(e.table().text());
            table = family != null ? family.instances().get(0).named(family.name()) : r.table(e.table());
            Boolean heldout = r.scope.compared.get(Scope.key(e.net().text(), e.table().text()));
            java.util.List<Integer> curve = r.scope.curves.get(Scope.key(e.net().text(), e.table().text()));
            if (heldout == null && curve != null && Measures.OF_CURVE.contains(metric)) {
                throw fail.at(e.metric().span(), "no compare of " + e.net() + " on " + e.table() + " has run, but a curve"
                        + " has: " + metric + " of a curve is measured at one K", "write 'at K' after the table (the"
                        + " curve's rows: " + words(curve) + ")");
            }
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

    /**
     * An expectation on the last curve: {@code M of A on T at K} (a net's point), {@code M of A, B on T at K}
     * (their difference at K) or {@code auc_difference of A, B on T}; the curve must have run, with that K.
     */
    private static Plan ofCurve(Statement.Expect e, Resolver r) throws NnError {
        Failure fail = r.fail;
        String metric = e.metric().text();
        boolean pair = Measures.OF_CURVE_PAIR.contains(metric);
        if (!pair && !Measures.OF_CURVE.contains(metric)) {
            throw fail.at(e.metric().span(), "unknown measure of a curve '" + metric + "' (of a net at K: "
                    + String.join(", ", Measures.OF_CURVE) + "; of two nets: " + String.join(", ", Measures.OF_CURVE_PAIR)
                    + ")", Suggest.hint(metric, Measures.ALL));
        }
        r.netEntry(e.net());
        if (e.second() != null) r.netEntry(e.second());
        CurveStatement.tableOrFamily(e.table(), r); // a curve runs on a table or a family
        if (pair && e.second() == null) {
            throw fail.at(e.metric().span(), metric + " is a measure of two nets of a curve (the first minus the"
                    + " second)", "write: expect " + metric + " of " + e.net() + ", NET on " + e.table() + " ...");
        }
        if (!pair && e.second() != null) {
            throw fail.at(e.second().span(), metric + " is a measure of one net of a curve; name one net",
                    "the measures of two nets are " + String.join(", ", Measures.OF_CURVE_PAIR));
        }
        String nets = pair ? e.net().text() + ", " + e.second().text() : e.net().text();
        String key = Scope.key(nets, e.table().text());
        java.util.List<Integer> ks = r.scope.curves.get(key);
        if (ks == null) {
            throw fail.at(e.metric().span(), metric + " is a measure of a curve, and no curve of " + nets + " on "
                    + e.table() + (pair ? " (as its first two nets)" : "") + " has run",
                    "run first: curve " + nets + " on " + e.table() + " { rows ... }");
        }
        int at = 0;
        if (metric.equals("auc_difference")) {
            if (e.at() != null) {
                throw fail.at(e.at().span(), "auc_difference is over all the K's of the curve; leave out 'at "
                        + e.at().text() + "'");
            }
        } else if (e.at() == null) {
            throw fail.at(e.metric().span(), metric + " of a curve is measured at one K: write 'at K' after the table"
                    + " (the curve's rows: " + words(ks) + ")");
        } else {
            if (!e.at().isInt() || !ks.contains((int) e.at().value())) {
                throw fail.at(e.at().span(), "the last curve of " + nets + " on " + e.table() + " has no point at "
                        + e.at().text() + " rows (its rows: " + words(ks) + ")");
            }
            at = (int) e.at().value();
        }
        return new Plan.ExpectCurve(e.text(), metric, e.net().text(), e.second() == null ? null : e.second().text(),
                e.table().text(), at, key, e.op().text(), e.value().value());
    }

    private static String words(java.util.List<Integer> ks) {
        java.util.List<String> w = new java.util.ArrayList<>();
        for (int k : ks) w.add(Integer.toString(k));
        return String.join(" ", w);
    }

    /** The measure of the last curve. */
    static double ofCurve(Plan.ExpectCurve p, CurveReport c) {
        if (p.measure().equals("auc_difference")) return c.auc().mean();
        if (Measures.OF_CURVE_PAIR.contains(p.measure())) {
            CurveReport.Difference d = c.difference(p.at());
            return switch (p.measure()) {
                case "difference" -> d.difference().mean();
                case "both_fit_difference" -> d.bothFit().mean();
                default -> d.pHolm();
            };
        }
        CurveReport.Point point = c.point(p.net(), p.at());
        return switch (p.measure()) {
            case "fit_rate" -> point.fitRate();
            case "heldout_accuracy" -> point.heldoutAccuracy().mean();
            case "heldout_ce" -> point.heldoutCe().mean();
            default -> point.epochs();
        };
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

    /**
     * For a failed expect whose value misses its bound by what may be round-off (within 1e-9 of it,
     * relative to the bound's size when that is above 1), a note that shows the value's every
     * digit: the report shows 4 places, where 0.49999999999999994 reads as 0.5, and the FAILED
     * would look like a contradiction. Null otherwise.
     */
    static String roundOffNote(double actual, double value) {
        if (!Double.isFinite(actual) || actual == value || Math.abs(actual - value) > 1e-9 * Math.max(1, Math.abs(value))) {
            return null;
        }
        return "the value is " + actual + ", within 1e-9 of the bound: if that is round-off, compare with a "
                + "margin, a bound a little below or above it";
    }

    /** The measure of the net as it is now. */
    static double ofNet(String measure, Net net, Table table, java.util.function.BooleanSupplier stop) {
        RelationsReport r = Relations.of(net, table, Resolver.DEFAULT_EPS, stop);
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
            case "heldout_ce" -> s.heldoutCe().mean();
            default -> s.entropy().mean();
        };
    }
}
