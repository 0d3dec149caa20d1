package nnlang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.List;
import java.util.Map;
import nnlang.data.Generators;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.data.Table;
import nnlang.info.ProbabilityMap;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.train.History;
import org.junit.jupiter.api.Test;

/** Terminal plots and maps: exact text for small cases, widths, and the JSON behind them. */
@SuppressWarnings("unchecked")
class PicturesTextTest {
    private static final Table XOR = Generators.generate("xor", "xor", 2);
    private static final History HISTORY = new History(new int[] {0, 10, 20, 30, 40},
            new double[] {0.7, 0.45, 0.2, 0.1, 0.05}, new double[] {1.0, 0.9, 0.5, 0.2, 0.1});

    /** h1 ~ OR, h2 ~ NAND, y ~ AND of them. */
    static Net two() throws Exception {
        Net two = RecomputeFromShowTest.net("two", InputEncoding.BITS, OutputKind.SIGMOID, XOR,
                List.of(new LayerSpec(2, Activation.SIGMOID)));
        RecomputeFromShowTest.set(two.layer(0), new double[][] {{7, -6}, {7, -6}}, new double[] {-3.5, 9});
        RecomputeFromShowTest.set(two.layer(1), new double[][] {{11}, {11}}, new double[] {-16});
        return two;
    }

    @Test void plotOfATinyHistory() {
        assertEquals("""
                plot of two on xor: 40 epochs
                loss (nats): 0.7000 -> 0.0500
                   0.8 ┤
                       │⠉⠒⠢⠤⣀⣀
                   0.4 ┤      ⠉⠑⠒⠤⢄⣀
                       │            ⠉⠉⠒⠢⠤⠤⣀⣀⣀⣀
                     0 ┤                      ⠉⠉⠉⠉⠉⠑⠒⠒⠒⠒
                H(Y|X) (bits): 1.0000 -> 0.1000
                     1 ┤⠤⠤⠤⠤⣀⣀⣀⣀⣀
                       │         ⠉⠒⠤⣀⡀
                   0.5 ┤             ⠈⠑⠢⠤⣀⣀
                       │                   ⠉⠉⠒⠒⠤⠤⢄⣀⣀⣀⡀
                     0 ┤                             ⠈⠉⠉
                       └┬───────────────┬──────────────┬
                epochs  0              20             40""",
                TextRenderer.render(new PlotReport("two", "xor", HISTORY), 40));
    }

    /** On a terminal with colours each curve is in the pictures' colour: loss orange, H(Y|X) blue; the rest is as plain. */
    @Test void plotCurvesInColour() {
        String text = TextRenderer.fitted(new PlotReport("two", "xor", HISTORY), 40, 0, Colours.XTERM_256);
        List<String> lines = text.lines().toList();
        assertEquals("   0.8 ┤", lines.get(2));
        assertEquals("       │\033[38;5;166m⠉⠒⠢⠤⣀⣀\033[0m", lines.get(3));
        assertEquals("     1 ┤\033[38;5;25m⠤⠤⠤⠤⣀⣀⣀⣀⣀\033[0m", lines.get(8));
        assertEquals(TextRenderer.render(new PlotReport("two", "xor", HISTORY), 40),
                String.join("\n", lines).replaceAll("\033\\[[0-9;]*m", ""));
    }

    @Test void plotsFitTheWidthAndDefaultTo80Columns() {
        PlotReport r = new PlotReport("two", "xor", HISTORY);
        for (int width : new int[] {40, 80, 132}) {
            String text = TextRenderer.render(r, width);
            int longest = text.lines().mapToInt(String::length).max().orElse(0);
            assertEquals(width, longest, "width " + width + ":\n" + text);
        }
        assertEquals(TextRenderer.render(r, 80), TextRenderer.render(r));
        assertEquals(TextRenderer.render(r, 80), r.toString());
        assertEquals(15, TextRenderer.render(r).lines().count());
    }

    @Test void plotSkipsNonFiniteValuesAndSaysWhenThereIsNoTraining() {
        History h = new History(new int[] {0, 1, 2}, new double[] {0.5, Double.NaN, 0.25}, new double[] {1, 1, 0});
        String text = TextRenderer.render(new PlotReport("n", "t", h), 40);
        assertTrue(text.contains("loss (nats): 0.5000 -> 0.2500"), text);
        assertEquals("plot of n on t: no training yet",
                TextRenderer.render(new PlotReport("n", "t", new History(new int[0], new double[0], new double[0]))));
    }

    @Test void mapOfTwoOnXor() throws Exception {
        assertEquals("""
                map of two on xor: p(1 | x1, x2)
                    x2
                     1 ┤██1██#.   0
                       │███████#.
                       │.#███████#.
                       │  .#███████#
                     0 ┤  0 .#████1█
                       │      .#████
                       └──┬───────┬─
                    x1    0       1
                p: 0 ' ' 0.1 . 0.2 : 0.3 - 0.4 = 0.5 + 0.6 # 0.7 % 0.8 @ 0.9 █ 1
                rows marked by target""",
                TextRenderer.render(ProbabilityMap.of(two(), XOR, 12), 80));
    }

    @Test void mapsFitTheWidth() throws Exception {
        MapReport m = ProbabilityMap.of(two(), XOR, ProbabilityMap.DEFAULT_CELLS);
        String wide = TextRenderer.render(m);
        assertEquals(20 + 6, wide.lines().count(), wide);
        for (int width : new int[] {20, 30, 48}) {
            String text = TextRenderer.render(m, width);
            List<String> grid = text.lines().toList().subList(2, text.lines().toList().size() - 4);
            for (String line : grid) assertTrue(line.length() <= width, width + ": " + line);
        }
    }

    /**
     * On a 256-colour terminal the cells are their colour (orange low, white 1/2, blue high; the
     * xterm palette's nearest), the marks in ink that reads on them, and the legend a strip.
     */
    @Test void mapInXtermColours() throws Exception {
        String orange = "\033[48;5;208m\033[38;5;233m", white = "\033[48;5;152m\033[38;5;233m",
                blue = "\033[48;5;31m\033[38;5;231m", reset = "\033[0m";
        String text = TextRenderer.fitted(ProbabilityMap.of(two(), XOR, 6), 80, 0, Colours.XTERM_256);
        List<String> lines = text.lines().toList();
        assertEquals("     1 ┤" + blue + " 1 " + white + " \033[48;5;215m\033[38;5;233m " + orange + "0" + reset, lines.get(2));
        assertEquals("     0 ┤" + orange + " 0\033[48;5;209m\033[38;5;233m " + white + " " + blue + " 1" + reset, lines.get(4));
        assertTrue(lines.get(7).startsWith("p: 0 \033[48;5;208m \033[48;5;215m "), lines.get(7));
        assertTrue(lines.get(7).endsWith("\033[48;5;31m " + reset + " 1, white 0.5"), lines.get(7));
        assertEquals("rows marked by target", lines.get(8));
        // what the colours stand on is the plain map's frame, column for column
        String plain = TextRenderer.fitted(ProbabilityMap.of(two(), XOR, 6), 80, 0);
        for (int i : new int[] {0, 1, 5, 6, 8}) assertEquals(plain.lines().toList().get(i), lines.get(i));
        assertEquals(plain.lines().toList().get(3).length(), Colours.plain(lines.get(3)).length());
    }

    @Test void trueColourCellsAreTheRampItself() throws Exception {
        String text = TextRenderer.fitted(ProbabilityMap.of(two(), XOR, 6), 80, 0, Colours.TRUE_COLOUR);
        int first = Ramp.rgb(0.5 / 20);
        String strip = "p: 0 \033[48;2;" + (first >> 16) + ";" + (first >> 8 & 255) + ";" + (first & 255) + "m ";
        assertTrue(text.lines().toList().get(7).startsWith(strip), "the strip starts near orange: " + text);
        assertFalse(text.contains(";5;"), "no palette colour: " + text);
        assertEquals(TextRenderer.fitted(ProbabilityMap.of(two(), XOR, 6), 80, 0),
                TextRenderer.fitted(ProbabilityMap.of(two(), XOR, 6), 80, 0, Colours.NONE));
    }

    /** Maps side by side in colour line up: a colour sequence takes no column, so the second grid starts in one column. */
    @Test void colouredMapsSideBySideLineUp() throws Exception {
        SideBySideReport both = new SideBySideReport(List.of(ProbabilityMap.of(two(), XOR, 12),
                ProbabilityMap.of(two(), XOR, 12, 0, 0)));
        java.util.Set<Integer> axes = new java.util.TreeSet<>();
        int rows = 0;
        for (String line : TextRenderer.fitted(both, 100, 0, Colours.TRUE_COLOUR).lines().toList()) {
            String plain = Colours.plain(line);
            if (!line.contains("\033[48;2;") || !plain.matches(".*[│┤].*[│┤].*")) continue;
            rows++;
            axes.add(Math.max(plain.lastIndexOf('│'), plain.lastIndexOf('┤')));
            assertTrue(plain.length() <= 100, plain);
        }
        assertEquals(6, rows, "two maps of 6 rows side by side");
        assertEquals(1, axes.size(), "the second map's axis in one column: " + axes);
    }

    @Test void aNodeMapShadesItsRangeInTenthsAndDrawsTheDecisionLine() throws Exception {
        assertEquals("""
                map of two h1 on xor: the activation of h1 over x1, x2, with the decision line p(1) = 0.5
                    x2
                     1 ┤██1██•████0█
                       │%@████••████
                       │•+%@████••██
                       │ ••+%@████••
                     0 ┤  0••+%@██1█
                       │     ••+%@██
                       └──┬───────┬─
                    x1    0       1
                h1: 0 ' ' 0.1 . 0.2 : 0.3 - 0.4 = 0.5 + 0.6 # 0.7 % 0.8 @ 0.9 █ 1
                • the decision line; rows marked by target""",
                TextRenderer.render(ProbabilityMap.of(two(), XOR, 12, 0, 0), 80));
    }

    @Test void xtermColoursAreTheNearestOfTheCubeOrTheGreys() {
        assertEquals(16, Colours.xterm(0x000000));
        assertEquals(231, Colours.xterm(0xFFFFFF));
        assertEquals(196, Colours.xterm(0xFF0000));
        assertEquals(244, Colours.xterm(0x808080));
    }

    @Test void mapNeedsTwoInputsAndTwoOutputStates() throws Exception {
        Table par = Generators.generate("par3", "parity", 3);
        Net three = RecomputeFromShowTest.net("three", InputEncoding.BITS, OutputKind.SIGMOID, par, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProbabilityMap.of(three, par, 40));
        assertEquals("a map needs a net with 2 input nodes; net three has 3", e.getMessage());
        Table id = Generators.generate("id", "identity", 2);
        Net copy = RecomputeFromShowTest.net("copy", InputEncoding.BITS, OutputKind.SIGMOID, id, List.of());
        e = assertThrows(IllegalArgumentException.class, () -> ProbabilityMap.of(copy, id, 40));
        assertEquals("a map shows p of one of two output states; net copy has 4 output states", e.getMessage());
    }

    @Test void plotJsonHasTheHistory() {
        Map<String, Object> j = new Gson().fromJson(JsonRenderer.render(new PlotReport("two", "xor", HISTORY)), Map.class);
        assertEquals("plot", j.get("report"));
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), j.get("epochs"));
        assertEquals(List.of(0.7, 0.45, 0.2, 0.1, 0.05), j.get("loss"));
        assertEquals(List.of(1.0, 0.9, 0.5, 0.2, 0.1), j.get("entropy"));
    }

    /** Every p of the map's JSON is the net's p(1|x) at the cell's centre. */
    @Test void mapJsonIsRecomputable() throws Exception {
        Net two = two();
        Map<String, Object> j = new Gson().fromJson(JsonRenderer.render(ProbabilityMap.of(two, XOR, 5)), Map.class);
        assertEquals("map", j.get("report"));
        assertEquals(5.0, j.get("cells"));
        List<Double> x = (List<Double>) j.get("x"), y = (List<Double>) j.get("y");
        assertEquals(List.of(-0.25 + 0.15, -0.25 + 0.45, 0.5, -0.25 + 1.05, -0.25 + 1.35).size(), x.size());
        assertEquals(-0.1, x.get(0), 1e-12);
        assertEquals(1.1, y.get(4), 1e-12);
        List<List<Double>> p = (List<List<Double>>) j.get("p");
        for (int jy = 0; jy < 5; jy++) {
            for (int ix = 0; ix < 5; ix++) {
                assertEquals(two.probabilities(new double[] {x.get(ix), y.get(jy)})[1], p.get(jy).get(ix), 1e-15);
            }
        }
        List<Map<String, Object>> rows = (List<Map<String, Object>>) j.get("rows");
        assertEquals(Map.of("x", "01", "at", List.of(0.0, 1.0), "targets", List.of("1")), rows.get(1));
    }
}
