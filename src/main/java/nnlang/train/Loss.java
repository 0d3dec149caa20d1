package nnlang.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Training losses, in nats, averaged over the rows of a batch. */
public enum Loss {
    /** Binary cross-entropy summed over sigmoid nodes: -sum t log a + (1 - t) log(1 - a). */
    BCE,
    /** Half the squared error summed over output nodes: 1/2 sum (a - t)^2. */
    MSE,
    /** Cross-entropy of the target distribution: -sum t log a (softmax); on sigmoid outputs the same as bce. */
    CE;

    /**
     * True for the cross-entropies: on their own outputs (bce on sigmoid, ce on softmax) the
     * output's slope cancels, and dL/dz = a - t.
     */
    public boolean isCrossEntropy() {
        return switch (this) {
            case BCE, CE -> true;
            case MSE -> false;
        };
    }

    /** The word used in the language. */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    public static Loss byWord(String word) {
        for (Loss l : values()) if (l.word().equals(word)) return l;
        return null;
    }

    /** Every word, in order: bce, mse, ce. */
    public static List<String> words() {
        List<String> words = new ArrayList<>();
        for (Loss l : values()) words.add(l.word());
        return words;
    }
}
