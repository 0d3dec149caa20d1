package nnlang.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tables made by name: and(n), or(n), xor(n), parity(n), majority(n), identity(n), ... */
public final class Generators {
    /** 2^16 rows is plenty for tiny nets and keeps a shared script from asking for millions. */
    public static final int MAX_BITS = 16;

    private interface BitFunction { boolean test(int value, int n); }

    private static final Map<String, BitFunction> FUNCTIONS = new TreeMap<>();
    static {
        FUNCTIONS.put("and", (v, n) -> v == (1 << n) - 1);
        FUNCTIONS.put("or", (v, n) -> v != 0);
        FUNCTIONS.put("nand", (v, n) -> v != (1 << n) - 1);
        FUNCTIONS.put("nor", (v, n) -> v == 0);
        FUNCTIONS.put("xor", (v, n) -> (Integer.bitCount(v) & 1) == 1);
        FUNCTIONS.put("parity", (v, n) -> (Integer.bitCount(v) & 1) == 1);
        FUNCTIONS.put("majority", (v, n) -> 2 * Integer.bitCount(v) > n);
    }

    private Generators() {}

    /** Every generator name of a table (the random ones of RandomRelations too), for messages and completion. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(FUNCTIONS.keySet());
        names.add("identity");
        names.addAll(RandomRelations.NAMES);
        names.sort(null);
        return names;
    }

    /** True for the name of a table generator, random or not. */
    public static boolean exists(String name) {
        return FUNCTIONS.containsKey(name) || name.equals("identity") || RandomRelations.exists(name);
    }

    /**
     * The table of generator {@code name} over n bits; callers have checked that the name is not
     * a random one (RandomRelations makes those, from a seed) and 1 <= n <= MAX_BITS.
     */
    public static Table generate(String tableName, String generator, int n) {
        List<Row> rows = new ArrayList<>(1 << n);
        BitFunction f = FUNCTIONS.get(generator);
        for (int v = 0; v < 1 << n; v++) {
            String x = Bits.toBits(v, n);
            String y = f == null ? x : (f.test(v, n) ? "1" : "0");
            rows.add(new Row(x, List.of(y)));
        }
        return Table.of(tableName, rows);
    }

    /** Swaps the two spaces: every relation x -> y becomes y -> x. */
    public static Table inverse(String tableName, Table t) {
        Map<String, List<String>> back = new java.util.LinkedHashMap<>();
        for (Row r : t.rows()) {
            for (String y : r.targets()) back.computeIfAbsent(y, k -> new ArrayList<>()).add(r.x());
        }
        List<Row> rows = new ArrayList<>();
        back.forEach((y, xs) -> rows.add(new Row(y, xs)));
        return Table.of(tableName, rows);
    }

}
