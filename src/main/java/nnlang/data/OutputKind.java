package nnlang.data;

/** How the output layer turns into p(y|x). */
public enum OutputKind {
    /** One sigmoid node for two states, or k independent nodes for k-bit states. */
    SIGMOID,
    /** One node per output state. */
    SOFTMAX;

    public String word() { return name().toLowerCase(); }

    public static OutputKind byWord(String word) {
        for (OutputKind k : values()) if (k.word().equals(word)) return k;
        return null;
    }
}
