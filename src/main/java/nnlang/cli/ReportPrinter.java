package nnlang.cli;

import java.io.PrintStream;
import nnlang.report.JsonRenderer;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import nnlang.run.Output;

/**
 * Prints reports for the command line: text for people, or JSON Lines on standard output with
 * everything that is not a report (progress lines) on standard error.
 */
final class ReportPrinter implements Output {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private boolean lastWasBlock;

    ReportPrinter(PrintStream out, PrintStream err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    @Override public void emit(Report report) {
        if (json) {
            if (report.kind().equals("progress")) err.println(nnlang.lang.Visible.of(TextRenderer.render(report)));
            else out.println(JsonRenderer.render(report));
            out.flush();
            return;
        }
        String text = nnlang.lang.Visible.of(TextRenderer.render(report));
        boolean block = text.indexOf('\n') >= 0;
        // multi-line reports stand apart from their neighbours by one blank line
        if (block && !lastWasBlock) out.println();
        out.println(text);
        if (block) out.println();
        lastWasBlock = block;
        out.flush();
    }
}
