package nnlang.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nnlang.lang.Diagnostic;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.run.FileAccess;
import nnlang.run.Interpreter;
import nnlang.run.Output;
import nnlang.run.ScriptResolver;
import nnlang.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short fuzz campaign over every script we ship: mutants go through parse, check and a short
 * run. Every failure must be a positioned diagnostic (NnError), never another exception, and
 * every run ends promptly: its trainings stop after about POLLS epochs in all. A long campaign:
 * -Dfuzz.count=20000.
 */
class FuzzTest {
    /** How often a mutant's trainings may poll the stop signal in each mode: about that many epochs in all. */
    static final long POLLS = 10_000;

    @TempDir Path dir;

    @Test void mutantsFailOnlyWithPositionedDiagnostics() throws IOException {
        List<String> seeds = seedScripts();
        int count = Integer.getInteger("fuzz.count", 400);
        ScriptMutator mutator = new ScriptMutator(Long.getLong("fuzz.seed", 20261127L));
        int errors = 0;
        for (int i = 0; i < count; i++) {
            String script = i % 5 == 4 ? mutator.random() : mutator.mutate(seeds.get(i % seeds.size()));
            if (runOne(script)) errors++;
        }
        System.out.println("fuzz: " + count + " scripts, " + errors + " answered with diagnostics");
        assertTrue(errors > count / 4, "most mutants should be wrong: the mutator is not mutating");
    }

    @Test void pathologicalTexts() {
        runOne("table t { " + "{".repeat(20_000) + " }");
        runOne("print \"" + "a".repeat(1_000_000) + "\"");
        runOne("table " + "x".repeat(1_000_000) + " = xor(2)");
        runOne("net n = bits" + " -> 2 tanh".repeat(5_000) + " -> sigmoid");
        runOne("table t { " + "0 -> 1 ".repeat(10) + "}".repeat(20_000));
    }

    /** Parses, checks and runs (stopping long trainings); true when the script was answered with diagnostics. */
    private boolean runOne(String script) {
        Source source = new Source("fuzz.nn", script);
        List<Statement> statements;
        try {
            statements = Parsing.parse(source);
        } catch (NnError e) {
            checkPositioned(e, script);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parse threw " + e + " on:\n" + script, e);
        }
        boolean answered = false;
        // the whole script resolved (as --check does), then statement by statement resolved and run,
        // going on after errors, so that the executor meets what the later statements ask of it
        Interpreter in = new Interpreter(new Session(), Output.NONE);
        in.setFileAccess(new FileAccess(dir, List.of()));
        // trainings poll the stop signal once an epoch (compare also between trials): a budget of
        // polls rather than a deadline, so where they stop, and what runs after, is the same on every machine
        AtomicLong polls = new AtomicLong();
        in.setStopSignal(() -> polls.incrementAndGet() > POLLS);
        in.setThreads(1);
        try {
            ScriptResolver.Resolved whole = in.resolver().resolve(source, statements);
            if (!whole.ok()) {
                checkPositioned(new NnError(whole.errors()), script);
                answered = true;
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("resolving threw " + e + " on:\n" + script, e);
        }
        for (Statement s : statements) {
            try {
                in.runAll(source, List.of(s));
            } catch (NnError e) {
                checkPositioned(e, script);
                answered = true;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError("running threw " + e + " on:\n" + script, e);
            }
        }
        return answered;
    }

    private static void checkPositioned(NnError e, String script) {
        for (Diagnostic d : e.diagnostics()) {
            if (d.span().line() < 1 || d.span().column() < 1 || d.message().isBlank()) {
                fail("diagnostic without a position: " + DiagnosticRenderer.render(e) + "\non:\n" + script);
            }
            String text = DiagnosticRenderer.render(d);
            if (text.contains("Exception") || text.contains("java.")) fail("Java text in a message: " + text);
        }
    }

    private static List<String> seedScripts() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String folder : List.of("scripts", "scripts/essay", "src/test/resources/golden")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".nn")).sorted().toList()) seeds.add(Files.readString(p));
            }
        }
        return seeds;
    }
}
