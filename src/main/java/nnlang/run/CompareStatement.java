package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.CodingException;
import nnlang.data.Family;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.TrainOption;
import nnlang.lang.Word;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.data.OutputKind;
import nnlang.model.NetSpec;
import nnlang.experiment.CompareConfig;
import nnlang.train.TrainConfig;

/**
 * {@code compare NET, NET... on TABLE { rows K  trials N  train options }}: many trials, each on a
 * random K-row subset, the same subsets for every net. Nothing in the session changes.
 */
final class CompareStatement {
    static final int DEFAULT_TRIALS = 20;
    static final int MAX_TRIALS = 1_000_000;

    private CompareStatement() {}

    /** The nets (fresh in every trial), the table and the trials' configuration. */
    static Plan resolve(Statement.Compare s, Resolver r) throws NnError {
        Failure fail = r.fail;
        // on a family, every instance has the spaces and rows of the first: what is checked on it holds for all
        Family family = r.scope.families.get(s.table().text());
        Table table = family != null ? family.instances().get(0).named(family.name())
                : CurveStatement.tableOrFamily(s.table(), r).instances().get(0);
        Nets nets = nets(s.nets(), table, r);
        List<String> names = nets.names();
        List<NetSpec> specs = nets.specs();
        List<OutputKind> outputs = nets.outputs();
        int rows = table.rows().size();
        List<TrainOption> trainOptions = new ArrayList<>();
        for (TrainOption o : s.options()) {
            if (o instanceof TrainOption.Rows k) {
                rows = rowCount(k, table, fail);
            } else if (o instanceof TrainOption.Flag f) {
                throw fail.at(f.key().span(), "every trial trains fresh nets; 'continue' has no meaning in compare");
            } else {
                trainOptions.add(o);
            }
        }
        int trials = DEFAULT_TRIALS;
        if (s.trials() != null) {
            if (!s.trials().isInt() || s.trials().value() < 1 || s.trials().value() > MAX_TRIALS) {
                throw fail.at(s.trials().span(), "trials is a whole number from 1 to " + MAX_TRIALS);
            }
            trials = (int) s.trials().value();
        }
        // every net must accept the options (loss bce needs sigmoid outputs, for example)
        TrainConfig train = null;
        for (OutputKind output : outputs) train = TrainOptions.read(trainOptions, table, output, fail);
        for (String n : names) r.scope.compared.put(Scope.key(n, table.name()), rows < table.rows().size());
        double margin = CurveStatement.margin(s.margin(), fail);
        if (family != null) {
            for (Table t : family.instances()) {
                for (String n : names) r.scope.compared.put(Scope.key(n, t.name()), rows < table.rows().size());
            }
            return new Plan.CompareFamily(names, specs, family, new CompareConfig(rows, trials, train, margin));
        }
        return new Plan.Compare(names, specs, table, new CompareConfig(rows, trials, train, margin));
    }

    /** The nets of a compare, built afresh for the table (they were built once when it was resolved). */
    static List<Net> build(Plan.Compare p) { return build(p.nets(), p.specs(), p.table()); }

    /** The nets, built for the table's spaces (a family's instances share theirs). */
    static List<Net> build(List<String> names, List<NetSpec> specs, Table table) {
        List<Net> nets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            try {
                nets.add(NetBuilder.build(names.get(i), specs.get(i), table.inputs(), table.outputs()));
            } catch (CodingException e) {
                throw new IllegalStateException("resolved, yet it does not build: " + e.getMessage(), e);
            }
        }
        return nets;
    }

    /** In compare, {@code rows K} is how many rows each trial trains on. */
    private static int rowCount(TrainOption.Rows r, Table table, Failure fail) throws NnError {
        int n = table.rows().size();
        Word w = r.states().get(0);
        if (r.states().size() > 1 && w.text().matches("[0-9]{1,9}")) {
            // rows K then a misspelled option: the option word was read as a second row
            Word extra = r.states().get(1);
            java.util.List<String> options = new java.util.ArrayList<>(nnlang.lang.GrammarWords.TRAIN_OPTIONS);
            options.addAll(java.util.List.of("trials", "equivalence"));
            String near = nnlang.lang.Suggest.hint(extra.text(), options);
            throw fail.at(extra.span(), "in compare, rows takes one number (how many rows each trial trains on),"
                    + " then options; '" + extra.text() + "' is not an option", near);
        }
        boolean whole = r.states().size() == 1 && w.text().matches("[0-9]{1,9}");
        if (!whole || Integer.parseInt(w.text()) < 1 || Integer.parseInt(w.text()) > n) {
            throw fail.at(w.span(), "in compare, rows is how many of the table's " + n
                    + " rows each trial trains on: a whole number from 1 to " + n);
        }
        return Integer.parseInt(w.text());
    }

    /** The nets a compare or curve names: each once, each buildable on the table's spaces. */
    record Nets(List<String> names, List<NetSpec> specs, List<OutputKind> outputs) {}

    static Nets nets(List<Word> words, Table table, Resolver r) throws NnError {
        List<String> names = new ArrayList<>();
        List<NetSpec> specs = new ArrayList<>();
        List<OutputKind> outputs = new ArrayList<>();
        for (Word w : words) {
            NetEntry entry = r.netEntry(w);
            if (names.contains(entry.name())) throw r.fail.at(w.span(), "net " + w + " is named twice");
            try {
                NetBuilder.build(entry.name(), entry.spec(), table.inputs(), table.outputs());
            } catch (CodingException e) {
                throw r.fail.at(w.span(), e.getMessage());
            }
            names.add(entry.name());
            specs.add(entry.spec());
            outputs.add(entry.spec().output());
        }
        return new Nets(names, specs, outputs);
    }
}
