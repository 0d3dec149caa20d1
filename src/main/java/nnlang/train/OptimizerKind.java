package nnlang.train;

/** The update rules: plain gradient descent, momentum (with its coefficient), Adam (0.9, 0.999, 1e-8). */
public enum OptimizerKind {
    SGD, MOMENTUM, ADAM;

    public String word() { return name().toLowerCase(); }

    public static OptimizerKind byWord(String word) {
        for (OptimizerKind k : values()) if (k.word().equals(word)) return k;
        return null;
    }
}
