package nnlang.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A boolean formula over n named input bits, evaluated on an input's value v (0 to 2^n - 1):
 * input i (from 0) is bit i of the state from the left, as Generators writes states (the first
 * name is the leftmost, most significant bit).
 */
public sealed interface Formula {
    /** The formula's value, 0 or 1, on the input whose state is v written in n bits. */
    int eval(int v);

    /** Input i of n (i = 0 is the leftmost bit). */
    record Input(int i, int n) implements Formula {
        @Override public int eval(int v) { return (v >> (n - 1 - i)) & 1; }
    }

    /** 0 or 1. */
    record Constant(int value) implements Formula {
        @Override public int eval(int v) { return value; }
    }

    record Not(Formula operand) implements Formula {
        @Override public int eval(int v) { return 1 - operand.eval(v); }
    }

    /** A two-input gate. */
    record Apply(Gate gate, Formula a, Formula b) implements Formula {
        @Override public int eval(int v) { return gate.apply(a.eval(v), b.eval(v)); }
    }

    /** maj(...): 1 when more than half of the arguments are 1 (as majority(n): 2 * ones > count). */
    record Majority(List<Formula> args) implements Formula {
        public Majority { args = List.copyOf(args); }

        @Override public int eval(int v) {
            int ones = 0;
            for (Formula f : args) ones += f.eval(v);
            return 2 * ones > args.size() ? 1 : 0;
        }
    }

    /**
     * The table of n input bits whose output is the tuple of the formulas' values, one bit each
     * (leftmost first): inputs all 2^n bit strings in numeric order, outputs all 2^k strings of k
     * bits, whether or not every one occurs (so a constant formula keeps the output space {0, 1}).
     */
    static Table table(String name, int n, List<Formula> outputs) {
        List<Row> rows = new ArrayList<>(1 << n);
        char[] y = new char[outputs.size()];
        for (int v = 0; v < 1 << n; v++) {
            for (int k = 0; k < y.length; k++) y[k] = outputs.get(k).eval(v) == 1 ? '1' : '0';
            rows.add(new Row(Bits.toBits(v, n), List.of(new String(y))));
        }
        return Table.of(name, rows).withOutputs(Space.allBits(outputs.size()));
    }
}
