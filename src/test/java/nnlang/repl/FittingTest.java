package nnlang.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nnlang.report.Wrap;
import nnlang.train.Progress;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text fitted to a terminal: word wraps, the pager's threshold, the short bar, the settings from the environment. */
class FittingTest {
    @TempDir Path dir;

    @Test void linesBreakAtWordsAndContinueUnderTheirSecondColumn() {
        assertEquals("trained two on xor: 5000\n  epochs, loss 0.3479", Wrap.text("trained two on xor: 5000 epochs, loss 0.3479", 24));
        assertEquals("  p(y|x)     what the net\n             gives for y",
                Wrap.text("  p(y|x)     what the net gives for y", 26));
        // a word longer than the line overflows whole; an error's source line is never broken
        assertEquals("a\n  0123456789012345678901234\n  b", Wrap.text("a 0123456789012345678901234 b", 20));
        String source = "  | train two on xor lr 1 evry 10 and more words";
        assertEquals(source, Wrap.text(source, 20));
        assertEquals("short\n\nlines", Wrap.text("short\n\nlines", 20));
        // a hint after the carets continues under its first word; the carets stay where they are
        assertEquals("  |   ^^^^^^ write it on its train's line,\n  |          or in { ... } after it",
                Wrap.text("  |   ^^^^^^ write it on its train's line, or in { ... } after it", 42));
        assertEquals("  |                        ^^^^\n  | did you mean 'every'?",
                Wrap.text("  |                        ^^^^ did you mean 'every'?", 40));
    }

    @Test void thePagerTakesOnlyWhatIsTallerThanTheTerminal() throws Exception {
        Path paged = dir.resolve("paged.txt");
        try (Terminal terminal = new ExternalTerminal("t", "xterm-256color", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(60, 10));
            Pager pager = Pager.of("cat > '" + paged + "'", terminal, terminal::getAttributes);
            assertFalse(pager.pages("one\ntwo\nthree"));
            assertFalse(Files.exists(paged));
            String tall = "line\n".repeat(12).strip();
            assertTrue(pager.pages(tall));
            assertEquals(tall + "\n", Files.readString(paged));
        }
        assertFalse(Pager.NONE.pages("line\n".repeat(1000)));
    }

    @Test void editorAndPagerComeFromTheEnvironment() {
        assertEquals("nano", Repl.Settings.editor(Map.of("VISUAL", "nano", "EDITOR", "ed")));
        assertEquals("ed", Repl.Settings.editor(Map.of("EDITOR", "ed")));
        assertEquals("vi", Repl.Settings.editor(Map.of()));
        assertEquals("most", Repl.Settings.pager(Map.of("NN_PAGER", "most", "PAGER", "more")));
        assertNull(Repl.Settings.pager(Map.of("NN_PAGER", "", "PAGER", "more")));
        assertEquals("more", Repl.Settings.pager(Map.of("PAGER", "more")));
        assertEquals("less -FRX", Repl.Settings.pager(Map.of()));
    }

    @Test void aNarrowTerminalsBarKeepsLossAndEntropy() {
        Progress p = new Progress(15_000_000, 30_000_000, 0.34657, 0.5, 2_000_000_000L);
        assertEquals("50% 15.0M/30.0M 0:02 left  loss 0.3466  H 0.5000", ProgressLine.narrow(p, 56));
        assertEquals("50% 15.0M/30.0M 0:02 left  loss 0.3466", ProgressLine.narrow(p, 38));
        assertNull(ProgressLine.narrow(null, 56));
        assertEquals("950", ProgressLine.count(950));
        assertEquals("12.5k", ProgressLine.count(12_500));
    }
}
