package nnlang.serve;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Small helpers for the JSON the page reads: one object per call, numbers that are not finite as null. */
final class Json {
    private Json() {}

    interface Body {
        void write(JsonWriter w) throws IOException;
    }

    /** One JSON object, its fields written by {@code body}. */
    static String object(Body body) {
        StringWriter s = new StringWriter();
        try (JsonWriter w = new JsonWriter(s)) {
            w.setSerializeNulls(true);
            w.beginObject();
            body.write(w);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    /** A number, or null when it is NaN or infinite (JSON has neither). */
    static void number(JsonWriter w, double v) throws IOException {
        if (Double.isFinite(v)) w.value(v);
        else w.nullValue();
    }

    /** A number kept to 4 decimals: pictures need no more, and a frame stays small. */
    static void short4(JsonWriter w, double v) throws IOException {
        if (Double.isFinite(v)) w.value(Math.round(v * 1e4) / 1e4);
        else w.nullValue();
    }

    static void numbers(JsonWriter w, double[] vs) throws IOException {
        w.beginArray();
        for (double v : vs) number(w, v);
        w.endArray();
    }
}
