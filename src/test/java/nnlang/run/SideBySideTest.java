package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.report.JsonRenderer;
import nnlang.report.Report;
import nnlang.report.SideBySideReport;
import nnlang.report.TextRenderer;
import org.junit.jupiter.api.Test;

/** relations a, b on t and map a, b on t: each net's report as alone, line by line side by side. */
class SideBySideTest {
    static final String NETS = "table xor = xor(2)\nnet two { input bits  dense 2 sigmoid  output sigmoid }\n"
            + "net lines { input bits  output sigmoid }\ntrain two on xor epochs 3000 lr 1 seed 2\n"
            + "train lines on xor epochs 3000 lr 1 seed 2\n";

    private static List<Report> run(String text) throws NnError {
        List<Report> reports = new ArrayList<>();
        Source source = new Source("t.nn", text);
        Interpreter in = new Interpreter(new Session(), reports::add);
        in.setTimes(false);
        in.runAll(source, Parsing.parse(source));
        return reports;
    }

    @Test void relationsSideBySideAreEachNetsReportLineByLine() throws NnError {
        List<Report> r = run(NETS + "relations lines, two on xor\nrelations lines on xor\nrelations two on xor\n");
        SideBySideReport both = (SideBySideReport) r.get(2);
        assertEquals(List.of(r.get(3), r.get(4)), both.parts());
        String[] left = TextRenderer.render(r.get(3)).split("\n"), right = TextRenderer.render(r.get(4)).split("\n");
        String[] lines = TextRenderer.render(both).split("\n");
        int width = 0;
        for (String l : left) width = Math.max(width, l.length());
        for (int i = 0; i < lines.length; i++) {
            assertEquals((left[i] + " ".repeat(width - left[i].length()) + "   " + right[i]).stripTrailing(), lines[i]);
        }
        assertEquals("{\"report\":\"side_by_side\",\"reports\":[" + JsonRenderer.render(r.get(3)) + ","
                + JsonRenderer.render(r.get(4)) + "]}", JsonRenderer.render(both));
    }

    @Test void inATerminalEachPartFitsItsShareOfTheWidth() throws NnError {
        List<Report> r = run(NETS + "relations two, lines on xor\n");
        for (int width : new int[] {60, 100, 140}) {
            String text = TextRenderer.fitted(r.get(2), width);
            for (String line : text.split("\n")) {
                assertTrue(line.length() <= width, width + " columns, a line of " + line.length() + ":\n" + text);
            }
            // both parts start on the first line, each with its own title
            assertTrue(text.startsWith("relations of two on xor:"), text);
            assertTrue(text.split("\n")[0].contains("relations of lines on xor:"), text);
        }
    }

    @Test void mapsSideBySide() throws NnError {
        List<Report> r = run(NETS + "map lines, two on xor\n");
        SideBySideReport both = (SideBySideReport) r.get(2);
        assertEquals(2, both.parts().size());
        String first = TextRenderer.render(both).split("\n")[0];
        assertEquals("map of lines on xor: p(1 | x1, x2)", first.substring(0, first.indexOf("   ")));
    }

    @Test void aMapOfSeveralNetsWritesNoFile() {
        NnError e = assertThrows(NnError.class, () -> run(NETS + "map lines, two on xor to \"m.png\"\n"));
        assertEquals("t.nn:6:26: error: a map of several nets is text only; map each net to its own file\n"
                + "  | map lines, two on xor to \"m.png\"\n  |                          ^^^^^^^", DiagnosticRenderer.render(e));
    }
}
