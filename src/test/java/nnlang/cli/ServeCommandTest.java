package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** nn serve refuses what it cannot serve before it listens, with one clear line and exit code 2. */
class ServeCommandTest {
    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test void aPortOutOfRange() {
        assertEquals(java.util.List.of("2", "", "nn serve: --port takes 0 to 65535, not 70000\n"),
                java.util.List.of(run("serve", "--port", "70000")));
    }

    @Test void aTimeoutThatIsNoTime() {
        for (String bad : new String[] {"0", "-1", "NaN"}) {
            assertEquals(java.util.List.of("2", "", "nn serve: --timeout takes a number of seconds above 0\n"),
                    java.util.List.of(run("serve", "--port", "0", "--timeout", bad)), bad);
        }
    }

    @Test void aScriptThatIsNotThere() {
        String[] r = run("serve", "--port", "0", "no-such-script.nn");
        assertEquals("2", r[0]);
        assertEquals("no-such-script.nn: error: no such file\n", r[2]);
    }
}
