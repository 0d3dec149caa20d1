package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.report.NoteReport;
import nnlang.report.Report;
import org.junit.jupiter.api.Test;

/**
 * --timeout and Ctrl-C inside one long epoch: the interpreter's stop signal is polled inside the
 * epoch, the training stops there, its weights are kept, and no final measure runs past the stop
 * (it would take as long as a third of an epoch). A budget of polls stands in for the clock, so
 * the stop lands at the same place on every machine.
 */
class StopInsideEpochRunTest {
    @Test void aStopInsideTheFirstEpochKeepsTheUntrainedWeightsAndSaysSo() throws Exception {
        List<Report> out = new ArrayList<>();
        Interpreter in = new Interpreter(new Session(), out::add);
        AtomicLong polls = new AtomicLong();
        // resolving polls once a statement; the training's first poll is inside its first epoch
        // (one epoch is about 40 pieces of products, each polled)
        in.setStopSignal(() -> polls.incrementAndGet() > 4);
        Source source = new Source("long.nn", """
                table t = identity(8)
                net n = bits 8 -> 200 tanh -> softmax
                train n on t epochs 1000000
                """);
        in.runAll(source, Parsing.parse(source));
        NoteReport note = (NoteReport) out.get(out.size() - 1);
        assertEquals("stopped training n on t after 0 of 1000000 epochs, before its final measure; the weights "
                + "are kept (relations n on t measures them)", note.text());
        assertTrue(in.session().net("n") != null, "the net is kept");
    }
}
