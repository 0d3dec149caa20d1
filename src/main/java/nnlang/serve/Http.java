package nnlang.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The few things every handler does with an exchange: read the query and a bounded body, answer, refuse. */
final class Http {
    private Http() {}

    /** A request the server will not serve: answered with this status and message as plain text. */
    static final class Refusal extends Exception {
        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    static Map<String, String> query(HttpExchange ex) throws Refusal {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                q.put(k, v);
            } catch (IllegalArgumentException e) {
                throw new Refusal(400, "the query '" + raw + "' is not URL-encoded text");
            }
        }
        return q;
    }

    /** The value of a query parameter, which must be there. */
    static String required(Map<String, String> q, String name) throws Refusal {
        String v = q.get(name);
        if (v == null || v.isEmpty()) throw new Refusal(400, "the request needs ?" + name + "=...");
        return v;
    }

    /** A whole number in [min, max] from the query, or {@code absent} when it is not given. */
    static int number(Map<String, String> q, String name, int min, int max, int absent) throws Refusal {
        String v = q.get(name);
        if (v == null) return absent;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Refusal(400, name + " takes a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    /** The body, refused (413) beyond {@code max} bytes. */
    static byte[] body(HttpExchange ex, int max) throws IOException, Refusal {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = ex.getRequestBody()) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > max) throw new Refusal(413, "the request body is larger than " + max + " bytes");
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void json(HttpExchange ex, String json) throws IOException {
        send(ex, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    static void refuse(HttpExchange ex, Refusal r) throws IOException {
        if (r.status == 405) ex.getResponseHeaders().set("Allow", r.getMessage().contains("POST") ? "POST" : "GET, HEAD");
        send(ex, r.status, "text/plain; charset=utf-8", ("nn serve: " + r.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
