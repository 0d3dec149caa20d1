package nnlang.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
    private final int width;
    /** How long a wait for the REPL may take before the test fails: only a hang takes this long. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final Thread thread;
    private volatile int exitCode = -1;

    Typist(Path history) throws IOException, InterruptedException { this(history, WIDTH, "vi"); }

    /** A terminal of this width, and :edit's editor. */
    Typist(Path history, int width, String editor) throws IOException, InterruptedException {
        this(history, width, editor, "xterm-256color", false);
    }

    /** A terminal of this terminfo type, and whether the REPL may colour (NO_COLOR unset). */
    Typist(Path history, int width, String editor, String type, boolean colour) throws IOException, InterruptedException {
        this.width = width;
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        // JLine's own line discipline, as a terminal's: Ctrl-C typed during a training raises SIGINT
        terminal = new ExternalTerminal("typist", type, in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(width, 30));
        Repl repl = new Repl(terminal, new Repl.Settings(history, false, colour, editor, null));
        // the tests' files are in the history's (temporary) folder: allowed as --allow-write would
        repl.setFileAccess(new nnlang.run.FileAccess(Path.of(""), java.util.List.of(history.getParent())));
        thread = new Thread(() -> exitCode = repl.run(), "repl");
        thread.setDaemon(true);
        thread.start();
        // keys typed before the first prompt would be echoed twice
        atPrompt();
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
        return keys(text + "\r");
    }

    /**
     * Types keys after which the REPL asks for a line again (Enter; Ctrl-C at the prompt) and waits
     * until it has. It first waits until the REPL is at a prompt, since what was typed before may
     * still be printing; otherwise the prompt that follows that output would be taken for the
     * one after these keys. The waits end on what the screen shows, never after a set time; only
     * a REPL that hangs for PATIENCE fails the test.
     */
    Typist keys(String keys) throws IOException, InterruptedException {
        int prompts = atPrompt();
        type(keys);
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (prompts(screen()) <= prompts && thread.isAlive()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no prompt after typing " + keys.replace("\r", "\\r") + ":\n" + screen());
            }
            Thread.sleep(10);
        }
        return this;
    }

    /**
     * Waits until the last line is an empty prompt: after an entry that the REPL itself echoes as
     * if typed (:edit prints "nn> " and the edited text), that echo looks like a prompt to keys().
     */
    void waitForEmptyPrompt() throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (thread.isAlive()) {
            String[] lines = screen().split("\n");
            if (lines.length > 0 && lines[lines.length - 1].equals(Repl.PROMPT.strip())) return;
            if (System.nanoTime() > end) throw new AssertionError("no empty prompt:\n" + screen());
            Thread.sleep(10);
        }
    }

    /** Waits until the screen shows this text (or PATIENCE passes); returns the screen. */
    String waitFor(String text) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!screen().contains(text) && System.nanoTime() < end) Thread.sleep(10);
        return screen();
    }

    /**
     * Waits until the REPL is at a prompt, reading keys: the last line on the screen is a prompt
     * or a continuation. Returns how many prompt lines the screen shows then.
     */
    private int atPrompt() throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String screen = screen();
            String[] lines = screen.split("\n");
            if ((lines.length > 0 && isPrompt(lines[lines.length - 1])) || !thread.isAlive()) return prompts(screen);
            if (System.nanoTime() > end) throw new AssertionError("the REPL does not come back to a prompt:\n" + screen);
            Thread.sleep(10);
        }
    }

    /** What a person would read on the screen now. */
    String screen() {
        String raw;
        synchronized (screen) {
            raw = screen.toString(StandardCharsets.UTF_8);
        }
        return Screen.render(raw, width);
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
        return exit();
    }

    /** Waits, typing nothing, for the REPL to return (PATIENCE at most); its exit code, -1 while it runs. */
    int exit() throws InterruptedException {
        thread.join(PATIENCE.toMillis());
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
        for (String l : screen.split("\n")) if (isPrompt(l)) n++;
        return n;
    }

    private static boolean isPrompt(String line) {
        return line.startsWith(Repl.PROMPT.strip()) || line.startsWith(Repl.CONTINUATION.strip());
    }
}
