package nnlang.repl;

import java.io.PrintWriter;
import nnlang.report.JsonRenderer;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import nnlang.run.Output;

/**
 * Prints reports in the REPL: text (multi-line reports set apart by blank lines) or one JSON
 * object each. A live training bar is taken off its line before anything is printed.
 */
final class ReplOutput implements Output {
    private final PrintWriter out;
    private final ProgressLine bar;
    private boolean json;
    private boolean lastWasBlock;

    ReplOutput(PrintWriter out, ProgressLine bar, boolean json) {
        this.out = out;
        this.bar = bar;
        this.json = json;
    }

    void setJson(boolean json) { this.json = json; }

    boolean json() { return json; }

    @Override public void emit(Report report) {
        boolean progress = report.kind().equals("progress");
        if (!progress) bar.finish();
        String text = json ? JsonRenderer.render(report) : TextRenderer.render(report);
        synchronized (out) {
            if (progress) bar.clearLine();
            boolean block = !json && text.indexOf('\n') >= 0;
            if (block && !lastWasBlock) out.println();
            out.println(text);
            if (block) out.println();
            lastWasBlock = block;
            out.flush();
        }
    }

    /** A line that is not a report (errors, command answers); it ends any block spacing. */
    void line(String text) {
        bar.finish();
        synchronized (out) {
            out.println(text);
            out.flush();
        }
        lastWasBlock = false;
    }
}
