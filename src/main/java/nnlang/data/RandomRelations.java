package nnlang.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Random relations of n input bits with structure, reproducible by seed: the same seed gives the
 * same table on every run and platform (a splitmix64 stream seeded with {@code seed ^ STREAM},
 * read in the order given below). Inputs are named x1 .. xn, x1 the leftmost bit; every table has
 * the inputs of Generators (all 2^n bit strings in numeric order) and the output space {0, 1},
 * even when the drawn function happens to be constant.
 *
 * <ul>
 * <li>{@code tree(n)}: a balanced binary tree of random two-input gates. Level by level, the
 *     signals (x1 .. xn first) are paired from the left, each pair feeding a new gate h1, h2, ...;
 *     an odd last signal passes up to the next level unchanged; the last gate is the output. Each
 *     gate is drawn uniformly (nextInt) from the gate set, in the order the gates are made.
 * <li>{@code chain(n)}: h1 = g1(x1, x2), h_k = g_k(h_{k-1}, x_{k+1}): n - 1 gates, the last the output.
 * <li>{@code random(n)}: each row's output is the top bit of the next number of the stream, rows in order.
 * <li>{@code threshold(n)}: integer weights w1 .. wn, each nextInt(11) - 5 (from -5 to 5), in
 *     order; the output is 1 when w . x > (w1 + ... + wn) / 2, the mean of w . x over all inputs.
 * </ul>
 * The gate set is {@link Gate#XOR_FREE} unless {@code gates all} ({@link Gate#ALL}).
 */
public final class RandomRelations {
    /** Mixed into the seed, so that a relation's stream differs from a training's with the same seed. */
    static final long STREAM = 0x3C6EF372FE94F82BL;
    /** The generators that take a seed, in the order messages list them. */
    public static final List<String> NAMES = List.of("chain", "random", "threshold", "tree");

    private RandomRelations() {}

    public static boolean exists(String name) { return NAMES.contains(name); }

    /** True for the generators built of gates (gates all applies to them). */
    public static boolean hasGates(String name) { return name.equals("tree") || name.equals("chain"); }

    /** The smallest n each generator takes (a tree or a chain needs two inputs for one gate). */
    public static int minBits(String name) { return hasGates(name) ? 2 : 1; }

    /**
     * The table of generator {@code name} over n bits from the seed; callers have checked the name,
     * {@link #minBits} <= n <= Generators.MAX_BITS, and that allGates is asked only of tree and chain.
     */
    public static Table generate(String tableName, String name, int n, boolean allGates, long seed) {
        SplitMix64 g = new SplitMix64(seed ^ STREAM);
        List<Gate> gates = allGates ? Gate.ALL : Gate.XOR_FREE;
        String head = name + "(" + n + ")" + (allGates ? " gates all" : "") + " seed " + seed;
        return switch (name) {
            case "tree" -> gates(tableName, n, g, gates, head, true);
            case "chain" -> gates(tableName, n, g, gates, head, false);
            case "random" -> random(tableName, n, g, head);
            case "threshold" -> threshold(tableName, n, g, head);
            default -> throw new IllegalArgumentException("no random generator " + name);
        };
    }

    private static Table gates(String tableName, int n, SplitMix64 g, List<Gate> gates, String head, boolean tree) {
        List<String> built = new ArrayList<>();
        built.add(head + (gates == Gate.ALL ? " (gates: all ten that use both inputs)"
                : " (gates: the eight that use both inputs, without xor and xnor)"));
        List<Formula> signals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            signals.add(new Formula.Input(i, n));
            names.add("x" + (i + 1));
        }
        int made = 0;
        if (tree) {
            while (signals.size() > 1) {
                List<Formula> next = new ArrayList<>();
                List<String> nextNames = new ArrayList<>();
                for (int i = 0; i < signals.size(); i += 2) {
                    if (i + 1 == signals.size()) {
                        next.add(signals.get(i));
                        nextNames.add(names.get(i));
                        continue;
                    }
                    Gate gate = gates.get(g.nextInt(gates.size()));
                    String h = "h" + ++made;
                    built.add(h + " = " + gate.apply(names.get(i), names.get(i + 1)));
                    next.add(new Formula.Apply(gate, signals.get(i), signals.get(i + 1)));
                    nextNames.add(h);
                }
                signals = next;
                names = nextNames;
            }
        } else {
            Formula h = signals.get(0);
            String hName = names.get(0);
            for (int k = 1; k < n; k++) {
                Gate gate = gates.get(g.nextInt(gates.size()));
                String next = "h" + ++made;
                built.add(next + " = " + gate.apply(hName, names.get(k)));
                h = new Formula.Apply(gate, h, signals.get(k));
                hName = next;
            }
            signals = List.of(h);
        }
        built.add("output = h" + made);
        return Formula.table(tableName, n, List.of(signals.get(0))).withBuilt(built);
    }

    private static Table random(String tableName, int n, SplitMix64 g, String head) {
        List<Row> rows = new ArrayList<>(1 << n);
        int ones = 0;
        for (int v = 0; v < 1 << n; v++) {
            int y = (int) (g.nextLong() >>> 63);
            ones += y;
            rows.add(new Row(Bits.toBits(v, n), List.of(y == 1 ? "1" : "0")));
        }
        return Table.of(tableName, rows).withOutputs(Space.allBits(1)).withBuilt(List.of(head
                + " (every row's output drawn uniformly)", "output 1 on " + ones + " of " + (1 << n) + " rows"));
    }

    private static Table threshold(String tableName, int n, SplitMix64 g, String head) {
        int[] w = new int[n];
        int sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = g.nextInt(11) - 5;
            sum += w[i];
        }
        List<Row> rows = new ArrayList<>(1 << n);
        int ones = 0;
        for (int v = 0; v < 1 << n; v++) {
            int dot = 0;
            for (int i = 0; i < n; i++) dot += w[i] * ((v >> (n - 1 - i)) & 1);
            // w . x > sum / 2, in integers
            int y = 2 * dot > sum ? 1 : 0;
            ones += y;
            rows.add(new Row(Bits.toBits(v, n), List.of(y == 1 ? "1" : "0")));
        }
        StringBuilder ws = new StringBuilder();
        for (int i = 0; i < n; i++) ws.append(i == 0 ? "" : ", ").append(w[i]);
        String t = sum % 2 == 0 ? Integer.toString(sum / 2) : String.format(Locale.ROOT, "%.1f", sum / 2.0);
        return Table.of(tableName, rows).withOutputs(Space.allBits(1)).withBuilt(List.of(head
                + " (a linear threshold function)", "weights w = [" + ws + "] for x1 .. x" + n,
                "output 1 when w . x > " + t + " (half the sum of the weights): on " + ones + " of " + (1 << n) + " rows"));
    }
}
