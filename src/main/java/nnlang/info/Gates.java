package nnlang.info;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import nnlang.data.Table;

/**
 * Names the function of the inputs that a hidden node computes, read from the set of inputs
 * that turn it on. Only for tables whose rows are all 2^n bit strings of the input space: on two
 * bits every function but the constants has a name (OR, NAND, x1, x1 and not x2, ...); on n bits
 * a copy of a bit (x3, not x3), AND, OR, NAND, NOR, XOR (odd parity) and XNOR. Bit x1 is the
 * leftmost character of the state.
 */
public final class Gates {
    /** Wider inputs are not named: 2^n rows would have to be compared for every gate. */
    public static final int MAX_BITS = 16;

    private record Gate(String name, IntPredicate on) {}

    private Gates() {}

    /**
     * The name of the function that is true exactly on the rows where on[row] is set, or null when
     * the table does not hold every bit string of its width or no name fits.
     */
    public static String name(Table t, boolean[] on) {
        int n = t.inputs().bitWidth();
        if (n < 1 || n > MAX_BITS || t.rows().size() != 1 << n || on.length != 1 << n) return null;
        int[] value = new int[on.length];
        for (int r = 0; r < on.length; r++) value[r] = Integer.parseInt(t.rows().get(r).x(), 2);
        for (Gate g : gates(n)) {
            if (matches(value, on, g.on())) return g.name();
        }
        return null;
    }

    /** Candidates in order: copies first, so that on one bit a node reads "x1" rather than AND. */
    private static List<Gate> gates(int n) {
        List<Gate> gates = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int bit = 1 << (n - i);
            gates.add(new Gate("x" + i, v -> (v & bit) != 0));
            gates.add(new Gate("not x" + i, v -> (v & bit) == 0));
        }
        int all = (1 << n) - 1;
        gates.add(new Gate("AND", v -> v == all));
        gates.add(new Gate("OR", v -> v != 0));
        gates.add(new Gate("NAND", v -> v != all));
        gates.add(new Gate("NOR", v -> v == 0));
        gates.add(new Gate("XOR", v -> (Integer.bitCount(v) & 1) == 1));
        gates.add(new Gate("XNOR", v -> (Integer.bitCount(v) & 1) == 0));
        if (n == 2) {
            // the four two-bit functions left; v is x1 x2 read in binary
            gates.add(new Gate("x1 and not x2", v -> v == 2));
            gates.add(new Gate("x2 and not x1", v -> v == 1));
            gates.add(new Gate("x1 or not x2", v -> v != 1));
            gates.add(new Gate("x2 or not x1", v -> v != 2));
        }
        return gates;
    }

    private static boolean matches(int[] value, boolean[] on, IntPredicate f) {
        for (int r = 0; r < on.length; r++) if (f.test(value[r]) != on[r]) return false;
        return true;
    }
}
