package nnlang.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random relations with structure and families: the same seed gives the same table on every run
 * and platform (pinned here as the output column in hex, rows in table order), every instance
 * has the spaces of the generators, and what info says they were built of is what they compute.
 */
class StructuredRelationsTest {
    /** The output column read down the rows, as a hex number. */
    static String column(Table t) {
        StringBuilder s = new StringBuilder();
        for (Row r : t.rows()) s.append(r.targets().get(0));
        return new BigInteger(s.toString(), 2).toString(16);
    }

    @Test void theSameSeedGivesTheSameTablesOnEveryRun() {
        assertEquals("e0eee0eee0eee0eee0eee0eeffffe0eee0eee0eee0eee0eee0eee0eee0eee0ee",
                column(RandomRelations.generate("t", "tree", 8, false, 3)));
        assertEquals("5757575757575757575757775757575757575757575757575757575757575757",
                column(RandomRelations.generate("t", "chain", 8, false, 3)));
        assertEquals("9872dc915ad66db5ec5295841e56db8a608ccedf0fd3e172e17ed2e93fabbf29",
                column(RandomRelations.generate("t", "random", 8, false, 3)));
        assertEquals("3fff033f2bbf022bbfff2bbf3fff033f033f0003022b00022bbf022b033f0003",
                column(RandomRelations.generate("t", "threshold", 8, false, 3)));
        assertEquals(List.of("tree(8) seed 3 (gates: the eight that use both inputs, without xor and xnor)",
                "h1 = not x1 and x2", "h2 = not x3 or x4", "h3 = not x5 and x6", "h4 = x7 nand x8",
                "h5 = h1 and not h2", "h6 = not h3 and h4", "h7 = h5 or h6", "output = h7"),
                RandomRelations.generate("t", "tree", 8, false, 3).built());
        assertEquals(List.of("threshold(8) seed 3 (a linear threshold function)",
                "weights w = [-3, 2, -2, -3, 3, 3, 3, -2] for x1 .. x8",
                "output 1 when w . x > 0.5 (half the sum of the weights): on 128 of 256 rows"),
                RandomRelations.generate("t", "threshold", 8, false, 3).built());
        assertNotEquals(column(RandomRelations.generate("t", "tree", 8, false, 3)),
                column(RandomRelations.generate("t", "tree", 8, false, 4)));
    }

    @Test void everyInstanceHasTheInputsOfTheGeneratorsAndTheOutputsZeroAndOne() {
        Space inputs3 = Generators.generate("p", "parity", 3).inputs();
        int constant = 0;
        for (String g : RandomRelations.NAMES) {
            for (int n = RandomRelations.minBits(g); n <= 3; n++) {
                for (long seed = 0; seed < 40; seed++) {
                    Table t = RandomRelations.generate("t", g, n, seed % 2 == 0 && RandomRelations.hasGates(g), seed);
                    assertEquals(Space.allBits(n), t.inputs());
                    if (n == 3) assertEquals(inputs3, t.inputs());
                    assertEquals(Space.allBits(1), t.outputs(), g + "(" + n + ") seed " + seed);
                    assertTrue(t.isFunction());
                    Set<String> ys = new HashSet<>();
                    for (Row r : t.rows()) ys.add(r.targets().get(0));
                    if (ys.size() == 1) constant++;
                }
            }
        }
        assertTrue(constant > 0, "some drawn function is constant, and still has the outputs {0, 1}");
    }

    /** The gates info lists, evaluated by hand on every input, give the table's outputs. */
    @Test void treesAndChainsComputeTheGatesTheyList() {
        for (String g : List.of("tree", "chain")) {
            for (int n = 2; n <= 9; n++) {
                for (long seed = 1; seed <= 5; seed++) {
                    Table t = RandomRelations.generate("t", g, n, seed == 3, seed);
                    List<String> lines = t.built();
                    assertEquals("output = h" + (n - 1), lines.get(lines.size() - 1), "n - 1 gates");
                    for (Row r : t.rows()) {
                        java.util.Map<String, Integer> value = new java.util.HashMap<>();
                        for (int i = 0; i < n; i++) value.put("x" + (i + 1), r.x().charAt(i) - '0');
                        for (String line : lines.subList(1, lines.size() - 1)) {
                            String[] parts = line.split(" = ");
                            value.put(parts[0], gate(parts[1], value));
                        }
                        assertEquals(String.valueOf(value.get("h" + (n - 1))), r.targets().get(0), g + " " + line(lines));
                    }
                    if (g.equals("tree") && n == 8) {
                        // balanced: the first level pairs the inputs from the left
                        assertEquals("x1", lines.get(1).replaceAll(".*= (not )?", "").split(" ")[0]);
                    }
                }
            }
        }
    }

    private static String line(List<String> lines) { return String.join("; ", lines); }

    /** "a and not b", "not a or b", "a xnor b", ...: the gate words of Gate, read independently. */
    private static int gate(String text, java.util.Map<String, Integer> value) {
        String[] w = text.split(" ");
        boolean notA = w[0].equals("not");
        int i = notA ? 1 : 0;
        int a = value.get(w[i]);
        String op = w[i + 1];
        boolean notB = w[i + 2].equals("not");
        int b = value.get(w[i + (notB ? 3 : 2)]);
        if (notA) a = 1 - a;
        if (notB) b = 1 - b;
        return switch (op) {
            case "and" -> a & b;
            case "or" -> a | b;
            case "nand" -> 1 - (a & b);
            case "nor" -> 1 - (a | b);
            case "xor" -> a ^ b;
            case "xnor" -> 1 - (a ^ b);
            default -> throw new AssertionError(text);
        };
    }

    @Test void aThresholdFunctionIsItsListedWeightsAboveHalfTheirSum() {
        for (long seed = 0; seed < 20; seed++) {
            Table t = RandomRelations.generate("t", "threshold", 6, false, seed);
            String ws = t.built().get(1).replaceAll(".*\\[(.*)\\].*", "$1");
            int[] w = java.util.Arrays.stream(ws.split(", ")).mapToInt(Integer::parseInt).toArray();
            int sum = java.util.Arrays.stream(w).sum();
            for (int k : w) assertTrue(k >= -5 && k <= 5);
            for (Row r : t.rows()) {
                double dot = 0;
                for (int i = 0; i < 6; i++) dot += w[i] * (r.x().charAt(i) - '0');
                assertEquals(dot > sum / 2.0 ? "1" : "0", r.targets().get(0));
            }
        }
    }

    @Test void allOfThreeBitsIsEveryFunctionOnceInTheDocumentedOrder() {
        Family f3 = Families.all("f3", 3);
        assertEquals(256, f3.size());
        assertEquals("all(3)", f3.built());
        Set<String> columns = new HashSet<>();
        for (int f = 0; f < 256; f++) {
            Table t = f3.instances().get(f);
            assertEquals("f3[" + f + "]", t.name());
            assertEquals(Space.allBits(1), t.outputs());
            columns.add(column(t));
            assertEquals(Integer.toHexString(f), column(t), "function f's column is f in 8 bits");
        }
        assertEquals(256, columns.size());
        // all(2) instance 6 is xor, 8 is and, 14 is or
        Family f2 = Families.all("f2", 2);
        assertEquals(Generators.generate("xor", "xor", 2).rows(), f2.instances().get(6).rows());
        assertEquals(Generators.generate("and", "and", 2).rows(), f2.instances().get(1).rows());
        assertEquals(Generators.generate("or", "or", 2).rows(), f2.instances().get(7).rows());
        assertEquals(Generators.generate("p", "parity", 3).rows(), f3.instances().get(0b01101001).rows());
    }

    @Test void aRandomFamilysInstanceIsTheGeneratorWithTheInstancesSeed() {
        Family trees = Families.random("trees", "tree", 8, false, 20, 1);
        assertEquals("tree(8) instances 20 seed 1", trees.built());
        assertEquals(20, trees.size());
        assertEquals(3025491844346466L, Families.instanceSeed(1, 0));
        assertEquals(3962099591848784L, Families.instanceSeed(1, 19));
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            long s = Families.instanceSeed(1, i);
            assertTrue(s >= 0 && s < 1L << 52, "a seed a script can type: " + s);
            Table t = trees.instances().get(i);
            assertEquals(RandomRelations.generate("x", "tree", 8, false, s).rows(), t.rows());
            assertEquals("tree(8) seed " + s, t.built().get(0).replaceAll(" \\(.*", ""));
            distinct.add(column(t));
        }
        assertTrue(distinct.size() > 15, "the instances differ: " + distinct.size());
    }
}
