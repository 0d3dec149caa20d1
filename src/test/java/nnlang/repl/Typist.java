package nnlang.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A person at a keyboard, for headless tests: types keys into a real JLine terminal over
 * in-memory streams, with the REPL running on its own thread, and reads the screen back with
 * the terminal's control sequences taken out.
 */
final class Typist implements AutoCloseable {
    static final int WIDTH = 100;
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final Thread thread;
    private volatile int exitCode = -1;

    Typist(Path history) throws IOException, InterruptedException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        // JLine's own line discipline, as a terminal's: Ctrl-C typed during a training raises SIGINT
        terminal = new ExternalTerminal("typist", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(WIDTH, 30));
        Repl repl = new Repl(terminal, new Repl.Settings(history, false, false));
        // the tests' files are in the history's (temporary) folder: allowed as --allow-write would
        repl.setFileAccess(new nnlang.run.FileAccess(Path.of(""), java.util.List.of(history.getParent())));
        thread = new Thread(() -> exitCode = repl.run(), "repl");
        thread.setDaemon(true);
        thread.start();
        // keys typed before the first prompt would be echoed twice
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (prompts(screen()) == 0 && System.nanoTime() < end) Thread.sleep(10);
    }

    /** Types text; \r is Enter, \t is Tab, \u0003 is Ctrl-C, \u0004 is Ctrl-D, \u001bOA is Up. */
    Typist type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Types a line and Enter, then waits until the REPL asks for the next line (prompt or continuation). */
    Typist line(String text) throws IOException, InterruptedException {
        int cut = text.indexOf('\r');
        if (cut >= 0) return line(text.substring(0, cut)).line(text.substring(cut + 1));
        int prompts = prompts(screen());
        type(text + "\r");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (prompts(screen()) <= prompts) {
            if (System.nanoTime() > end || !thread.isAlive()) break;
            Thread.sleep(10);
        }
        return this;
    }

    /** Waits until the screen shows this text (or the timeout passes); returns the screen. */
    String waitFor(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!screen().contains(text) && System.nanoTime() < end) Thread.sleep(10);
        return screen();
    }

    /** What a person would read on the screen now. */
    String screen() {
        String raw;
        synchronized (screen) {
            raw = screen.toString(StandardCharsets.UTF_8);
        }
        return Screen.render(raw, WIDTH);
    }

    /** The bytes written so far, control sequences shown (for debugging a test). */
    String raw() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8).replace("\u001b", "<ESC>");
        }
    }

    /** Ends the session with Ctrl-D and waits for the REPL to return; its exit code. */
    int finish() throws IOException, InterruptedException {
        type("\u0004");
        thread.join(30_000);
        return exitCode;
    }

    boolean running() { return thread.isAlive(); }

    @Override public void close() throws IOException {
        keys.close();
        terminal.close();
    }

    /** How many lines start with a prompt: an empty prompt counts too (its trailing space is not kept). */
    private static int prompts(String screen) {
        int n = 0;
        for (String l : screen.split("\n")) if (l.startsWith(Repl.PROMPT.strip()) || l.startsWith(Repl.CONTINUATION.strip())) n++;
        return n;
    }
}
