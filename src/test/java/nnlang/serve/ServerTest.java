package nnlang.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over plain HTTP: its page and assets, refusals with clear messages, runs and their event streams. */
class ServerTest {
    @TempDir Path folder;
    private Server server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach void start() throws Exception { server = Server.start(0, null, folder, 1); }

    @AfterEach void stop() { server.stop(); }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .timeout(java.time.Duration.ofSeconds(60));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test void thePageAndEveryAssetItNamesComeFromTheJar() throws Exception {
        HttpResponse<String> page = send("GET", "/", null);
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        int assets = 0;
        while (m.find()) {
            String name = m.group(1);
            assertFalse(name.contains("//"), "an asset from elsewhere: " + name);
            assertEquals(200, send("GET", "/" + name, null).statusCode(), name);
            assets++;
        }
        assertEquals(4, assets, "favicon, stylesheet and the two scripts (the page, its charts)");
    }

    @Test void badRequestsGetA4xxAndAClearMessage() throws Exception {
        record Bad(String method, String path, String body, int status, String message) {}
        for (Bad b : List.of(
                new Bad("GET", "/nowhere", null, 404, "nn serve: no such page: /nowhere (the page is at /)\n"),
                new Bad("DELETE", "/", null, 405, "nn serve: DELETE / is not served: the page answers GET\n"),
                new Bad("GET", "/api/run?page=a", null, 405, "nn serve: /api/run takes POST, not GET\n"),
                new Bad("POST", "/api/run", "print 1", 400, "nn serve: the request needs ?page=...\n"),
                new Bad("POST", "/api/run?page=a/b", "print 1", 400,
                        "nn serve: page takes letters, digits, '-' and '_' (at most 64), not 'a/b'\n"),
                new Bad("POST", "/api/run?page=a&step=-3", "print 1", 400,
                        "nn serve: step takes a whole number from 1 to 2147483647, not '-3'\n"),
                new Bad("POST", "/api/control?page=nobody&do=pause", null, 409,
                        "nn serve: this page has no run; run the script first\n"),
                new Bad("GET", "/api/events?page=a&run=7", null, 404, "nn serve: run 7 of this page is not the page's run\n"),
                new Bad("GET", "/api/nothing", null, 404, "nn serve: no such request: /api/nothing\n"))) {
            HttpResponse<String> r = send(b.method(), b.path(), b.body());
            assertEquals(b.status(), r.statusCode(), b.path());
            assertEquals(b.message(), r.body(), b.path());
        }
    }

    @Test void aMalformedRequestLineIsA400NotAStackTrace() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write("GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertFalse(answer.contains("\tat "), answer);
        }
    }

    @Test void aRequestForAnotherHostIsRefused() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 421 "), answer);
            assertTrue(answer.endsWith("nn serve: this server answers only requests for 127.0.0.1:" + server.port()
                    + ", not for example.com\n"), answer);
        }
    }

    @Test void checkGivesColoursAndPositionedErrors() throws Exception {
        HttpResponse<String> r = send("POST", "/api/check", "train two on xor\n");
        JsonObject o = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals("[[0,5,\"keyword\"],[10,12,\"keyword\"]]", o.get("pieces").toString());
        assertEquals("page.nn:1:7: error: unknown net 'two'\n  | train two on xor\n  |       ^^^",
                o.getAsJsonObject("errors").get("text").getAsString().split("\n(?=page.nn)")[0]);
    }

    /** A run's events, read until its done event (at most two minutes). */
    private List<String[]> events(String page, int run) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "api/events?page=" + page + "&run=" + run)).build();
        HttpResponse<Stream<String>> r = http.sendAsync(req, HttpResponse.BodyHandlers.ofLines()).get(60, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        List<String[]> events = new ArrayList<>();
        var reader = java.util.concurrent.CompletableFuture.runAsync(() -> {
            String type = null;
            for (Iterator<String> it = r.body().iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event: ")) type = line.substring(7);
                if (line.startsWith("data: ")) {
                    events.add(new String[] {type, line.substring(6)});
                    if (type.equals("done")) return;
                }
            }
        });
        reader.get(120, TimeUnit.SECONDS);
        r.body().close();
        return events;
    }

    private int run(String page, String script, String query) throws Exception {
        HttpResponse<String> r = send("POST", "/api/run?page=" + page + query, script);
        assertEquals(200, r.statusCode(), r.body());
        return JsonParser.parseString(r.body()).getAsJsonObject().get("run").getAsInt();
    }

    @Test void twoPagesTrainAtOnceAndAnOpenStreamHoldsUpNothing() throws Exception {
        String script = "table xor = xor(2)\nnet two { input bits  dense 2 sigmoid  output sigmoid }\n"
                + "train two on xor epochs 3000 lr 1 seed 2\nrelations two on xor\n";
        // page a pauses after 300 epochs and keeps its stream open meanwhile
        int a = run("a", script, "&step=300");
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "api/events?page=a&run=" + a)).build();
        HttpResponse<Stream<String>> open = http.sendAsync(req, HttpResponse.BodyHandlers.ofLines()).get(60, TimeUnit.SECONDS);
        Iterator<String> aLines = open.body().iterator();
        String line;
        do {
            line = aLines.next();
        } while (!line.startsWith("data: {\"paused\":true"));
        // it pauses at the first history sample from epoch 300 on (samples are a few epochs apart)
        int pausedAt = JsonParser.parseString(line.substring(6)).getAsJsonObject().get("epoch").getAsInt();
        assertTrue(pausedAt >= 300 && pausedAt < 330, line);
        // page b trains to the end while a waits
        int b = run("b", script, "");
        List<String[]> bEvents = events("b", b);
        assertEquals("done", bEvents.get(bEvents.size() - 1)[0]);
        assertTrue(bEvents.stream().anyMatch(e -> e[0].equals("report") && e[1].contains("\"kind\":\"relations\"")));
        // then a goes on from where it paused, and ends with the same relations as b
        assertEquals(200, send("POST", "/api/control?page=a&do=resume", null).statusCode());
        String aRelations = null, bRelations = null;
        while (aLines.hasNext()) {
            line = aLines.next();
            if (line.contains("\"kind\":\"relations\"")) aRelations = line;
            if (line.startsWith("data: {\"ok\"")) break;
        }
        open.body().close();
        for (String[] e : bEvents) if (e[1].contains("\"kind\":\"relations\"")) bRelations = "data: " + e[1];
        assertEquals(bRelations, aRelations);
    }

    @Test void aTimeLimitEndsRunsThatTrainOrArePaused() throws Exception {
        server.stop();
        server = Server.start(0, null, folder, 1, 1_000_000_000L);
        // a training paced for a person takes seconds; a second's limit cuts it, and what comes after never runs
        String script = "table xor = xor(2)\nnet two { input bits  dense 2 sigmoid  output sigmoid }\n"
                + "train two on xor epochs 100000 lr 1 seed 2\nprint \"after\"\n";
        long t0 = System.nanoTime();
        List<String[]> training = events("t", run("t", script, ""));
        // a run left paused ends with the limit too
        List<String[]> paused = events("p", run("p", script, "&step=10"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (List<String[]> events : List.of(training, paused)) {
            JsonObject done = JsonParser.parseString(events.get(events.size() - 1)[1]).getAsJsonObject();
            assertTrue(done.get("timedOut").getAsBoolean(), done.toString());
            assertFalse(done.get("ok").getAsBoolean(), done.toString());
            List<String> texts = new ArrayList<>();
            for (String[] e : events) {
                if (e[0].equals("report")) texts.add(JsonParser.parseString(e[1]).getAsJsonObject().get("text").getAsString());
            }
            assertTrue(texts.get(0).matches("trained two on xor: \\d+ of 100000 epochs \\(interrupted\\), .*"),
                    texts.toString());
            assertEquals("the run reached nn serve's --timeout of 1 s and was stopped; nothing after this point ran",
                    texts.get(texts.size() - 1));
            assertFalse(texts.contains("after"), texts.toString());
        }
        assertTrue(seconds < 30, "two runs of a 1 s limit took " + seconds + " s");
    }

    @Test void aScriptFromThePageWritesNoFiles() throws Exception {
        String script = "table xor = xor(2)\nnet two { input bits  dense 2 sigmoid  output sigmoid }\n"
                + "train two on xor epochs 10 seed 1\nsave two to \"two.nn\"\n";
        List<String[]> events = events("w", run("w", script, ""));
        String[] errors = events.stream().filter(e -> e[0].equals("errors")).findFirst().orElseThrow();
        assertEquals("page.nn:4:13: error: a script run from the web page writes no files"
                + " (the page's Save, SVG and PNG buttons download them)\n  | save two to \"two.nn\"\n  |             ^^^^^^^^",
                JsonParser.parseString(errors[1]).getAsJsonObject().get("text").getAsString());
        assertFalse(Files.exists(folder.resolve("two.nn")));
    }
}
