package nnlang.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Num;
import nnlang.lang.Suggest;
import nnlang.lang.TrainOption;
import nnlang.lang.Word;
import nnlang.train.Loss;
import nnlang.train.OptimizerKind;
import nnlang.train.StopWhen;
import nnlang.train.TrainConfig;

/** Reads the options of a train statement into a TrainConfig, checking each value. */
final class TrainOptions {
    /** Enough for any tiny net; a typo such as 5e9 gets a clear refusal rather than a day of training. */
    static final int MAX_EPOCHS = 100_000_000;

    private TrainOptions() {}

    static TrainConfig read(List<TrainOption> options, Table table, OutputKind output, Failure fail) throws NnError {
        TrainConfig c = TrainConfig.defaults();
        Set<TrainOption.Kind> given = EnumSet.noneOf(TrainOption.Kind.class);
        for (TrainOption o : options) {
            Word key = o.key();
            if (!given.add(o.kind())) throw fail.at(key.span(), "'" + key + "' is given twice");
            c = switch (o.kind()) {
                case EPOCHS -> c.epochs(wholeNumber(num(o), 1, MAX_EPOCHS, key.text(), fail));
                case LR -> c.lr(positive(num(o), key.text(), fail));
                case L2 -> c.l2(atLeastZero(num(o), key.text(), fail));
                case SEED -> c.seed(seed(num(o), fail));
                case EVERY -> c.every(wholeNumber(((TrainOption.Every) o).value(), 1, MAX_EPOCHS, key.text(), fail));
                case BATCH -> c.batch(o instanceof TrainOption.Numeric n
                        ? wholeNumber(n.value(), 1, Integer.MAX_VALUE, key.text(), fail) : 0);
                case OPTIMIZER -> optimizer((TrainOption.Named) o, c, fail);
                case LOSS -> c.loss(loss(((TrainOption.Named) o).name(), output, fail));
                case UNTIL -> c.until(until((TrainOption.Until) o, fail));
                case ROWS -> c.rows(rows((TrainOption.Rows) o, table, fail));
                case CONTINUE -> c.resume(true);
            };
        }
        return c;
    }

    private static Num num(TrainOption o) { return ((TrainOption.Numeric) o).value(); }

    private static int wholeNumber(Num n, int min, int max, String what, Failure fail) throws NnError {
        if (!n.isInt() || n.value() < min || n.value() > max) {
            throw fail.at(n.span(), what + " must be a whole number from " + min + " to " + max + ", not " + n);
        }
        return (int) n.value();
    }

    private static double positive(Num n, String what, Failure fail) throws NnError {
        if (!(n.value() > 0) || Double.isInfinite(n.value())) {
            throw fail.at(n.span(), what + " must be a positive finite number, not " + n, underflow(n));
        }
        return n.value();
    }

    /** 1e-400 reads as 0 (and 1e400 as infinity): say why the number written is not the number read. */
    private static String underflow(Num n) {
        if (n.value() == 0 && n.toString().split("[eE]")[0].matches(".*[1-9].*")) return "it is too small for a double and reads as 0";
        if (Double.isInfinite(n.value())) return "it is too large for a double";
        return null;
    }

    private static double atLeastZero(Num n, String what, Failure fail) throws NnError {
        if (!(n.value() >= 0) || Double.isInfinite(n.value())) {
            throw fail.at(n.span(), what + " must be zero or a positive finite number, not " + n);
        }
        return n.value();
    }

    private static long seed(Num n, Failure fail) throws NnError {
        if (n.value() != Math.rint(n.value()) || Math.abs(n.value()) > 9.0e15) {
            throw fail.at(n.span(), Math.abs(n.value()) > 9.0e15 && n.value() == Math.rint(n.value())
                        ? "a seed is a whole number from -9000000000000000 to 9000000000000000, not " + n
                        : "a seed is a whole number, not " + n);
        }
        return (long) n.value();
    }

    /** {@code optimizer NAME [M]}: only momentum takes a number, its coefficient. */
    private static TrainConfig optimizer(TrainOption.Named n, TrainConfig c, Failure fail) throws NnError {
        OptimizerKind optimizer = optimizer(n.name(), fail);
        if (n.value() == null) return c.optimizer(optimizer);
        if (optimizer != OptimizerKind.MOMENTUM) {
            throw fail.at(n.value().span(), "only momentum takes a number (its coefficient)");
        }
        double momentum = n.value().value();
        if (!(momentum >= 0 && momentum < 1)) {
            throw fail.at(n.value().span(), "the momentum coefficient must be at least 0 and below 1");
        }
        return c.optimizer(optimizer).momentum(momentum);
    }

    private static OptimizerKind optimizer(Word w, Failure fail) throws NnError {
        OptimizerKind k = OptimizerKind.byWord(w.text());
        if (k != null) return k;
        List<String> words = OptimizerKind.words();
        throw fail.at(w.span(), "unknown optimizer '" + w + "' (known: " + String.join(", ", words) + ")",
                Suggest.hint(w.text(), words));
    }

    private static Loss loss(Word w, OutputKind output, Failure fail) throws NnError {
        Loss l = Loss.byWord(w.text());
        if (l == null) {
            List<String> words = Loss.words();
            throw fail.at(w.span(), "unknown loss '" + w + "' (known: " + String.join(", ", words) + ")",
                    Suggest.hint(w.text(), words));
        }
        if (l == Loss.BCE && output == OutputKind.SOFTMAX) {
            throw fail.at(w.span(), "bce needs sigmoid outputs; with softmax use loss ce");
        }
        return l;
    }

    private static StopWhen until(TrainOption.Until o, Failure fail) throws NnError {
        StopWhen.Metric m = StopWhen.Metric.byWord(o.metric().text());
        if (m == null) {
            List<String> words = StopWhen.Metric.words();
            throw fail.at(o.metric().span(), "until takes " + String.join(" or ", words) + ", not '" + o.metric() + "'",
                    Suggest.hint(o.metric().text(), words));
        }
        return new StopWhen(m, positive(o.value(), "the until threshold", fail));
    }

    private static List<String> rows(TrainOption.Rows o, Table table, Failure fail) throws NnError {
        return rows(o.states(), table, fail);
    }

    /** The rows named, each a row of the table, none twice (train's rows option, relations ... rows). */
    static List<String> rows(List<Word> states, Table table, Failure fail) throws NnError {
        List<String> rows = new ArrayList<>();
        for (Word w : states) {
            if (table.row(w.text()) == null) {
                throw fail.at(w.span(), "table " + table.name() + " has no row " + w + " (its inputs are "
                        + table.inputs() + ")", Suggest.hint(w.text(), table.inputs().states()));
            }
            if (rows.contains(w.text())) throw fail.at(w.span(), "row " + w + " is listed twice");
            rows.add(w.text());
        }
        return rows;
    }
}
