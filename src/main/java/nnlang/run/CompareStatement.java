package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.CodingException;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.TrainOption;
import nnlang.lang.Word;
import nnlang.model.Net;
import nnlang.model.NetBuilder;
import nnlang.report.CompareReport;
import nnlang.experiment.CompareConfig;
import nnlang.experiment.Experiment;
import nnlang.experiment.ExperimentListener;
import nnlang.train.TrainConfig;

/**
 * {@code compare NET, NET... on TABLE { rows K  trials N  train options }}: many trials, each on a
 * random K-row subset, the same subsets for every net. Nothing in the session changes.
 */
final class CompareStatement {
    static final int DEFAULT_TRIALS = 20;
    static final int MAX_TRIALS = 1_000_000;

    private CompareStatement() {}

    /** The compare report, or null in check mode. */
    static CompareReport run(Statement.Compare s, Interpreter in, Failure fail) throws NnError {
        Table table = in.table(s.table(), fail);
        List<Net> nets = new ArrayList<>();
        for (Word w : s.nets()) {
            NetEntry entry = in.netEntry(w, fail);
            for (Net other : nets) {
                if (other.name().equals(entry.name())) throw fail.at(w.span(), "net " + w + " is named twice");
            }
            try {
                nets.add(NetBuilder.build(entry.name(), entry.spec(), table.inputs(), table.outputs()));
            } catch (CodingException e) {
                throw fail.at(w.span(), e.getMessage());
            }
        }
        int rows = table.rows().size();
        List<TrainOption> trainOptions = new ArrayList<>();
        for (TrainOption o : s.options()) {
            if (o instanceof TrainOption.Rows r) {
                rows = rowCount(r, table, fail);
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
        for (Net n : nets) train = TrainOptions.read(trainOptions, table, n.spec().output(), fail);
        if (in.mode() == Interpreter.Mode.CHECK) return null;
        long start = System.nanoTime();
        return Experiment.compare(nets, table, new CompareConfig(rows, trials, train), in.threads(),
                new ExperimentListener() {
                    @Override public void trialsDone(int done, int total) {
                        in.live().trialsDone(done, total, System.nanoTime() - start);
                    }

                    @Override public boolean stopRequested() { return in.stopRequested(); }
                });
    }

    /** In compare, {@code rows K} is how many rows each trial trains on. */
    private static int rowCount(TrainOption.Rows r, Table table, Failure fail) throws NnError {
        int n = table.rows().size();
        Word w = r.states().get(0);
        boolean whole = r.states().size() == 1 && w.text().matches("[0-9]{1,9}");
        if (!whole || Integer.parseInt(w.text()) < 1 || Integer.parseInt(w.text()) > n) {
            throw fail.at(w.span(), "in compare, rows is how many of the table's " + n
                    + " rows each trial trains on: a whole number from 1 to " + n);
        }
        return Integer.parseInt(w.text());
    }
}
