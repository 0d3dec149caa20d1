package nnlang.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Semaphore;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.TokenClasses;
import nnlang.run.Interpreter;
import nnlang.run.ScriptResolver;
import nnlang.run.Session;

/**
 * The page's requests: the served script, checking a text (colours and errors), running it,
 * pausing, stepping and stopping its run, and the stream of its run's events (server-sent events).
 */
final class Api {
    /** Scripts as large as load reads. */
    static final int MAX_SCRIPT = 16 << 20;
    static final long KEEPALIVE_MILLIS = 15_000;

    private final Pages pages;
    private final Source script;
    private final String scriptName;
    private final Path folder;
    private final Semaphore streams;

    Api(Pages pages, Source script, Path folder, int streams) {
        this.pages = pages;
        this.script = script;
        this.scriptName = script == null ? "page.nn" : Path.of(script.name()).getFileName().toString();
        this.folder = folder;
        this.streams = new Semaphore(streams);
    }

    void handle(HttpExchange ex, String path) throws IOException, Http.Refusal {
        String method = ex.getRequestMethod();
        boolean post = path.equals("/api/check") || path.equals("/api/run") || path.equals("/api/control");
        boolean get = path.equals("/api/script") || path.equals("/api/events");
        if (!post && !get) throw new Http.Refusal(404, "no such request: " + path);
        if (post && !method.equals("POST")) throw new Http.Refusal(405, path + " takes POST, not " + method);
        if (get && !method.equals("GET")) throw new Http.Refusal(405, path + " takes GET, not " + method);
        Map<String, String> q = Http.query(ex);
        switch (path) {
            case "/api/script": script(ex); break;
            case "/api/check": check(ex); break;
            case "/api/run": run(ex, q); break;
            case "/api/control": control(ex, q); break;
            default: events(ex, q);
        }
    }

    private void script(HttpExchange ex) throws IOException {
        Http.json(ex, Json.object(w -> {
            w.name("name").value(scriptName);
            w.name("text").value(script == null ? null : script.text());
        }));
    }

    private Source source(HttpExchange ex) throws IOException, Http.Refusal {
        byte[] body = Http.body(ex, MAX_SCRIPT);
        try {
            return Source.decode(scriptName, folder, body);
        } catch (NnError e) {
            // not UTF-8: said with its place, as for a file
            throw new Http.Refusal(400, nnlang.lang.DiagnosticRenderer.render(e));
        }
    }

    /** The text's colours and every error that parsing and resolving find (nothing runs). */
    private void check(HttpExchange ex) throws IOException, Http.Refusal {
        Source source = source(ex);
        String errors;
        try {
            Interpreter in = new Interpreter(new Session(), r -> { });
            ScriptResolver.Resolved r = in.resolver().resolve(source, Parsing.parse(source));
            errors = r.ok() ? null : Diagnostics.json(new NnError(r.errors()));
        } catch (NnError e) {
            errors = Diagnostics.json(e);
        }
        String found = errors;
        Http.json(ex, Json.object(w -> {
            w.name("pieces").beginArray();
            for (TokenClasses.Piece p : TokenClasses.of(source.text())) {
                if (p.kind() == TokenClasses.Kind.PLAIN) continue;
                w.beginArray().value(p.start()).value(p.end())
                        .value(p.kind().name().toLowerCase(java.util.Locale.ROOT)).endArray();
            }
            w.endArray();
            w.name("errors");
            if (found == null) w.nullValue();
            else w.jsonValue(found);
        }));
    }

    private void run(HttpExchange ex, Map<String, String> q) throws IOException, Http.Refusal {
        String page = page(q);
        int step = Http.number(q, "step", 1, Integer.MAX_VALUE, -1);
        Source source = source(ex);
        PageRun run;
        try {
            run = pages.start(page, source, step);
        } catch (Pages.Busy e) {
            throw new Http.Refusal(429, e.getMessage());
        }
        Http.json(ex, Json.object(w -> w.name("run").value(run.id)));
    }

    private void control(HttpExchange ex, Map<String, String> q) throws IOException, Http.Refusal {
        PageRun run = pages.get(page(q));
        if (run == null) throw new Http.Refusal(409, "this page has no run; run the script first");
        String what = Http.required(q, "do");
        switch (what) {
            case "pause": run.pause(); break;
            case "resume": run.resume(); break;
            case "step": run.step(Http.number(q, "n", 1, Integer.MAX_VALUE, 100)); break;
            case "stop": run.stop(0); break;
            default: throw new Http.Refusal(400, "do takes pause, resume, step or stop, not '" + what + "'");
        }
        Http.json(ex, Json.object(w -> w.name("ok").value(true)));
    }

    /** The run's events as they come (text/event-stream), from Last-Event-ID on after a reconnect. */
    private void events(HttpExchange ex, Map<String, String> q) throws IOException, Http.Refusal {
        PageRun run = pages.get(page(q));
        int id = Http.number(q, "run", 1, Integer.MAX_VALUE, -1);
        if (run == null || run.id != id) throw new Http.Refusal(404, "run " + q.get("run") + " of this page is not the page's run");
        int from = 0;
        String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
        if (last != null && last.matches("[0-9]{1,9}")) from = Integer.parseInt(last) + 1;
        if (!streams.tryAcquire()) throw new Http.Refusal(503, "too many pages are open at once; close one");
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                stream(out, run.events, from);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.release();
            ex.close();
        }
    }

    private static void stream(OutputStream out, EventLog log, int from) throws IOException, InterruptedException {
        int id = from;
        while (!log.endsBefore(id)) {
            EventLog.Event e = log.next(id, KEEPALIVE_MILLIS);
            if (e == null) {
                out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
            } else {
                // the data is one line of JSON: no line break can end the event early
                out.write(("id: " + e.id() + "\nevent: " + e.type() + "\ndata: " + e.data() + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
                id = e.id() + 1;
            }
            out.flush();
        }
    }

    private static String page(Map<String, String> q) throws Http.Refusal {
        String page = Http.required(q, "page");
        if (!Pages.ID.matcher(page).matches()) {
            throw new Http.Refusal(400, "page takes letters, digits, '-' and '_' (at most 64), not '" + page + "'");
        }
        return page;
    }
}
