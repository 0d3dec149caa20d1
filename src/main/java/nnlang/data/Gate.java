package nnlang.data;

import java.util.List;

/**
 * The two-input gates of random trees and chains: the ten boolean functions of two inputs that
 * depend on both. The first eight are the AND-like ones (one input value decides the output
 * alone, as for and, or and their negations); XOR and XNOR decide nothing from one input and are
 * left out unless {@code gates all} is asked for.
 */
public enum Gate {
    AND("and", "%s and %s"),
    OR("or", "%s or %s"),
    NAND("nand", "%s nand %s"),
    NOR("nor", "%s nor %s"),
    AND_NOT("and not", "%s and not %s"),
    NOT_AND("not and", "not %s and %s"),
    OR_NOT("or not", "%s or not %s"),
    NOT_OR("not or", "not %s or %s"),
    XOR("xor", "%s xor %s"),
    XNOR("xnor", "%s xnor %s");

    /** The default gate set of tree and chain: no XOR or XNOR. */
    public static final List<Gate> XOR_FREE = List.of(AND, OR, NAND, NOR, AND_NOT, NOT_AND, OR_NOT, NOT_OR);
    /** {@code gates all}: the ten gates. */
    public static final List<Gate> ALL = List.of(values());

    private final String word;
    private final String pattern;

    Gate(String word, String pattern) {
        this.word = word;
        this.pattern = pattern;
    }

    /** How the gate is named in lists: and, and not, xnor, ... */
    public String word() { return word; }

    /** The gate applied to two named operands, in the language's formula words: {@code x1 and not x2}. */
    public String apply(String a, String b) { return String.format(java.util.Locale.ROOT, pattern, a, b); }

    /** The gate's output (0 or 1) for inputs a and b (each 0 or 1). */
    public int apply(int a, int b) {
        return switch (this) {
            case AND -> a & b;
            case OR -> a | b;
            case NAND -> 1 - (a & b);
            case NOR -> 1 - (a | b);
            case AND_NOT -> a & (1 - b);
            case NOT_AND -> (1 - a) & b;
            case OR_NOT -> a | (1 - b);
            case NOT_OR -> (1 - a) | b;
            case XOR -> a ^ b;
            case XNOR -> 1 - (a ^ b);
        };
    }
}
