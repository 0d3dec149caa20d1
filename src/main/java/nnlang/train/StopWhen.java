package nnlang.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An early stop: {@code until entropy < v} (H(Y|X) in bits on the training rows) or {@code until loss < v}. */
public record StopWhen(Metric metric, double below) implements java.io.Serializable {
    public enum Metric {
        ENTROPY, LOSS;

        /** The word used in the language. */
        public String word() { return name().toLowerCase(Locale.ROOT); }

        public static Metric byWord(String word) {
            for (Metric m : values()) if (m.word().equals(word)) return m;
            return null;
        }

        /** Every word, in order: entropy, loss. */
        public static List<String> words() {
            List<String> words = new ArrayList<>();
            for (Metric m : values()) words.add(m.word());
            return words;
        }
    }

    @Override public String toString() { return metric.word() + " < " + below; }
}
