package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.report.HiddenReport;
import nnlang.report.NoteReport;
import nnlang.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --timeout and Ctrl-C inside a long report: relations, hidden, map, ablate, expect, draw and a
 * training's final measure poll the stop row by row (a row is a forward pass, long for a huge
 * net), and a cut report is not shown: a note says so. The stop comes after a few polls of the
 * report itself, so it lands inside it on every machine.
 */
class StopInsideReportTest {
    @TempDir Path dir;

    private static final String TRAINED = """
            table t = parity(6)
            table sq = xor(2)
            net n = bits -> 8 tanh -> sigmoid
            net m = bits -> 3 tanh -> sigmoid
            train n on t epochs 20
            train m on sq epochs 20
            """;

    /** Runs TRAINED, then one statement whose third poll asks to stop; returns what that statement emitted. */
    private List<Report> cutAfterTwoPolls(String statement) throws Exception {
        List<Report> out = new ArrayList<>();
        Interpreter in = new Interpreter(new Session(), out::add);
        in.setFileAccess(new FileAccess(dir, List.of()));
        AtomicBoolean armed = new AtomicBoolean();
        AtomicLong polls = new AtomicLong();
        in.setStopSignal(() -> armed.get() && polls.incrementAndGet() > 2);
        Source trained = new Source("t.nn", TRAINED);
        in.runAll(trained, Parsing.parse(trained));
        int before = out.size();
        armed.set(true);
        Source s = new Source("r.nn", statement);
        in.runAll(s, Parsing.parse(s));
        assertTrue(polls.get() > 2, statement + ": the stop was polled only " + polls.get() + " times");
        return out.subList(before, out.size());
    }

    private void cutWithNote(String statement, String note) throws Exception {
        List<Report> said = cutAfterTwoPolls(statement);
        assertEquals(1, said.size(), statement + " emitted " + said);
        assertEquals(note, ((NoteReport) said.get(0)).text());
    }

    @Test void relationsHiddenMapAndAblateAreCutAndNotShown() throws Exception {
        cutWithNote("relations n on t", "stopped relations n on t before it was complete (the time limit, or"
                + " Ctrl-C); nothing of it is shown");
        cutWithNote("hidden n on t", "stopped hidden n on t before it was complete (the time limit, or Ctrl-C);"
                + " nothing of it is shown");
        cutWithNote("map m on sq", "stopped map m on sq before it was complete (the time limit, or Ctrl-C);"
                + " nothing of it is shown");
        cutWithNote("ablate n h1 on t", "stopped ablate n on t before it was complete (the time limit, or Ctrl-C);"
                + " nothing of it is shown");
    }

    @Test void anExpectIsCutBeforeItMeasures() throws Exception {
        cutWithNote("expect accuracy of n on t >= 0", "stopped expect accuracy of n on t >= 0 before it was"
                + " measured (the time limit, or Ctrl-C)");
    }

    @Test void aCutDrawingWritesNothing() throws Exception {
        cutWithNote("draw m on sq to \"n.svg\"", "stopped drawing n.svg before it was complete (the time limit, or"
                + " Ctrl-C); nothing was written");
        assertFalse(Files.exists(dir.resolve("n.svg")));
    }

    @Test void aReportNotCutIsShownWhole() throws Exception {
        List<Report> out = new ArrayList<>();
        Interpreter in = new Interpreter(new Session(), out::add);
        Source s = new Source("t.nn", TRAINED + "hidden n on t\n");
        in.runAll(s, Parsing.parse(s));
        HiddenReport h = (HiddenReport) out.get(out.size() - 1);
        assertEquals(64, h.inputs().size());
    }
}
