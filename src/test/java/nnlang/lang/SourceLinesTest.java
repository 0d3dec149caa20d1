package nnlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Source.line agrees with String.lines() on every text of a, \r and \n (a property test). */
class SourceLinesTest {
    @Test void linesAgreeWithStringLines() {
        Random random = new Random(11);
        char[] alphabet = {'a', 'b', '\r', '\n'};
        for (int trial = 0; trial < 5000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) text.append(alphabet[random.nextInt(alphabet.length)]);
            Source source = new Source("t.nn", text.toString());
            List<String> lines = text.toString().lines().toList();
            String shown = text.toString().replace("\r", "\\r").replace("\n", "\\n");
            for (int n = 0; n <= lines.size() + 1; n++) {
                String expected = n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
                assertEquals(expected, source.line(n), "line " + n + " of \"" + shown + "\"");
            }
        }
    }
}
