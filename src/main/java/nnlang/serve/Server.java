package nnlang.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nnlang.lang.Source;
import nnlang.run.FileAccess;

/**
 * {@code nn serve}: a local web page on which a script runs and its nets are watched while they
 * train. The JDK's own HTTP server, bound to 127.0.0.1 only, with its own pool of threads so that
 * an open event stream never holds up another request; no framework, every asset from the jar.
 * Scripts run from the page read files through the fence of the served file's folder and write none.
 */
public final class Server {
    /** Request threads: event streams hold one each, so there are more than streams allowed. */
    static final int THREADS = 24, STREAMS = 16;

    private final HttpServer http;
    private final ExecutorService pool;
    private final Pages pages;

    private Server(HttpServer http, ExecutorService pool, Pages pages) {
        this.http = http;
        this.pool = pool;
        this.pages = pages;
    }

    /**
     * Starts a server on 127.0.0.1:{@code port} (0: any free port) for {@code script} (null: an
     * empty editor); paths in scripts run from the page are taken from {@code folder}.
     */
    public static Server start(int port, Source script, Path folder, int threads) throws IOException {
        return start(port, script, folder, threads, 0);
    }

    /** The same, with each page's run stopped {@code limitNanos} after it started (0: never). */
    public static Server start(int port, Source script, Path folder, int threads, long limitNanos) throws IOException {
        FileAccess files = new FileAccess(folder, "the served script's folder", java.util.List.of())
                .readOnly("a script run from the web page writes no files (the page's Save, SVG and PNG buttons download them)");
        Pages pages = new Pages(files, threads, limitNanos);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "nn-serve-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Server server = new Server(http, pool, pages);
        Api api = new Api(pages, script, folder, STREAMS);
        http.createContext("/", ex -> server.handle(ex, api));
        http.setExecutor(pool);
        http.start();
        return server;
    }

    /** The page's address. */
    public String url() { return "http://127.0.0.1:" + port() + "/"; }

    public int port() { return http.getAddress().getPort(); }

    /** Stops every run and the server; requests under way get up to a second to finish. */
    public void stop() {
        pages.stopAll();
        http.stop(1);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex, Api api) throws IOException {
        try {
            checkOrigin(ex);
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/api/")) {
                api.handle(ex, path);
                return;
            }
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                throw new Http.Refusal(405, ex.getRequestMethod() + " " + path + " is not served: the page answers GET");
            }
            byte[] asset = Assets.read(path);
            if (asset == null) throw new Http.Refusal(404, "no such page: " + path + " (the page is at /)");
            Http.send(ex, 200, Assets.TYPES.get(path), asset);
        } catch (Http.Refusal r) {
            Http.refuse(ex, r);
        } catch (IOException e) {
            // the browser went away mid-answer: nothing to tell it
            ex.close();
        } catch (RuntimeException e) {
            Http.refuse(ex, new Http.Refusal(500, "internal error: " + e));
        }
    }

    /**
     * Only this machine's pages: the Host must name the loopback address (a DNS name that other
     * sites could point here is refused), and a request from another site's page is refused.
     */
    private void checkOrigin(HttpExchange ex) throws Http.Refusal {
        String host = ex.getRequestHeaders().getFirst("Host");
        String self = "127.0.0.1:" + port(), local = "localhost:" + port();
        if (host == null || !(host.equals(self) || host.equals(local))) {
            throw new Http.Refusal(421, "this server answers only requests for " + self + ", not for " + host);
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.equals("http://" + self) && !origin.equals("http://" + local)) {
            throw new Http.Refusal(403, "requests from the page " + origin + " are refused");
        }
    }
}
