package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nnlang.data.Family;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.experiment.CurveConfig;
import nnlang.lang.NnError;
import nnlang.lang.Num;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.lang.TrainOption;
import nnlang.lang.Word;
import nnlang.model.NetSpec;
import nnlang.stats.Verdict;
import nnlang.train.TrainConfig;

/**
 * {@code curve NET, NET... on TABLE { rows K1 K2 ...  trials N  equivalence M  train options }}:
 * a compare at each K, the same trials at every K; on a family, every trial on every instance; and {@code draw curve ... to "c.svg"}, the
 * picture of the last one. Nothing in the session changes but the curve kept for expect and draw.
 */
final class CurveStatement {
    private CurveStatement() {}

    static Plan resolve(Statement.Curve s, Resolver r) throws NnError {
        Failure fail = r.fail;
        Family family = tableOrFamily(s.table(), r);
        // every instance has the spaces and rows of the first: what is checked on it holds for all
        Table table = family.instances().get(0).named(family.name());
        CompareStatement.Nets nets = CompareStatement.nets(s.nets(), table, r);
        List<String> names = nets.names();
        List<NetSpec> specs = nets.specs();
        List<OutputKind> outputs = nets.outputs();
        List<Integer> ks = null;
        List<TrainOption> trainOptions = new ArrayList<>();
        for (TrainOption o : s.options()) {
            if (o instanceof TrainOption.Rows k) {
                ks = rowCounts(k, table, fail);
            } else if (o instanceof TrainOption.Flag f) {
                throw fail.at(f.key().span(), "every trial trains fresh nets; 'continue' has no meaning in curve");
            } else {
                trainOptions.add(o);
            }
        }
        if (ks == null) {
            throw fail.at(s.span(), "a curve needs the training rows at each point: rows K1 K2 ...",
                    "for example: curve " + joined(s.nets()) + " on " + s.table() + " { rows " + example(table) + " }");
        }
        int trials = trials(s.trials(), fail);
        double margin = margin(s.margin(), fail);
        TrainConfig train = null;
        for (OutputKind output : outputs) train = TrainOptions.read(trainOptions, table, output, fail);
        r.scope.curves.putAll(keys(names, table.name(), ks));
        return new Plan.Curve(names, specs, family, new CurveConfig(ks, trials, train, margin));
    }

    /**
     * What compare and curve run on: the scope's family of that name, or its table as a family of
     * one instance under the table's name; else an error at the name, with the nearest table or
     * family name as its hint.
     */
    static Family tableOrFamily(Word name, Resolver r) throws NnError {
        Family f = r.scope.families.get(name.text());
        if (f != null) return f;
        Table t = r.scope.tables.get(name.text());
        if (t != null) return new Family(t.name(), t.name(), List.of(t));
        java.util.Set<String> known = new java.util.LinkedHashSet<>(r.scope.tables.keySet());
        known.addAll(r.scope.families.keySet());
        throw r.fail.at(name.span(), "unknown table or family '" + name + "'", Suggest.hint(name.text(), known));
    }

    /** What the scope and the session know a curve by: each net, the first two, all of them. */
    static java.util.Map<String, List<Integer>> keys(List<String> nets, String table, List<Integer> ks) {
        java.util.Map<String, List<Integer>> keys = new java.util.LinkedHashMap<>();
        for (String n : nets) keys.put(Scope.key(n, table), ks);
        if (nets.size() >= 2) keys.put(Scope.key(nets.get(0) + ", " + nets.get(1), table), ks);
        keys.put(Scope.key(String.join(", ", nets), table), ks);
        return keys;
    }

    static int trials(Num n, Failure fail) throws NnError {
        if (n == null) return CompareStatement.DEFAULT_TRIALS;
        if (!n.isInt() || n.value() < 1 || n.value() > CompareStatement.MAX_TRIALS) {
            throw fail.at(n.span(), "trials is a whole number from 1 to " + CompareStatement.MAX_TRIALS);
        }
        return (int) n.value();
    }

    /** {@code equivalence M}: a margin of held-out accuracy, above 0 and below 1. */
    static double margin(Num n, Failure fail) throws NnError {
        if (n == null) return Verdict.DEFAULT_MARGIN;
        if (!(n.value() > 0 && n.value() < 1)) {
            throw fail.at(n.span(), "equivalence is a margin of held-out accuracy, above 0 and below 1 (such as 0.02)");
        }
        return n.value();
    }

    /** The K's: whole numbers from 1 to |X| - 1, ascending. */
    private static List<Integer> rowCounts(TrainOption.Rows r, Table table, Failure fail) throws NnError {
        int n = table.rows().size();
        List<Integer> ks = new ArrayList<>();
        for (Word w : r.states()) {
            if (!w.text().matches("[0-9]{1,9}") || Integer.parseInt(w.text()) < 1 || Integer.parseInt(w.text()) >= n) {
                throw fail.at(w.span(), "in curve, rows are how many of the table's " + n + " rows each trial trains"
                        + " on: whole numbers from 1 to " + (n - 1) + " (some must be held out)");
            }
            int k = Integer.parseInt(w.text());
            if (!ks.isEmpty() && k <= ks.get(ks.size() - 1)) {
                throw fail.at(w.span(), "the rows of a curve ascend: " + k + " comes after " + ks.get(ks.size() - 1));
            }
            ks.add(k);
        }
        return ks;
    }

    private static String joined(List<Word> words) {
        List<String> w = new ArrayList<>();
        for (Word x : words) w.add(x.text());
        return String.join(", ", w);
    }

    /** A few K's for the table's size, for the hint. */
    private static String example(Table table) {
        int n = table.rows().size();
        List<String> ks = new ArrayList<>();
        for (int k = Math.max(1, n / 16); k < n && ks.size() < 4; k *= 2) ks.add(Integer.toString(k));
        if (ks.isEmpty()) ks.add("1");
        return String.join(" ", ks);
    }

    /** draw curve: the nets, in the order of a curve that ran on the table; an .svg or .png file. */
    static Plan draw(Statement.DrawCurve s, Resolver r) throws NnError {
        Family family = tableOrFamily(s.table(), r);
        Table table = family.instances().get(0).named(family.name());
        List<String> names = new ArrayList<>();
        for (Word w : s.nets()) names.add(r.netEntry(w).name());
        String key = Scope.key(String.join(", ", names), table.name());
        if (!r.scope.curves.containsKey(key)) {
            throw r.fail.at(s.nets().get(0).span(), "no curve of " + String.join(", ", names) + " on " + table.name()
                    + " has run", "run first: curve " + String.join(", ", names) + " on " + table.name() + " { rows ... }");
        }
        String name = s.file().text(), lower = name.toLowerCase(Locale.ROOT);
        boolean png = lower.endsWith(".png");
        if (!png && !lower.endsWith(".svg")) {
            throw r.fail.at(s.file().span(), "draw writes .svg or .png files, not '" + name + "'");
        }
        return new Plan.DrawCurve(key, r.writablePath(s.file()), png, s.file());
    }
}
