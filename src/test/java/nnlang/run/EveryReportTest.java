package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.report.HiddenReport;
import nnlang.report.MapReport;
import nnlang.report.ProgressReport;
import nnlang.report.RelationsReport;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import nnlang.report.TrainReport;
import org.junit.jupiter.api.Test;

/** {@code every N relations|map|hidden}: that report every N epochs, of the weights of that moment. */
class EveryReportTest {
    static final String XOR = "table xor = xor(2)\nnet two { input bits  dense 2 sigmoid  output sigmoid }\n";

    private static List<Report> run(String text) throws NnError {
        List<Report> reports = new ArrayList<>();
        Source source = new Source("t.nn", text);
        Interpreter in = new Interpreter(new Session(), reports::add);
        in.setTimes(false);
        in.runAll(source, Parsing.parse(source));
        return reports;
    }

    private static String text(List<Report> reports, int i) { return TextRenderer.render(reports.get(i)); }

    @Test void relationsEveryNEpochsAreThoseOfATrainingStoppedThere() throws NnError {
        List<Report> r = run(XOR + "train two on xor { epochs 1000  lr 1  seed 2  every 500 relations }\n");
        assertEquals(List.of(ProgressReport.class, RelationsReport.class, ProgressReport.class, RelationsReport.class,
                TrainReport.class), r.stream().map(Object::getClass).toList());
        // independently: a training of 500 epochs from the same seed, then relations; and the final relations
        List<Report> at500 = run(XOR + "train two on xor epochs 500 lr 1 seed 2\nrelations two on xor\n");
        assertEquals(text(at500, 1), text(r, 1));
        List<Report> at1000 = run(XOR + "train two on xor epochs 1000 lr 1 seed 2\nrelations two on xor\n");
        assertEquals(text(at1000, 1), text(r, 3));
    }

    @Test void mapAndHiddenToo() throws NnError {
        List<Report> maps = run(XOR + "train two on xor epochs 600 lr 1 seed 2 every 600 map\nmap two on xor\n");
        assertEquals(MapReport.class, maps.get(1).getClass());
        assertEquals(text(maps, 3), text(maps, 1));
        List<Report> hidden = run(XOR + "train two on xor epochs 600 lr 1 seed 2 every 600 hidden\nhidden two on xor\n");
        assertEquals(HiddenReport.class, hidden.get(1).getClass());
        assertEquals(text(hidden, 3), text(hidden, 1));
    }

    @Test void aReportOnTheNextLineIsItsOwnStatement() throws NnError {
        List<Report> r = run(XOR + "train two on xor epochs 600 lr 1 seed 2 every 600\nrelations two on xor\n");
        assertEquals(List.of(ProgressReport.class, TrainReport.class, RelationsReport.class),
                r.stream().map(Object::getClass).toList());
    }

    @Test void aMapEveryNEpochsNeedsATwoInputNet() {
        NnError e = assertThrows(NnError.class, () -> run("table p3 = parity(3)\nnet n { input bits  dense 2 sigmoid  output sigmoid }\n"
                + "train n on p3 epochs 100 every 50 map\n"));
        assertEquals("t.nn:3:35: error: a map needs a net with two input nodes; n has 3\n"
                + "  | train n on p3 epochs 100 every 50 map\n"
                + "  |                                   ^^^", DiagnosticRenderer.render(e));
    }
}
