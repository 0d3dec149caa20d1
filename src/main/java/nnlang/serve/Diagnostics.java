package nnlang.serve;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import nnlang.lang.Diagnostic;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;

/** Diagnostics as the page shows them: the terminal's positioned text, and where to mark them in the editor. */
final class Diagnostics {
    private Diagnostics() {}

    static String json(NnError e) {
        return Json.object(w -> {
            w.name("text").value(DiagnosticRenderer.render(e));
            w.name("errors").beginArray();
            for (Diagnostic d : e.diagnostics()) write(w, d);
            w.endArray();
        });
    }

    private static void write(JsonWriter w, Diagnostic d) throws IOException {
        w.beginObject();
        w.name("source").value(d.source().name());
        w.name("line").value(d.span().line());
        w.name("column").value(d.span().column());
        w.name("length").value(d.span().length());
        w.name("message").value(d.message());
        w.name("text").value(DiagnosticRenderer.render(d));
        w.endObject();
    }
}
