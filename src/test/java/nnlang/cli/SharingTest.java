package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nnlang.cli.GoldenScriptsTest.Result;
import nnlang.lang.FormatterTest;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing as text: a net saved in one process and loaded in another gives byte-identical
 * reports; scripts may not write outside their folder; fmt keeps what a script does.
 */
class SharingTest {
    /** Files must lie below the working folder (the project), so the tests write here. */
    static final Path DIR = Path.of("target/sharing-test");

    @TempDir Path outside;

    @BeforeEach void clean() throws IOException {
        Files.createDirectories(DIR);
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.toList()) Files.delete(p);
        }
    }

    static final String TRAIN_XOR = """
            table xor = xor(2)
            net two = bits -> 3 tanh -> sigmoid
            train two on xor epochs 3000 lr 0.7 seed 5 optimizer adam
            save two to "target/sharing-test/two.nn"
            relations two on xor
            """;

    /** A symbolic, non-function table with outputs in first-appearance order, and a softmax net. */
    static final String TRAIN_PETS = """
            table pets { 1 -> woof | bark  0 -> meow  11 -> moo }
            net pet = onehot -> 4 relu -> softmax
            train pet on pets epochs 500 lr 0.3 seed 2
            table yn { 1 -> yes  0 -> no }
            net yes = bits -> sigmoid
            train yes on yn epochs 200 lr 1 seed 9
            net spare { input scalar  dense 3 leaky_relu  output sigmoid }
            save session to "target/sharing-test/all.nn"
            relations pet on pets
            relations yes on yn
            """;

    @Test void aNetSavedInOneProcessGivesTheSameBytesInAnother() throws Exception {
        String trained = java("--json", "-", TRAIN_XOR);
        String loaded = java("--json", "-", "load \"target/sharing-test/two.nn\"\nrelations two on xor\n");
        assertEquals(lastLine(trained), lastLine(loaded));
        assertTrue(lastLine(loaded).startsWith("{\"report\":\"relations\""), loaded);
    }

    @Test void aSavedSessionLoadsBackBitForBit() throws IOException {
        Result trained = Result.withInput(TRAIN_PETS, "--json", "-");
        assertEquals(0, trained.exit(), trained.err());
        Result loaded = Result.withInput("load \"target/sharing-test/all.nn\"\nrelations pet on pets\nrelations yes on yn\n"
                + "save session to \"target/sharing-test/again.nn\"\n", "--json", "-");
        assertEquals(0, loaded.exit(), loaded.err());
        List<String> before = trained.out().lines().toList();
        List<String> after = loaded.out().lines().toList();
        assertEquals(before.subList(before.size() - 2, before.size()), after.subList(0, 2));
        assertTrue(after.get(2).startsWith("{\"report\":\"wrote\",\"file\":\"target/sharing-test/again.nn\""), after.get(2));
        // saving what was loaded writes the same file again (the header counts the same tables and nets)
        assertEquals(Files.readString(DIR.resolve("all.nn")), Files.readString(DIR.resolve("again.nn")));
        assertTrue(Files.readString(DIR.resolve("all.nn")).contains("net spare = scalar -> 3 leaky_relu -> sigmoid"));
    }

    @Test void savedFilesAreCanonical() throws Exception {
        Result r = Result.withInput(TRAIN_XOR, "-");
        assertEquals(0, r.exit(), r.err());
        Path saved = DIR.resolve("two.nn");
        Result f = Result.run("fmt", saved.toString());
        assertEquals(Files.readString(saved), f.out());
    }

    @Test void aScriptThatWritesOutsideItsFolderIsRefusedAndWritesNothing() throws IOException {
        Path target = outside.resolve("x.nn");
        String script = "table t = and(2)\nsave session to \"" + target + "\"\n";
        Result r = Result.withInput(script, "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not the absolute path"), r.err());
        assertFalse(Files.exists(target));
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count(), "no temporary file either");
        }
        Result dots = Result.withInput("table t = and(2)\nsave session to \"target/../../escaped.nn\"\n", "-");
        assertEquals(2, dots.exit());
        assertTrue(dots.err().contains("climbs out with '..'"), dots.err());
        assertFalse(Files.exists(Path.of("../escaped.nn")));
        Result check = Result.withInput(script, "--check", "-");
        assertEquals(2, check.exit(), "--check refuses it too");
    }

    @Test void allowWriteOpensAFolder() {
        Path target = outside.resolve("x.nn");
        String script = "table t = and(2)\nsave session to \"" + target + "\"\nload \"" + target + "\"\ninfo t\n";
        Result r = Result.withInput(script, "--allow-write", outside.toString(), "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(target));
        assertTrue(r.out().contains("info t"));
        assertEquals(2, Result.withInput(script, "--allow-write", outside.resolve("nope").toString(), "-").exit());
    }

    @Test void aFailedSaveLeavesThePreviousFile() throws IOException {
        Path file = DIR.resolve("keep.nn");
        Files.writeString(file, "table keep = or(2)\n");
        Result r = Result.withInput("save nosuchnet to \"" + file + "\"\n", "-");
        assertEquals(2, r.exit());
        Files.createDirectories(DIR.resolve("folder.nn"));
        Result dir = Result.withInput("table t = or(2)\nsave session to \"" + DIR.resolve("folder.nn") + "\"\n", "-");
        assertEquals(2, dir.exit());
        assertTrue(dir.err().contains("nothing was written"), dir.err());
        assertEquals("table keep = or(2)\n", Files.readString(file));
        try (Stream<Path> s = Files.list(DIR)) {
            assertEquals(List.of("folder.nn", "keep.nn"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test void aLoadThatFailsChangesNothing() throws IOException {
        Files.writeString(DIR.resolve("half.nn"), "table t = or(2)\ntable u = nope(2)\n");
        Result r = Result.withInput("load \"" + DIR.resolve("half.nn") + "\"\n", "-");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("half.nn has an error; nothing of it was loaded"), r.err());
        assertTrue(r.err().contains("half.nn:2:11: error: unknown generator 'nope'"), r.err());
        // in the REPL the session goes on: t must not exist
        Result after = Result.withInput("load \"" + DIR.resolve("half.nn") + "\"\n", "--check", "-");
        assertEquals(2, after.exit());
    }

    @Test void aLoadOfALoadThatFailsSaysSoInOneLine() throws IOException {
        Path chain = DIR;
        Files.writeString(chain.resolve("chain_a.nn"), "load \"chain_b.nn\"\n");
        Files.writeString(chain.resolve("chain_b.nn"), "load \"chain_c.nn\"\n");
        Files.writeString(chain.resolve("chain_c.nn"), "table t = or(2)\nload \"chain_d.nn\"\n");
        Files.writeString(chain.resolve("chain_d.nn"), "table u = nope(2)\n");
        String expected = chain.resolve("chain_a.nn") + ":1:6: error: chain_b.nn has an error (in chain_d.nn, which it loads"
                + " through chain_c.nn); nothing of it was loaded\n  | load \"chain_b.nn\"\n  |      ^^^^^^^^^^^^\n"
                + chain.resolve("chain_d.nn") + ":1:11: error: unknown generator 'nope'";
        // resolving (--check, and before a run) and running say it alike: the line, then the deepest file's error
        for (String[] args : List.of(new String[] {"--check", chain.resolve("chain_a.nn").toString()},
                new String[] {chain.resolve("chain_a.nn").toString()})) {
            Result r = Result.run(args);
            assertEquals(2, r.exit());
            assertTrue(r.err().startsWith(expected), r.err());
            assertEquals(1, r.err().split("has an error", -1).length - 1, r.err());
        }
    }

    @Test void fmtWritesInPlaceAndLeavesBrokenFilesAlone() throws IOException {
        Path good = DIR.resolve("good.nn"), bad = DIR.resolve("bad.nn");
        Files.writeString(good, "table  t{ 0->1 }   # x\n");
        Files.writeString(bad, "table t { 0 -> }\n");
        Result r = Result.run("fmt", "--write", good.toString(), bad.toString());
        assertEquals(2, r.exit());
        assertEquals("table t { 0 -> 1 }  # x\n", Files.readString(good));
        assertEquals("table t { 0 -> }\n", Files.readString(bad));
        assertTrue(r.err().contains("bad.nn:1:16"), r.err());
    }

    /**
     * Formatting a script does not change what it prints: neither fmt of the file nor fmt of the
     * same tokens laid out anew (FormatterTest.relaidOut; the shipped scripts are canonical
     * already, so fmt of the file alone is mostly the same text). The scripts of the test
     * resources run as written and as formatted, with the same standard output and exit code.
     * The essay's scripts under scripts/ train for about 5 s each time (CI runs the essay itself,
     * see .ci/run), so for them the proof is what the interpreter is given: both formatted texts
     * parse to the same statements as the file, equal in every word, number (value and text),
     * option and expectation text, only the places (line and column) differing; and --check,
     * which runs every statement without training (and loads the essay's parts), answers the
     * same. The interpreter reads places only to point at errors, so equal statements print the
     * same; the test resources, whose places fmt moves too, show that on real runs.
     */
    /** --check of text as the script p, in a copy of p's folder (so that its loads find their files). */
    private Result checkInCopy(Path p, String text) throws IOException {
        Path copy = Files.createTempDirectory(outside, "copy");
        try (Stream<Path> all = Files.walk(p.getParent())) {
            for (Path f : all.toList()) {
                Path to = copy.resolve(p.getParent().relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Path script = Files.writeString(copy.resolve(p.getFileName().toString()), text);
        Result r = Result.run("--check", script.toString());
        return new Result(r.exit(), r.out(), r.err().replace(copy.toString(), "COPY"));
    }

    @TestFactory Stream<DynamicTest> formattingDoesNotChangeOutput() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (Path p : FormatterTest.shippedScripts()) {
            if (!FormatterTest.BROKEN.contains(p.getFileName().toString())) scripts.add(p);
        }
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            String text = Files.readString(p);
            Result fmt = Result.run("fmt", p.toString());
            assertEquals(0, fmt.exit(), fmt.err());
            Result relaid = Result.withInput(FormatterTest.relaidOut(text, p.toString().length()), "fmt", "-");
            assertEquals(0, relaid.exit(), relaid.err());
            if (p.startsWith("scripts")) {
                Object statements = withoutPlaces(Parsing.parse(new Source(p.toString(), text)));
                assertEquals(statements, withoutPlaces(Parsing.parse(new Source(p.toString(), fmt.out()))),
                        p + ": statements");
                assertEquals(statements, withoutPlaces(Parsing.parse(new Source(p.toString(), relaid.out()))),
                        p + " laid out anew: statements");
                // paths in a script are taken from its folder: each text is checked in a copy of it
                Result before = checkInCopy(p, text);
                assertEquals(0, before.exit(), before.err());
                assertEquals(before, checkInCopy(p, fmt.out()), p + ": --check");
                assertEquals(before, checkInCopy(p, relaid.out()), p + " laid out anew: --check");
            } else {
                Result before = Result.withInput(text, "-");
                for (Result f : List.of(fmt, relaid)) {
                    String what = p + (f == fmt ? "" : " laid out anew");
                    Result after = Result.withInput(f.out(), "-");
                    assertEquals(before.out(), after.out(), what + ": stdout");
                    assertEquals(before.exit(), after.exit(), what + ": exit code");
                }
            }
        }));
    }

    /** The syntax tree with every place (Span) replaced by Span.NONE: records are rebuilt, lists mapped. */
    static Object withoutPlaces(Object o) throws ReflectiveOperationException {
        if (o instanceof Span) return Span.NONE;
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object e : list) out.add(withoutPlaces(e));
            return out;
        }
        if (!(o instanceof Record r)) return o;
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = withoutPlaces(components[i].getAccessor().invoke(r));
            types[i] = components[i].getType();
        }
        return r.getClass().getDeclaredConstructor(types).newInstance(values);
    }

    private static String lastLine(String s) {
        List<String> lines = s.lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** Runs nn in a fresh JVM with the given arguments; the last argument is standard input. */
    private static String java(String... argsAndInput) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nnlang.cli.Main"));
        for (int i = 0; i < argsAndInput.length - 1; i++) cmd.add(argsAndInput[i]);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(argsAndInput[argsAndInput.length - 1].getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
