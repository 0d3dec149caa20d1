package nnlang.repl;

import java.io.PrintWriter;
import nnlang.report.JsonRenderer;
import nnlang.report.Report;
import nnlang.report.TextRenderer;
import nnlang.report.Wrap;
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
    private java.util.function.IntSupplier width = () -> 80;
    private java.util.function.IntSupplier height = () -> 0;
    private Pager pager = Pager.NONE;
    private nnlang.report.Colours colours = nnlang.report.Colours.NONE;

    ReplOutput(PrintWriter out, ProgressLine bar, boolean json) {
        this.out = out;
        this.bar = bar;
        this.json = json;
    }

    void setJson(boolean json) { this.json = json; }

    /** The terminal's width, read at every report (the window may change between them). */
    void setWidth(java.util.function.IntSupplier width) { this.width = width; }

    /** The terminal's height, which plots and maps fill. */
    void setHeight(java.util.function.IntSupplier height) { this.height = height; }

    /** The terminal's colours, which maps are drawn in. */
    void setColours(nnlang.report.Colours colours) { this.colours = colours; }

    /** Where a report longer than the screen goes. */
    void setPager(Pager pager) { this.pager = pager; }

    int width() {
        int w = width.getAsInt();
        return w > 0 ? w : 80;
    }

    boolean json() { return json; }

    @Override public void emit(Report report) {
        boolean progress = report.kind().equals("progress");
        if (!progress) bar.finish();
        String text = json ? JsonRenderer.render(report) : TextRenderer.fitted(report, width(), Math.max(0, height.getAsInt()), colours);
        if (!progress && !json && pager.pages(text)) {
            lastWasBlock = false;
            return;
        }
        synchronized (out) {
            if (progress) bar.clearLine();
            // a train summary with its advice line, or wrapped, is still a line, not a block set apart
            boolean block = !json && text.indexOf('\n') >= 0 && !report.kind().equals("train");
            if (block && !lastWasBlock) out.println();
            out.println(text);
            if (block) out.println();
            lastWasBlock = block;
            out.flush();
        }
    }

    /** Text that is not a report (help, command answers), broken at word boundaries to the width. */
    void wrapped(String text) { raw(Wrap.text(text, width())); }

    /** A line that is not a report (errors, command answers), fitted to the width; it ends any block spacing. */
    void line(String text) { wrapped(text); }

    /** A line printed as it is (already fitted, or coloured). */
    void raw(String text) {
        bar.finish();
        synchronized (out) {
            out.println(text);
            out.flush();
        }
        lastWasBlock = false;
    }
}
