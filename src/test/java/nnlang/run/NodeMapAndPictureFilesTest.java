package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlang.info.ProbabilityMap;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.model.Net;
import nnlang.report.MapReport;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** map NET NODE on TABLE, and plot and map written to .svg and .png files. */
class NodeMapAndPictureFilesTest {
    static final String XOR = "table xor = xor(2)\nnet two { input bits  dense 2 sigmoid  output sigmoid }\n"
            + "train two on xor epochs 5000 lr 1 seed 2\n";
    @TempDir Path folder;

    private Interpreter interpreter(List<Report> reports) {
        Interpreter in = new Interpreter(new Session(), reports::add);
        in.setTimes(false);
        in.setFileAccess(new FileAccess(folder, List.of()));
        return in;
    }

    private List<Report> run(String text) throws NnError {
        List<Report> reports = new ArrayList<>();
        Source source = new Source("t.nn", text, folder);
        Interpreter in = interpreter(reports);
        in.runAll(source, Parsing.parse(source));
        return reports;
    }

    @Test void aNodesMapIsItsActivationInEveryCell() throws NnError {
        List<Report> reports = new ArrayList<>();
        Source source = new Source("t.nn", XOR + "map two h1 on xor\n", folder);
        Interpreter in = interpreter(reports);
        in.runAll(source, Parsing.parse(source));
        MapReport m = (MapReport) reports.get(1);
        Net net = in.session().net("two").net();
        assertEquals("h1", m.node());
        for (int j = 0; j < m.cells(); j += 7) {
            for (int i = 0; i < m.cells(); i += 5) {
                // independently: the hidden layer's sigmoid of x W + b, and the output's p
                double[] x = {m.x(i), m.y(j)};
                double z = x[0] * net.layer(0).W.get(0, 0) + x[1] * net.layer(0).W.get(1, 0) + net.layer(0).b.get(0);
                assertEquals(1 / (1 + Math.exp(-z)), m.p(i, j), 1e-12);
                assertEquals(net.probabilities(x)[1], m.decisionAt(i, j), 1e-15);
            }
        }
        String text = TextRenderer.render(m);
        assertTrue(text.startsWith("map of two h1 on xor: the activation of h1 over x1, x2, with the decision line p(1) = 0.5\n"), text);
        assertTrue(text.endsWith("\nh1: 0 ' ' 0.1 . 0.2 : 0.3 - 0.4 = 0.5 + 0.6 # 0.7 % 0.8 @ 0.9 █ 1\n"
                + "• the decision line; rows marked by target"), text);
        assertTrue(text.contains("•"), text);
    }

    @Test void theMapOfPIsAsBefore() throws NnError {
        List<Report> reports = new ArrayList<>();
        Source source = new Source("t.nn", XOR + "map two on xor\n", folder);
        Interpreter in = interpreter(reports);
        in.runAll(source, Parsing.parse(source));
        assertEquals(ProbabilityMap.of(in.session().net("two").net(), in.session().table("xor"), ProbabilityMap.DEFAULT_CELLS),
                reports.get(1));
    }

    @Test void plotAndMapWriteSvgAndPngFiles() throws Exception {
        List<Report> r = run(XOR + "plot two to \"plot.svg\"\nplot two to \"plot.png\"\nmap two h2 on xor to \"h2.png\"\n"
                + "map two on xor to \"p.svg\"\n");
        String plot = Files.readString(folder.resolve("plot.svg"));
        assertTrue(plot.startsWith("<?xml") && plot.contains("training of two on xor") && plot.contains("class=\"entropy\""));
        String map = Files.readString(folder.resolve("p.svg"));
        assertEquals(ProbabilityMap.DEFAULT_CELLS * ProbabilityMap.DEFAULT_CELLS, map.split("class=\"cell\"", -1).length - 1);
        for (String png : List.of("plot.png", "h2.png")) {
            var image = javax.imageio.ImageIO.read(folder.resolve(png).toFile());
            assertTrue(image.getWidth() > 300 && image.getHeight() > 300, png);
        }
        assertEquals("wrote h2.png (png, " + Files.size(folder.resolve("h2.png")) + " bytes)", TextRenderer.render(r.get(3)));
    }

    @Test void drawToAGifAnimatesTheTraining() throws Exception {
        List<Report> r = run(XOR + "draw two on xor to \"two.gif\"\n");
        javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = javax.imageio.ImageIO.createImageInputStream(folder.resolve("two.gif").toFile())) {
            reader.setInput(in);
            // 25 evenly spaced epochs (0, 200, ... 4800) and the trained net at 5000
            assertEquals(Filming.FRAMES + 1, reader.getNumImages(true));
            var first = reader.read(0);
            var last = reader.read(Filming.FRAMES);
            assertEquals(first.getWidth(), last.getWidth());
            assertTrue(first.getWidth() > 600, "a frame is the whole diagram");
        }
        assertEquals("wrote two.gif (gif, " + Files.size(folder.resolve("two.gif")) + " bytes)", TextRenderer.render(r.get(1)));
    }

    @Test void aGifNeedsATableAndATrainingOfThisSession() {
        NnError noTable = assertThrows(NnError.class, () -> run(XOR + "draw two to \"two.gif\"\n"));
        assertEquals("t.nn:4:13: error: a .gif animates the relation diagram over a training: draw two on TABLE to \"two.gif\"\n"
                + "  | draw two to \"two.gif\"\n  |             ^^^^^^^^^", DiagnosticRenderer.render(noTable));
        NnError loaded = assertThrows(NnError.class, () -> run("table xor = xor(2)\n"
                + "net two { input bits  output sigmoid { w [[1], [1]]  b [0] } }\ndraw two on xor to \"two.gif\"\n"));
        assertEquals("t.nn:3:20: error: a .gif animates the relations of a training of this session\n"
                + "  | draw two on xor to \"two.gif\"\n  |                    ^^^^^^^^^ train two first, then draw two on TABLE to \"two.gif\"",
                DiagnosticRenderer.render(loaded));
    }

    @Test void aMapWithoutOnSaysWhereItGoes() {
        NnError e = assertThrows(NnError.class, () -> run(XOR + "map two xor\n"));
        assertEquals("t.nn:4:12: error: expected 'on' after 'xor', but the input ends here\n  | map two xor\n"
                + "  |            ^ write 'on' before 'xor' (map two on xor), or name a hidden node first (map two h1 on TABLE)",
                DiagnosticRenderer.render(e));
    }

    @Test void errorsNameTheirPlace() {
        NnError node = assertThrows(NnError.class, () -> run(XOR + "map two h3 on xor\n"));
        assertEquals("t.nn:4:9: error: net two has no hidden node 'h3'; its hidden nodes are h1, h2\n  | map two h3 on xor\n  |         ^^ did you mean 'h1'?",
                DiagnosticRenderer.render(node));
        NnError gif = assertThrows(NnError.class, () -> run(XOR + "plot two to \"p.gif\"\n"));
        assertEquals("t.nn:4:13: error: plot writes .svg or .png files, not 'p.gif'\n  | plot two to \"p.gif\"\n  |             ^^^^^^^",
                DiagnosticRenderer.render(gif));
    }
}
