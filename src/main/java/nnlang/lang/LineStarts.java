package nnlang.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Where each line of a text begins, computed once per text and kept while the text lives (a
 * weak map: a source that is gone takes its entry with it). Lines end at \n, \r\n or \r.
 */
final class LineStarts {
    private static final Map<String, int[]> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private LineStarts() {}

    /**
     * The start of every line, then one past the end of the text (so line i, from 1, spans
     * starts[i - 1] to starts[i]); a text that ends with a line break has no empty line after it,
     * as {@link String#lines()} counts them.
     */
    static int[] of(String text) {
        int[] cached = CACHE.get(text);
        if (cached != null) return cached;
        List<Integer> starts = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            starts.add(i);
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
            // the line break: \r\n as one, else \r or \n
            if (i < n) i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        }
        int[] out = new int[starts.size() + 1];
        for (int k = 0; k < starts.size(); k++) out[k] = starts.get(k);
        out[starts.size()] = n;
        CACHE.put(text, out);
        return out;
    }
}
