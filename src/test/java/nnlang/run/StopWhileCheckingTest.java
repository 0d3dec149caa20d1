package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import org.junit.jupiter.api.Test;

/**
 * The time limit holds while a script is read and checked, not only while it runs: a stop asked
 * for while a large family is made, or while a long script is parsed, ends there with one error
 * at that statement. A budget of polls stands in for the clock.
 */
class StopWhileCheckingTest {
    @Test void aStopWhileAFamilyIsMadeIsOneErrorAtTheFamily() throws Exception {
        Interpreter in = new Interpreter(new Session(), Output.NONE);
        AtomicLong polls = new AtomicLong();
        // the first poll is before the statement; the next ones are between its instances
        in.setStopSignal(() -> polls.incrementAndGet() > 3);
        Source source = new Source("big.nn", "family t = tree(16) instances 60 seed 1\ninfo t\n");
        ScriptResolver.Resolved r = in.resolver().resolve(source, Parsing.parse(source));
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertEquals("big.nn:1:1: error: stopped here while checking the script (the time limit, or Ctrl-C); nothing ran",
                r.errors().get(0).headline());
        // one before the statement, three between instances (the third says stop), one after the error
        assertEquals(5, polls.get(), "it stopped after two instances, not after sixty");
    }

    @Test void aStopWhileALongScriptIsReadEndsTheReading() {
        Source source = new Source("long.nn", "print \"x\"\n".repeat(2000));
        AtomicLong polls = new AtomicLong();
        NnError e = assertThrows(NnError.class, () -> Parsing.parse(source, () -> polls.incrementAndGet() > 2));
        assertEquals(List.of("long.nn:768:1: error: stopped here while reading the script (the time limit, or Ctrl-C); nothing ran"),
                e.diagnostics().stream().map(d -> d.headline()).toList());
    }
}
