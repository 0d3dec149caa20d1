package nnlang.repl;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.lang.GrammarWords;
import nnlang.lang.parse.NnLexer;
import nnlang.run.Measures;
import nnlang.model.Activation;
import nnlang.train.Loss;
import nnlang.train.OptimizerKind;

/** The words of the language, as the completer and highlighter need them. */
final class Keywords {
    /** The keywords that can start a statement, read from the grammar (so new statements join in). */
    static final List<String> STATEMENTS = GrammarWords.STATEMENTS;

    static final List<String> TRAIN_OPTIONS = GrammarWords.TRAIN_OPTIONS;
    static final List<String> NET_ITEMS = List.of("input", "dense", "output");
    static final List<String> UNTIL_METRICS = nnlang.train.StopWhen.Metric.words();
    /** What expect can measure: of a trained net, then of a compare. */
    static final List<String> EXPECT_METRICS = Measures.ALL;
    static final List<String> COMPARISONS = List.of(">=", "<=", ">", "<", "==");

    private Keywords() {}

    static boolean startsStatement(int tokenType) { return GrammarWords.STATEMENT_TYPES.contains(tokenType); }

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

    static List<String> optimizers() { return OptimizerKind.words(); }

    static List<String> losses() { return Loss.words(); }

    static List<String> generators() { return Generators.names(); }

    /** What makes a family: all(n) and the random generators. */
    static List<String> familyGenerators() {
        List<String> words = new ArrayList<>(List.of("all"));
        words.addAll(nnlang.data.RandomRelations.NAMES);
        return words;
    }

    static List<String> randomGenerators() { return nnlang.data.RandomRelations.NAMES; }

    static List<String> gateGenerators() { return List.of("tree", "chain"); }
}
