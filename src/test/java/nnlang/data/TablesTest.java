package nnlang.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spaces, tables, generators and encodings against hand-written truth tables. */
class TablesTest {
    @Test void bitSpacesAreOrderedNumericallyOthersByFirstAppearance() {
        assertEquals(List.of("00", "01", "10", "11"), Space.of(List.of("11", "01", "00", "10")).states());
        assertEquals(List.of("dog", "cat", "cow"), Space.of(List.of("dog", "cat", "dog", "cow")).states());
        // mixed widths are not a bit space: first appearance
        assertEquals(List.of("1", "00", "0"), Space.of(List.of("1", "00", "0")).states());
        assertFalse(Space.of(List.of("1", "00")).isBits());
        assertEquals(2, Space.of(List.of("10", "01")).bitWidth());
    }

    @Test void generatorsMatchTheirTruthTables() {
        assertEquals(rows("000->0", "001->1", "010->1", "011->0", "100->1", "101->0", "110->0", "111->1"),
                Generators.generate("p", "parity", 3).rows().toString());
        assertEquals(Generators.generate("p", "parity", 4).rows(), Generators.generate("x", "xor", 4).rows());
        assertEquals(rows("00->0", "01->0", "10->0", "11->1"), Generators.generate("a", "and", 2).rows().toString());
        assertEquals(rows("00->0", "01->1", "10->1", "11->1"), Generators.generate("o", "or", 2).rows().toString());
        assertEquals(rows("00->1", "01->1", "10->1", "11->0"), Generators.generate("n", "nand", 2).rows().toString());
        assertEquals(rows("00->1", "01->0", "10->0", "11->0"), Generators.generate("n", "nor", 2).rows().toString());
        assertEquals(rows("000->0", "001->0", "010->0", "011->1", "100->0", "101->1", "110->1", "111->1"),
                Generators.generate("m", "majority", 3).rows().toString());
        assertEquals(rows("00->00", "01->01", "10->10", "11->11"), Generators.generate("i", "identity", 2).rows().toString());
        for (int n = 1; n <= 10; n++) {
            Table t = Generators.generate("p", "parity", n);
            assertEquals(1 << n, t.rows().size());
            for (Row r : t.rows()) {
                long ones = r.x().chars().filter(c -> c == '1').count();
                assertEquals(ones % 2 == 1 ? "1" : "0", r.targets().get(0));
            }
        }
    }

    @Test void inverseOfXorIsANonFunctionWithAFloorOfOneBit() {
        Table back = Generators.inverse("back", Generators.generate("xor", "xor", 2));
        assertEquals(rows("0->00|11", "1->01|10"), back.rows().toString());
        assertFalse(back.isFunction());
        assertEquals(1.0, back.floor(), 0);
        assertEquals(8, back.relationCount());
        // inverting twice gives the function back
        assertEquals(Generators.generate("xor", "xor", 2).rows(), Generators.inverse("again", back).rows());
    }

    @Test void repeatedInputsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Table.of("t", List.of(new Row("a", List.of("b")), new Row("a", List.of("c")))));
    }

    @Test void encodings() {
        Space bits = Space.of(List.of("00", "01", "10", "11"));
        Space pets = Space.of(List.of("dog", "cat", "cow"));
        assertArrayEquals(new double[] {1, 0}, InputEncoding.BITS.encode(bits, 2));
        assertArrayEquals(new double[] {1, 0}, InputEncoding.BITS.encode(pets, 2), "symbols are numbered in binary");
        assertEquals(2, InputEncoding.BITS.width(pets));
        assertArrayEquals(new double[] {3}, InputEncoding.SCALAR.encode(bits, 3));
        assertArrayEquals(new double[] {0, 1, 0}, InputEncoding.ONEHOT.encode(pets, 1));
    }

    @Test void outputCodingsFollowDesignSection2() throws CodingException {
        OutputCoding one = OutputCoding.forSpace(OutputKind.SIGMOID, Space.of(List.of("0", "1")));
        assertEquals(1, one.nodes());
        OutputCoding twoBits = OutputCoding.forSpace(OutputKind.SIGMOID, Space.of(List.of("00", "11")));
        assertEquals(2, twoBits.nodes());
        assertEquals(List.of("00", "01", "10", "11"), twoBits.space().states(), "all 2^k strings, seen or not");
        double[] p = new double[4];
        twoBits.probabilities(new double[] {0.9, 0.2}, p);
        assertArrayEquals(new double[] {0.1 * 0.8, 0.1 * 0.2, 0.9 * 0.8, 0.9 * 0.2}, p, 1e-15);
        OutputCoding pair = OutputCoding.forSpace(OutputKind.SIGMOID, Space.of(List.of("no", "yes")));
        pair.probabilities(new double[] {0.7}, p);
        assertEquals(0.3, p[0], 1e-15, "p(first state) = 1 - s");
        double[] t = new double[2];
        twoBits.target(new Row("0", List.of("00", "11")), t, 0);
        assertArrayEquals(new double[] {0.5, 0.5}, t, "each bit is 1 in half of S(x)");
        CodingException e = assertThrows(CodingException.class,
                () -> OutputCoding.forSpace(OutputKind.SIGMOID, Space.of(List.of("a", "b", "c"))));
        assertTrue(e.getMessage().contains("use softmax"));
    }

    private static String rows(String... rows) {
        StringBuilder s = new StringBuilder("[");
        for (String r : rows) {
            if (s.length() > 1) s.append(", ");
            s.append(r.replace("->", " -> ").replace("|", " | "));
        }
        return s.append(']').toString();
    }
}
