package nnlang.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page's files, served from the jar (no CDN: the page works with no network). */
final class Assets {
    /** The only names served, with their types. */
    static final Map<String, String> TYPES = Map.of(
            "/", "text/html; charset=utf-8",
            "/app.js", "text/javascript; charset=utf-8",
            "/charts.js", "text/javascript; charset=utf-8",
            "/app.css", "text/css; charset=utf-8",
            "/favicon.svg", "image/svg+xml");

    private Assets() {}

    /** The bytes of an asset by its path ("/" is index.html), or null when there is no such asset. */
    static byte[] read(String path) throws IOException {
        if (!TYPES.containsKey(path)) return null;
        String file = path.equals("/") ? "index.html" : path.substring(1);
        try (InputStream in = Assets.class.getResourceAsStream("/nnlang/serve/" + file)) {
            if (in == null) throw new IOException("the jar lacks nnlang/serve/" + file);
            return in.readAllBytes();
        }
    }
}
