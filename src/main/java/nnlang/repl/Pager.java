package nnlang.repl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Long reports at a terminal go through a pager (less -FRX unless $NN_PAGER or $PAGER say
 * otherwise), as psql and git do; never in tests or when the output is not a terminal.
 */
interface Pager {
    /** True when the text was shown by the pager; false to print it as usual. */
    boolean pages(String text);

    Pager NONE = text -> false;

    /**
     * A pager command (run by sh) for texts taller than the terminal. It runs in the terminal
     * attributes {@code normal} gives: echo on, as before the entry (the REPL turns it off while
     * an entry runs).
     */
    static Pager of(String command, Terminal terminal, java.util.function.Supplier<Attributes> normal) {
        if (command == null) return NONE;
        return text -> {
            int height = terminal.getHeight();
            if (height <= 0 || text.lines().count() < height - 1) return false;
            Attributes saved = terminal.getAttributes();
            try {
                terminal.setAttributes(normal.get());
                Process p = new ProcessBuilder(List.of("sh", "-c", command)).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                try (OutputStream in = p.getOutputStream()) {
                    in.write((text + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the person left the pager before the end: nothing more to show
                }
                p.waitFor();
                return true;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            } finally {
                terminal.setAttributes(saved);
            }
        };
    }
}
