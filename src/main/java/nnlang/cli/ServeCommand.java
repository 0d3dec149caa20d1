package nnlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nn serve [FILE]}: the web page on which a script runs and its nets are watched while
 * they train, on 127.0.0.1 only. Prints the page's address and serves until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "A local web page (127.0.0.1 only) to edit and run a script and watch its nets train; "
                + "Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The script the page starts with; "
            + "files it names are read below its folder (the page writes none).")
    String file;

    @Option(names = "--port", paramLabel = "N", description = "The port (default 8417; 0: any free port).")
    int port = 8417;

    @Option(names = "--open", description = "Open the page in the desktop's browser (xdg-open).")
    boolean open;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for experiments (compare); default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop each run of a page this many seconds "
            + "(above 0) after it started, paused time included: a training or report in progress stops and says how "
            + "far it got; nothing after it runs.")
    Double timeout;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    @Override public Integer call() {
        if (port < 0 || port > 65535) {
            err.println("nn serve: --port takes 0 to 65535, not " + port);
            return ScriptRunner.ERRORS;
        }
        if (timeout != null && !TimeLimit.isSeconds(timeout)) {
            err.println("nn serve: " + TimeLimit.NOT_SECONDS);
            return ScriptRunner.ERRORS;
        }
        Source script = null;
        Path folder = Path.of("");
        if (file != null) {
            try {
                script = ScriptFiles.read(file, stdin);
            } catch (ScriptFiles.Unreadable e) {
                err.println(file + ": error: " + e.getMessage());
                return ScriptRunner.ERRORS;
            } catch (NnError e) {
                err.println(nnlang.lang.DiagnosticRenderer.render(e));
                return ScriptRunner.ERRORS;
            }
            if (script.folder() != null) folder = script.folder();
        }
        Server server;
        try {
            server = Server.start(port, script, folder, Math.max(1, threads),
                    timeout == null ? 0 : Math.max(1, (long) (timeout * 1e9)));
        } catch (IOException e) {
            err.println("nn serve: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage()
                    + (port != 0 ? " (--port 0 takes any free port)" : ""));
            return ScriptRunner.ERRORS;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Ctrl-C: stop the runs and the server, then say so
            server.stop();
            err.println("nn serve: stopped");
            stopped.countDown();
        }, "nn-serve-stop"));
        out.println("nn serve: " + server.url() + (file != null ? " (" + file + ")" : "") + "  Ctrl-C stops it");
        out.flush();
        if (open) openBrowser(server.url());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ScriptRunner.OK;
    }

    private void openBrowser(String url) {
        try {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println("nn serve: cannot open a browser (" + e.getMessage() + "); open " + url + " yourself");
        }
    }
}
