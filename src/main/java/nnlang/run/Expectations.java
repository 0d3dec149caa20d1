package nnlang.run;

import java.util.List;
import nnlang.data.Table;
import nnlang.info.Relations;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.model.Net;
import nnlang.report.ExpectReport;
import nnlang.report.RelationsReport;

/** Checks expect statements: a metric of a net on a table, compared with a number. */
final class Expectations {
    static final List<String> METRICS = List.of("accuracy", "entropy", "cross_entropy", "floor", "determined");

    private Expectations() {}

    /** True when the expectation holds (always true in check mode, where nothing is measured). */
    static boolean check(Statement.Expect e, Interpreter in, Failure fail) throws NnError {
        String metric = e.metric().text();
        if (!METRICS.contains(metric)) {
            throw fail.at(e.metric().span(), "unknown measure '" + metric + "' (known: " + String.join(", ", METRICS) + ")",
                    Suggest.hint(metric, METRICS));
        }
        Net net = in.trained(e.net(), fail);
        Table table = in.table(e.table(), fail);
        Interpreter.checkFits(net, table, e.table(), fail);
        if (in.mode() == Interpreter.Mode.CHECK) return true;
        RelationsReport r = Relations.of(net, table, Interpreter.DEFAULT_EPS);
        double actual = switch (metric) {
            case "accuracy" -> r.accuracy();
            case "entropy" -> r.entropy();
            case "cross_entropy" -> r.crossEntropy();
            case "floor" -> r.floor();
            default -> (double) r.determined() / r.relations();
        };
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
}
