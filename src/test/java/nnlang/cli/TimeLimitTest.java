package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nnlang.lang.Source;
import nnlang.run.Output;
import org.junit.jupiter.api.Test;

/**
 * The backstop of --timeout: a run that does not stop by itself within the grace after the limit
 * is ended, and says once, at the statement that was running, why. A report printer that blocks
 * stands in for what cannot poll (allocating a huge net, printing a report finished just in time).
 */
class TimeLimitTest {
    @Test void aRunThatCannotStopIsEndedAtItsStatement() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ScriptRunner runner = new ScriptRunner(new ErrorPrinter(System.out, new PrintStream(err, true,
                StandardCharsets.UTF_8), false));
        CountDownLatch printing = new CountDownLatch(1), release = new CountDownLatch(1);
        Output stuck = r -> {
            printing.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        // the limit passes while the first statement prints (not while the script is read)
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicInteger ended = new AtomicInteger(-1);
        CountDownLatch endCalled = new CountDownLatch(1);
        Source script = new Source("slow.nn", "print \"one\"\nprint \"two\"\n");
        int[] code = new int[1];
        Thread run = new Thread(() -> code[0] = runner.run(List.of(script), stuck, late::get, false, 1));
        run.start();
        assertTrue(printing.await(60, TimeUnit.SECONDS), "the first statement never printed");
        late.set(true);
        try (TimeLimit limit = new TimeLimit(System.nanoTime(), () -> {
            if (runner.overrun()) {
                ended.set(ScriptRunner.ERRORS);
                endCalled.countDown();
            }
        })) {
            assertTrue(endCalled.await(60, TimeUnit.SECONDS), "the backstop never ended the run");
        }
        release.countDown();
        run.join(60_000);
        assertEquals(ScriptRunner.ERRORS, ended.get());
        assertEquals(ScriptRunner.ERRORS, code[0]);
        // said once, by the backstop, at the statement that was printing; the run, ending after it, is silent
        assertEquals("slow.nn:1:1: error: stopped here by the time limit: it did not stop within 2 s of it, so nn"
                + " ended; the statements after it did not run\n  | print \"one\"\n  | ^^^^^\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test void aRunThatEndsInTimeIsNotTouched() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        try (TimeLimit limit = new TimeLimit(System.nanoTime() - TimeLimit.GRACE_NANOS + 200_000_000L,
                fired::countDown)) {
            // closed before its time
        }
        assertFalse(fired.await(500, TimeUnit.MILLISECONDS), "a closed limit still fired");
    }

    @Test void beforeTheFirstStatementItSaysSoWithoutAPlace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ScriptRunner runner = new ScriptRunner(new ErrorPrinter(System.out, new PrintStream(err, true,
                StandardCharsets.UTF_8), false));
        assertTrue(runner.overrun());
        assertFalse(runner.overrun(), "said twice");
        assertEquals("nn: error: stopped by the time limit while reading and checking the scripts (they did not"
                + " stop within 2 s of it, so nn ended); nothing ran\n", err.toString(StandardCharsets.UTF_8));
    }
}
