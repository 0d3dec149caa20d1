package nnlang.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The families a script can make (DESIGN: a family is the instances every trial of a compare runs
 * on). Instance i is named {@code NAME[i]}, from 0.
 *
 * <ul>
 * <li>{@code tree(8) instances 20 seed 1} (any random generator of {@link RandomRelations}):
 *     instance i is the generator with seed s_i = (first number of a splitmix64 stream seeded
 *     with {@code seed ^ (STREAM * (i + 1))}) {@code >>> 12}: 52 bits, so {@code tree(8) seed s_i}
 *     typed in a script gives the same table.
 * <li>{@code all(n)}, n from 1 to 3: all 2^(2^n) functions of n bits. Function f (from 0) has as
 *     its output column, read down the rows in table order, f written in 2^n bits: instance 0 is
 *     constant 0, the last is constant 1, and for n = 2 instance 6 (0110) is xor.
 * </ul>
 */
public final class Families {
    /** Multiplied by i + 1 and mixed into the family's seed: the seed of instance i. */
    static final long STREAM = 0xBB67AE8584CAA73BL;
    /** all(n) lists 2^(2^n) functions: 256 for n = 3, 65536 for n = 4, too many. */
    public static final int MAX_ALL_BITS = 3;

    private Families() {}

    /** The seed of instance i of a random family with this seed. */
    public static long instanceSeed(long seed, int i) {
        return new SplitMix64(seed ^ (STREAM * (i + 1L))).nextLong() >>> 12;
    }

    /** {@code count} random instances of the generator; callers have checked what RandomRelations.generate needs. */
    public static Family random(String name, String generator, int n, boolean allGates, int count, long seed) {
        return random(name, generator, n, allGates, count, seed, () -> false);
    }

    /** As above, polling stop (--timeout, Ctrl-C) between instances; null when it asked to stop. */
    public static Family random(String name, String generator, int n, boolean allGates, int count, long seed,
                                java.util.function.BooleanSupplier stop) {
        List<Table> instances = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (stop.getAsBoolean()) return null;
            instances.add(RandomRelations.generate(name + "[" + i + "]", generator, n, allGates, instanceSeed(seed, i)));
        }
        return new Family(name, generator + "(" + n + ")" + (allGates ? " gates all" : "") + " instances " + count
                + " seed " + seed, instances);
    }

    /** All functions of n bits (1 <= n <= MAX_ALL_BITS), in the order of the class comment. */
    public static Family all(String name, int n) {
        int rows = 1 << n;
        List<Table> instances = new ArrayList<>(1 << rows);
        for (int f = 0; f < 1 << rows; f++) {
            String column = Bits.toBits(f, rows);
            List<Row> rs = new ArrayList<>(rows);
            for (int v = 0; v < rows; v++) rs.add(new Row(Bits.toBits(v, n), List.of(String.valueOf(column.charAt(v)))));
            instances.add(Table.of(name + "[" + f + "]", rs).withOutputs(Space.allBits(1))
                    .withBuilt(List.of("all(" + n + ") function " + f + ": outputs " + column + " in table order")));
        }
        return new Family(name, "all(" + n + ")", instances);
    }
}
