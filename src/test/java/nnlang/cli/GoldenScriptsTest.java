package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden scripts (jlox's habit): each .nn file under src/test/resources/golden carries its own
 * expected outcome in comments. {@code #> line} is a line of standard output, {@code #! line} a
 * line of standard error, {@code #= N} the exit code (0 when absent). The whole of both streams
 * must match, so a change in any report shows up as a diff here.
 */
class GoldenScriptsTest {
    static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> goldenScripts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        List<String> expectedOut = new ArrayList<>(), expectedErr = new ArrayList<>();
        int expectedExit = 0;
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.startsWith("#>")) expectedOut.add(t.length() > 3 ? t.substring(3) : "");
            else if (t.startsWith("#!")) expectedErr.add(t.length() > 3 ? t.substring(3) : "");
            else if (t.startsWith("#=")) expectedExit = Integer.parseInt(t.substring(2).strip());
        }
        Result r = Result.run(file.toString());
        String name = file.getFileName().toString();
        if (System.getProperty("golden.bless") != null) {
            bless(file, r);
            return;
        }
        assertEquals(String.join("\n", expectedErr), strip(r.err.replace(file.toString(), name)), name + ": stderr");
        assertEquals(String.join("\n", expectedOut), strip(r.out), name + ": stdout");
        assertEquals(expectedExit, r.exit, name + ": exit code");
    }

    /** Rewrites the expectations of a file from an actual run (-Dgolden.bless); read the diff before committing. */
    private static void bless(Path file, Result r) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (!t.startsWith("#>") && !t.startsWith("#!") && !t.startsWith("#=")) kept.add(line);
        }
        String name = file.getFileName().toString();
        String out = strip(r.out), err = strip(r.err.replace(file.toString(), name));
        if (!out.isEmpty()) for (String l : out.split("\n")) kept.add(l.isEmpty() ? "#>" : "#> " + l);
        if (!err.isEmpty()) for (String l : err.split("\n")) kept.add(l.isEmpty() ? "#!" : "#! " + l);
        if (r.exit != 0) kept.add("#= " + r.exit);
        Files.write(file, kept);
    }

    /** Trailing blanks of each line and of the whole text do not count (comments cannot hold them). */
    static String strip(String s) {
        List<String> lines = new ArrayList<>();
        for (String l : s.split("\n", -1)) lines.add(l.stripTrailing());
        return String.join("\n", lines).strip();
    }

    /** One run of the nn command with captured streams. */
    record Result(int exit, String out, String err) {
        static Result run(String... args) { return withInput("", args); }

        static Result withInput(String stdin, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
