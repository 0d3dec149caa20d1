package nnlang.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;
import nnlang.report.RelationsReport;
import nnlang.report.Report;
import nnlang.report.Stats;
import nnlang.report.TextRenderer;
import nnlang.run.Interpreter;
import nnlang.run.Session;
import nnlang.stats.Interval;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The XOR lesson in a real browser: headless Chromium loads the page of
 * {@code nn serve scripts/essay/e3_hidden_layer.nn} from a shared link, runs it, sees the relation
 * diagram change while the net trains, and reads the final H(Y|X), which must be the terminal's to
 * 4 decimals; the same link loaded again gives the same page. Skipped (and says so) only where
 * this machine has no Chromium; CI installs one.
 */
class BrowserTest {
    static final Path E3 = Path.of("scripts/essay/e3_hidden_layer.nn");
    private static Server server;
    private static Chromium browser;

    @BeforeAll static void start() throws Exception {
        if (System.getenv("NN_REQUIRE_BROWSER") != null && Chromium.program() == null) {
            throw new AssertionError("NN_REQUIRE_BROWSER is set (CI) but there is no chromium on the PATH");
        }
        assumeTrue(Chromium.program() != null, "no chromium on this machine: the browser test is skipped "
                + "(apt-get install chromium)");
        Source script = Source.decode(E3.toString(), E3.getParent(), Files.readAllBytes(E3));
        server = Server.start(0, script, E3.getParent(), 2);
        browser = new Chromium();
    }

    @AfterAll static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.stop();
    }

    /** The link a person shares: the script deflated (raw), base64url, in the fragment. */
    static String link(String text) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(text.getBytes(StandardCharsets.UTF_8));
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        return server.url() + "#s=" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** H(Y|X) of the first relations report, as the terminal prints it (4 decimals). */
    static String terminalEntropy(String text) throws Exception {
        List<Report> reports = new ArrayList<>();
        Source source = new Source("e3.nn", text);
        Interpreter in = new Interpreter(new Session(), reports::add);
        in.setTimes(false);
        in.runAll(source, Parsing.parse(source));
        for (Report r : reports) {
            if (r instanceof RelationsReport) {
                Matcher m = Pattern.compile("H\\(Y\\|X\\) ([0-9.]+)").matcher(TextRenderer.render(r));
                assertTrue(m.find(), "the relations report names H(Y|X): " + r);
                return m.group(1);
            }
        }
        throw new AssertionError("the script has no relations report");
    }

    /** Loads the page afresh (a link that differs only in its fragment would not reload it). */
    private static void open(String url) throws Exception {
        browser.navigate("about:blank");
        browser.waitFor("location.href === 'about:blank'", 60, "a blank page");
        browser.navigate(url);
    }

    /** What one run of the link showed: its frames of the first training, and every report's text. */
    record Seen(JsonArray frames, List<String> reports, String finalEntropy, String diagram) {}

    private static Seen runLink(String url, String text) throws Exception {
        open(url);
        browser.waitFor("document.body && document.body.dataset.ready === 'true'", 60, "the page to load its script");
        assertEquals(text, JsonParser.parseString(browser.eval("document.getElementById('code').value")).getAsString(),
                "the link's script in the editor");
        browser.eval("document.getElementById('run').click()");
        browser.waitFor("nnPage.frames.some(f => f.training === 1 && f.last)", 120, "the training's last frame");
        browser.waitFor("document.getElementById('diagram').querySelector('svg') !== null", 30, "the diagram");
        browser.waitFor("nnPage.state === 'done' || nnPage.state === 'failed'", 300, "the script to end");
        assertEquals("\"done\"", browser.eval("nnPage.state"), "the run ends well: "
                + browser.eval("document.getElementById('state').textContent"));
        JsonArray frames = JsonParser.parseString(browser.eval("nnPage.frames")).getAsJsonArray();
        List<String> reports = new ArrayList<>();
        for (JsonElement r : JsonParser.parseString(browser.eval("nnPage.reports.map(r => r.text)")).getAsJsonArray()) {
            reports.add(r.getAsString());
        }
        String entropy = JsonParser.parseString(browser.eval("document.getElementById('hyx').textContent")).getAsString();
        String svg = JsonParser.parseString(browser.eval("document.getElementById('diagram').innerHTML")).getAsString();
        return new Seen(frames, reports, entropy, svg);
    }

    @Test void theXorLessonFromASharedLink() throws Exception {
        String text = Files.readString(E3);
        String expected = terminalEntropy(text);
        String url = link(text);
        Seen first = runLink(url, text);

        // the diagram changed while the net trained: several different pictures before the end
        Set<Integer> pictures = new HashSet<>();
        int during = 0;
        for (JsonElement e : first.frames()) {
            JsonObject f = e.getAsJsonObject();
            if (f.get("training").getAsInt() != 1 || f.get("last").getAsBoolean()) continue;
            assertTrue(f.get("epoch").getAsInt() <= 5000, "frames are of the 5000 epochs: " + f);
            during++;
            pictures.add(f.get("svgHash").getAsInt());
        }
        assertTrue(during >= 10, "at least 10 frames while training, got " + during);
        assertTrue(pictures.size() >= 5, "the diagram changes during training: " + pictures.size() + " pictures");
        JsonObject last = null;
        for (JsonElement e : first.frames()) if (e.getAsJsonObject().get("last").getAsBoolean()) last = e.getAsJsonObject();
        assertEquals(5000, last.get("epoch").getAsInt());
        // the final H(Y|X) on the page is the terminal's, to 4 decimals
        assertEquals(expected, last.get("entropy").getAsString());
        assertEquals(expected, first.finalEntropy());
        assertTrue(first.reports().stream().anyMatch(r -> r.contains("H(Y|X) " + expected)),
                "the page shows the relations report as the terminal does: " + first.reports());
        Files.write(Path.of("target/serve-xor.png"), browser.screenshot());

        // the same link again: the same page
        Seen again = runLink(url, text);
        assertEquals(first.reports(), again.reports());
        assertEquals(first.diagram(), again.diagram());
        assertEquals(first.finalEntropy(), again.finalEntropy());
    }

    /** A small compare and a small curve: a few trials of a few epochs, seconds in all. */
    static final String EXPERIMENTS = "table m3 = majority(3)\nnet one = bits -> sigmoid\nnet two = bits -> 2 tanh -> sigmoid\n"
            + "compare one, two on m3 { rows 4  trials 6  epochs 200  lr 1 }\n"
            + "curve one, two on m3 { rows 2 4 6  trials 5  epochs 200  lr 1 }\n";

    /**
     * The page charts a compare (each net's fit rate and held-out accuracy with their intervals)
     * and a curve (one line per net, a dot per K) as SVG, and the numbers on the charts are those
     * the same script's reports hold when it runs here, to the 4 decimals the chart shows.
     */
    @Test void compareAndCurveAreChartedWithTheReportsNumbers() throws Exception {
        List<Report> reports = new ArrayList<>();
        Source source = new Source("x.nn", EXPERIMENTS);
        Interpreter in = new Interpreter(new Session(), reports::add);
        in.setTimes(false);
        in.runAll(source, Parsing.parse(source));
        CompareReport compare = (CompareReport) reports.stream().filter(r -> r instanceof CompareReport).findFirst().orElseThrow();
        CurveReport curve = (CurveReport) reports.stream().filter(r -> r instanceof CurveReport).findFirst().orElseThrow();

        open(link(EXPERIMENTS));
        browser.waitFor("document.body && document.body.dataset.ready === 'true'", 60, "the page to load its script");
        browser.eval("document.getElementById('run').click()");
        browser.waitFor("nnPage.state === 'done' || nnPage.state === 'failed'", 120, "the script to end");
        assertEquals("\"done\"", browser.eval("nnPage.state"));

        JsonArray labels = JsonParser.parseString(browser.eval("Array.from(document.querySelectorAll("
                + "'.chart[data-kind=compare] svg text.label')).map(e => [e.dataset.net, e.dataset.measure, e.textContent])"))
                .getAsJsonArray();
        assertEquals(2 * compare.nets().size(), labels.size(), "a fit and a held-out mark per net: " + labels);
        assertEquals(2 * compare.nets().size(), count(".chart[data-kind=compare] svg circle.mark"));
        for (CompareReport.NetSummary n : compare.nets()) {
            Stats acc = n.heldoutAccuracy();
            assertNumbers(List.of(n.fitRate(), 95, n.fitInterval().lo(), n.fitInterval().hi()), label(labels, n.net(), "fit"));
            assertNumbers(List.of(acc.mean(), 95, acc.lo(), acc.hi()), label(labels, n.net(), "heldout_accuracy"));
        }

        JsonArray lines = JsonParser.parseString(browser.eval("Array.from(document.querySelectorAll("
                + "'.chart[data-kind=curve] svg polyline.mean')).map(e => e.dataset.net)")).getAsJsonArray();
        List<String> nets = new ArrayList<>();
        for (JsonElement e : lines) nets.add(e.getAsString());
        assertEquals(curve.nets(), nets, "one line per net");
        JsonArray dots = JsonParser.parseString(browser.eval("Array.from(document.querySelectorAll("
                + "'.chart[data-kind=curve] svg circle.point')).map(e => [e.dataset.net, e.dataset.rows, e.textContent])"))
                .getAsJsonArray();
        int expected = 0;
        for (CurveReport.Point p : curve.points()) {
            if (!Double.isFinite(p.heldoutAccuracy().mean())) continue;
            expected++;
            String title = null;
            for (JsonElement e : dots) {
                JsonArray d = e.getAsJsonArray();
                if (d.get(0).getAsString().equals(p.net()) && d.get(1).getAsInt() == p.rows()) title = d.get(2).getAsString();
            }
            assertTrue(title != null && title.startsWith(p.net() + " at K " + p.rows() + ": "), "a dot of " + p + ": " + dots);
            Interval ci = p.heldoutAccuracy().ci95();
            assertNumbers(List.of((double) p.rows(), p.heldoutAccuracy().mean(), 95, ci.lo(), ci.hi()),
                    title.substring(p.net().length()));
        }
        assertEquals(expected, dots.size(), "a dot per net and K with held-out rows: " + dots);
        Files.write(Path.of("target/serve-experiments.png"), browser.screenshot());
    }

    private static int count(String selector) throws Exception {
        return Integer.parseInt(browser.eval("document.querySelectorAll('" + selector + "').length"));
    }

    private static String label(JsonArray labels, String net, String measure) {
        for (JsonElement e : labels) {
            JsonArray l = e.getAsJsonArray();
            if (l.get(0).getAsString().equals(net) && l.get(1).getAsString().equals(measure)) return l.get(2).getAsString();
        }
        throw new AssertionError("no " + measure + " label of " + net + " in " + labels);
    }

    /** The numbers written in a label are these values, each to the 4 decimals the label shows. */
    private static void assertNumbers(List<? extends Number> values, String label) {
        Matcher m = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?").matcher(label);
        List<Double> seen = new ArrayList<>();
        while (m.find()) seen.add(Double.parseDouble(m.group()));
        assertEquals(values.size(), seen.size(), "the numbers of " + label);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i).doubleValue(), seen.get(i), 0.5e-4 + 1e-12, "number " + i + " of " + label);
        }
    }

    @Test void errorsShowInTheEditorWithTheirPlace() throws Exception {
        String text = "table xor = xor(2)\nnet two { input bits  dense 2 sigmod  output sigmoid }\n";
        open(link(text));
        browser.waitFor("document.body && document.body.dataset.ready === 'true'", 60, "the page to load its script");
        browser.waitFor("!document.getElementById('errors').hidden", 30, "the error");
        String shown = JsonParser.parseString(browser.eval("document.getElementById('errors').textContent")).getAsString();
        assertEquals("e3_hidden_layer.nn:2:31: error: unknown activation 'sigmod' (known: sigmoid, tanh, relu, leaky_relu, linear)\n"
                + "  | net two { input bits  dense 2 sigmod  output sigmoid }\n"
                + "  |                               ^^^^^^ did you mean 'sigmoid'?", shown);
        assertEquals("\"sigmod\"", browser.eval("document.querySelector('#hl .err').textContent"));
        assertEquals("\"table\"", browser.eval("document.querySelector('#hl .t-keyword').textContent"));
    }
}
