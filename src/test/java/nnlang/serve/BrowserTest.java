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
import nnlang.report.RelationsReport;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import nnlang.run.Interpreter;
import nnlang.run.Session;
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
