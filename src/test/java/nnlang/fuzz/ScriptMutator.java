package nnlang.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grammar-aware mutations of nnlang scripts: whole tokens are dropped, repeated, swapped or
 * replaced by other tokens of the language and by hostile values (huge, negative, NaN-like
 * numbers, stray braces, unknown words), so that most mutants are nearly valid and reach deep
 * into the interpreter rather than stopping at the first character.
 */
final class ScriptMutator {
    static final String[] WORDS = {"table", "net", "train", "on", "relations", "show", "predict", "info", "expect",
        "print", "hidden", "ablate", "compare", "plot", "map", "draw", "to", "save", "load", "set", "layer", "from",
        "inverse", "input", "dense", "output", "epochs", "lr", "optimizer", "loss", "l2", "seed", "batch", "full",
        "until", "rows", "every", "continue", "eps", "trials", "bins", "of", "session", "bits", "scalar", "onehot",
        "sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax", "sgd", "momentum", "adam", "bce", "mse", "ce",
        "entropy", "accuracy", "fit_rate", "xor", "parity", "majority", "identity", "h1", "h2", "two", "->", "|",
        "{", "}", "(", ")", "=", "<", ">=", "==", ",", "[", "]", "w", "b", "\"x.svg\"", "\"../out.nn\"", "\"/tmp/a\"",
        "#c\n", "\n"};
    static final String[] NUMBERS = {"0", "1", "2", "3", "00", "01", "10", "11", "-1", "0.5", "1e400", "1e-400",
        "99999999999", "4096", "4097", "100000000", "17", "65536", "1.0E-5", "-0", "3.5"};

    private final Random random;

    ScriptMutator(long seed) { this.random = new Random(seed); }

    String mutate(String script) {
        List<String> tokens = tokens(script);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
            int i = random.nextInt(tokens.size());
            switch (random.nextInt(7)) {
                case 0 -> tokens.remove(i);
                case 1 -> tokens.add(i, tokens.get(i));
                case 2 -> tokens.set(i, WORDS[random.nextInt(WORDS.length)]);
                case 3 -> tokens.set(i, NUMBERS[random.nextInt(NUMBERS.length)]);
                case 4 -> tokens.add(i, WORDS[random.nextInt(WORDS.length)]);
                case 5 -> {
                    int j = random.nextInt(tokens.size());
                    String t = tokens.get(i);
                    tokens.set(i, tokens.get(j));
                    tokens.set(j, t);
                }
                default -> tokens.set(i, garble(tokens.get(i)));
            }
        }
        return String.join(" ", tokens);
    }

    /** A random script made only of the language's words and numbers. */
    String random() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : WORDS[random.nextInt(WORDS.length)]);
            s.append(random.nextInt(6) == 0 ? '\n' : ' ');
        }
        return s.toString();
    }

    private String garble(String token) {
        if (token.isEmpty()) return "\u00e9";
        char[] c = token.toCharArray();
        String junk = "$@\"{}\u0000\u00ff\u2603-9";
        c[random.nextInt(c.length)] = junk.charAt(random.nextInt(junk.length()));
        return new String(c);
    }

    /** Whitespace-separated tokens, keeping comments and line breaks as their own tokens. */
    static List<String> tokens(String script) {
        List<String> out = new ArrayList<>();
        for (String line : script.split("\n", -1)) {
            for (String t : line.strip().split("\\s+")) if (!t.isEmpty()) out.add(t);
            out.add("\n");
        }
        return out;
    }
}
