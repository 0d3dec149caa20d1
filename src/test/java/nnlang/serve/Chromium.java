package nnlang.serve;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven through its DevTools protocol over the JDK's WebSocket client: a
 * fresh profile in a temporary folder, one page, and the few commands a test needs (navigate,
 * evaluate, screenshot). Waits are for conditions, with generous bounds; close() kills the browser.
 */
final class Chromium implements AutoCloseable {
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** The browser's program, or null when this machine has none (the browser tests are then skipped). */
    static String program() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }

    Chromium() throws Exception {
        profile = Files.createTempDirectory("nn-chromium");
        process = new ProcessBuilder(program(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile,
                "--window-size=1400,1100", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("browser.log").toFile()).start();
        WebSocket ws = null;
        try {
            // Chromium writes its port to DevToolsActivePort in the profile once it listens
            Path portFile = profile.resolve("DevToolsActivePort");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
                if (!process.isAlive()) throw new IOException("chromium ended: " + Files.readString(profile.resolve("browser.log")));
                if (System.nanoTime() > until) throw new IOException("chromium did not open its DevTools port in 90 s");
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String page = null;
            for (var t : JsonParser.parseString(list).getAsJsonArray()) {
                JsonObject o = t.getAsJsonObject();
                if (o.get("type").getAsString().equals("page")) page = o.get("webSocketDebuggerUrl").getAsString();
            }
            if (page == null) throw new IOException("chromium has no page: " + list);
            ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(60))
                    .buildAsync(URI.create(page), new Listener()).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            kill();
            throw e;
        }
        socket = ws;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonObject m = JsonParser.parseString(text.toString()).getAsJsonObject();
                text.setLength(0);
                if (m.has("id")) {
                    CompletableFuture<JsonObject> f = pending.remove(m.get("id").getAsInt());
                    if (f != null) f.complete(m);
                }
            }
            ws.request(1);
            return null;
        }
    }

    /** Sends a command and waits up to 60 s for its result. */
    JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject m = new JsonObject();
        m.addProperty("id", id);
        m.addProperty("method", method);
        m.add("params", params == null ? new JsonObject() : params);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(m.toString(), true).get(60, TimeUnit.SECONDS);
        JsonObject answer = f.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) throw new IOException(method + ": " + answer.get("error"));
        return answer.getAsJsonObject("result");
    }

    void navigate(String url) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("url", url);
        send("Page.navigate", p);
    }

    /** The value of a JavaScript expression (promises awaited), as JSON text; "undefined" for none. */
    String eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("expression", "JSON.stringify(" + expression + ")");
        p.addProperty("returnByValue", true);
        p.addProperty("awaitPromise", true);
        JsonObject r = send("Runtime.evaluate", p);
        if (r.has("exceptionDetails")) throw new IOException("page script failed: " + r.get("exceptionDetails"));
        JsonObject v = r.getAsJsonObject("result");
        return v.has("value") ? v.get("value").getAsString() : "undefined";
    }

    /** Waits until the expression is true, up to {@code seconds}; fails with {@code what} and the page's state. */
    void waitFor(String expression, int seconds, String what) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String v;
            try {
                v = eval("!!(" + expression + ")");
            } catch (IOException e) {
                v = "false"; // a page still loading has no nnPage yet
            }
            if (v.equals("true")) return;
            if (System.nanoTime() > until) {
                throw new AssertionError("waited " + seconds + " s for " + what + "; the page shows: "
                        + eval("document.body ? document.body.innerText.slice(0, 2000) : ''"));
            }
            Thread.sleep(100);
        }
    }

    byte[] screenshot() throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("format", "png");
        p.addProperty("captureBeyondViewport", true);
        return Base64.getDecoder().decode(send("Page.captureScreenshot", p).get("data").getAsString());
    }

    private void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind harms nothing
        }
    }

    @Override public void close() {
        if (socket != null) socket.abort();
        kill();
    }
}
