package nnlang.repl;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.lang.parse.NnLexer;
import nnlang.model.Activation;
import nnlang.train.Loss;
import nnlang.train.OptimizerKind;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The words of the language, as the completer and highlighter need them. */
final class Keywords {
    /** The keywords that can start a statement, read from the grammar (so new statements join in). */
    static final List<String> STATEMENTS = new ArrayList<>();
    private static final List<Integer> STATEMENT_TYPES = new ArrayList<>();
    static {
        ATN atn = NnParser._ATN;
        IntervalSet first = atn.nextTokens(atn.ruleToStartState[NnParser.RULE_statement]);
        for (int type : first.toList()) {
            String literal = NnLexer.VOCABULARY.getLiteralName(type);
            if (literal == null) continue;
            STATEMENT_TYPES.add(type);
            STATEMENTS.add(literal.substring(1, literal.length() - 1));
        }
    }

    static final List<String> TRAIN_OPTIONS = List.of("epochs", "lr", "optimizer", "loss", "l2", "seed", "batch",
            "until", "rows", "every", "continue");
    static final List<String> NET_ITEMS = List.of("input", "dense", "output");
    static final List<String> UNTIL_METRICS = List.of("entropy", "loss");
    static final List<String> EXPECT_METRICS = List.of("accuracy", "entropy", "cross_entropy", "floor", "determined");
    static final List<String> COMPARISONS = List.of(">=", "<=", ">", "<", "==");

    private Keywords() {}

    static boolean startsStatement(int tokenType) { return STATEMENT_TYPES.contains(tokenType); }

    /** True for every keyword token of the grammar (table, epochs, on, full, ...). */
    static boolean isKeyword(int tokenType) {
        String literal = NnLexer.VOCABULARY.getLiteralName(tokenType);
        return literal != null && Character.isLetter(literal.charAt(1));
    }

    static List<String> encodings() {
        List<String> words = new ArrayList<>();
        for (InputEncoding e : InputEncoding.values()) words.add(e.word());
        return words;
    }

    static List<String> activations() { return Activation.hiddenWords(); }

    static List<String> outputs() {
        List<String> words = new ArrayList<>();
        for (OutputKind k : OutputKind.values()) words.add(k.word());
        return words;
    }

    static List<String> optimizers() {
        List<String> words = new ArrayList<>();
        for (OptimizerKind k : OptimizerKind.values()) words.add(k.word());
        return words;
    }

    static List<String> losses() {
        List<String> words = new ArrayList<>();
        for (Loss l : Loss.values()) words.add(l.word());
        return words;
    }

    static List<String> generators() { return Generators.names(); }
}
