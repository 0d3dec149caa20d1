package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.report.CompareReport;
import nnlang.report.ExpectReport;
import nnlang.report.JsonRenderer;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import org.junit.jupiter.api.Test;

/** An expect that reads a compare stopped before its trials were done says what it rests on. */
class StoppedCompareTest {
    private static List<Report> run(String text, boolean stop) throws Exception {
        List<Report> reports = new ArrayList<>();
        Interpreter in = new Interpreter(new Session(), reports::add);
        in.setTimes(false);
        in.setThreads(1);
        // Ctrl-C as soon as the first trial is done
        boolean[] stopped = {false};
        in.setStopSignal(() -> stopped[0]);
        in.setProgressListener(new nnlang.train.TrainListener() {
            @Override public void trialsDone(int done, int total, long elapsedNanos) { stopped[0] |= stop; }
        });
        Source source = new Source("test", text);
        in.runAll(source, Parsing.parse(source));
        return reports;
    }

    private static final String SCRIPT = "table xor = xor(2)\nnet one = bits -> sigmoid\n"
            + "compare one on xor { trials 4  epochs 10 }\nexpect fit_rate of one on xor >= 0\n";

    @Test void anExpectOnAStoppedCompareSaysItRestsOnPartialTrials() throws Exception {
        List<Report> reports = run(SCRIPT, true);
        CompareReport compare = (CompareReport) reports.get(0);
        assertTrue(compare.stopped(), "the stop signal stops the compare");
        ExpectReport expect = (ExpectReport) reports.get(1);
        String note = "rests on partial trials: " + compare.completed() + " of 4 (the compare was stopped)";
        assertEquals(note, expect.note());
        assertTrue(TextRenderer.render(expect).endsWith("; " + note), TextRenderer.render(expect));
        assertTrue(JsonRenderer.render(expect).contains("\"note\":\"" + note + "\""), JsonRenderer.render(expect));
    }

    @Test void anExpectOnAWholeCompareHasNoNote() throws Exception {
        List<Report> reports = run(SCRIPT, false);
        ExpectReport expect = (ExpectReport) reports.get(1);
        assertEquals(null, expect.note());
        assertEquals("expect fit_rate of one on xor >= 0: ok (0)", TextRenderer.render(expect));
    }

    /** On a family, a stop keeps the instances that completed all their trials; an expect says so too. */
    @Test void aStoppedCompareOnAFamilySaysHowManyInstancesItRestsOn() throws Exception {
        List<Report> reports = run("family f2 = all(2)\nnet one = bits -> sigmoid\n"
                + "compare one on f2 { rows 2  trials 2  epochs 10 }\nexpect heldout_accuracy of one on f2 >= 0\n", true);
        CompareReport compare = (CompareReport) reports.get(0);
        assertEquals(2, reports.size(), "the pooled report, then the expect");
        assertTrue(compare.stopped());
        assertEquals(32, compare.trialsAsked());
        assertEquals(compare.family().completed() * 2, compare.completed());
        assertTrue(compare.family().completed() < 16);
        assertTrue(TextRenderer.render(compare).contains("stopped after " + compare.family().completed()
                + " of 16 instances"), TextRenderer.render(compare));
        ExpectReport expect = (ExpectReport) reports.get(1);
        assertEquals("rests on partial trials: " + compare.completed() + " of 32 (the compare was stopped)",
                expect.note());
    }
}
