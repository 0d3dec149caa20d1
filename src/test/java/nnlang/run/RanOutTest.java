package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A thread limit is not called "out of memory" (the JVM reports both as OutOfMemoryError). */
class RanOutTest {
    @Test void namesWhatRanOut() {
        assertEquals("out of memory", RanOut.describe(new OutOfMemoryError("Java heap space")));
        assertEquals("out of memory", RanOut.describe(new OutOfMemoryError()));
        // the JDK 17 message when pthread_create fails
        assertEquals("no new thread could be started (the system's limit on threads or processes is reached;"
                + " --threads 1 needs none)", RanOut.describe(new OutOfMemoryError(
                "unable to create native thread: possibly out of memory or process/resource limits reached")));
        assertEquals("the input nests too deeply", RanOut.describe(new StackOverflowError()));
    }
}
