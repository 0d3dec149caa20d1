package nnlang.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The update rules: plain gradient descent, momentum (with its coefficient), Adam (0.9, 0.999, 1e-8). */
public enum OptimizerKind {
    SGD, MOMENTUM, ADAM;

    /** The word used in the language. */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    public static OptimizerKind byWord(String word) {
        for (OptimizerKind k : values()) if (k.word().equals(word)) return k;
        return null;
    }

    /** Every word, in order: sgd, momentum, adam. */
    public static List<String> words() {
        List<String> words = new ArrayList<>();
        for (OptimizerKind k : values()) words.add(k.word());
        return words;
    }
}
