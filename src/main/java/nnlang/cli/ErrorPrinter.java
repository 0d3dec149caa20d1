package nnlang.cli;

import com.google.gson.JsonObject;
import java.io.PrintStream;
import nnlang.lang.Diagnostic;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;

/**
 * Prints the command's errors: for people, the positioned form with its caret on standard error;
 * with --json, one JSON line per error on standard output, in order with the reports, so that a
 * program or an editor reads one stream:
 * {@code {"report": "error", "file": "x.nn", "line": 3, "col": 20, "length": 6, "message": ..., "hint": ...}}.
 * Errors that belong to no place in a file (a missing file, a wrong option) have no line and col.
 */
final class ErrorPrinter {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;

    ErrorPrinter(PrintStream out, PrintStream err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    /** Every diagnostic of a positioned error. */
    void error(NnError e) {
        if (!json) {
            err.println(nnlang.lang.Visible.of(DiagnosticRenderer.render(e)));
            return;
        }
        for (Diagnostic d : e.diagnostics()) {
            JsonObject o = start(d.source().name());
            if (d.span().line() >= 1) {
                o.addProperty("line", d.span().line());
                o.addProperty("col", d.span().column());
                o.addProperty("length", d.span().length());
            }
            o.addProperty("message", d.message());
            if (d.hint() != null) o.addProperty("hint", d.hint());
            print(o);
        }
    }

    /** An error about a whole file or the command line: {@code file: error: message}. */
    void error(String file, String message) {
        if (!json) {
            err.println(nnlang.lang.Visible.of(file + ": error: " + message));
            return;
        }
        JsonObject o = start(file);
        o.addProperty("message", message);
        print(o);
    }

    /** A line that is no error (the --check summary of a file): on standard error, also with --json. */
    void note(String line) { err.println(line); }

    private static JsonObject start(String file) {
        JsonObject o = new JsonObject();
        o.addProperty("report", "error");
        o.addProperty("file", file);
        return o;
    }

    private void print(JsonObject o) {
        out.println(o);
        out.flush();
    }
}
