package nnlang.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JShell examples under scripts/ run through the JDK's own jdk.jshell API, as
 * {@code scripts/nn jshell FILE} runs them: JShell's DEFAULT imports, then
 * scripts/nnlang-startup.jsh, then the file, snippet by snippet, each file in a fresh JShell.
 * No snippet may be rejected or throw, and each example must end by printing "NAME.jsh: ok".
 * The snippets are compiled as JShell compiles them, but run on a thread of this JVM (the
 * "local" execution engine) rather than in an agent JVM that JShell launches and drives over
 * JDI, which costs about 0.2 s a snippet.
 */
class JShellScriptsTest {
    static final Path SCRIPTS = Path.of("scripts");
    static final Path STARTUP = SCRIPTS.resolve("nnlang-startup.jsh");

    /** What JShell's DEFAULT start-up imports. */
    static final String DEFAULT_IMPORTS = """
            import java.io.*;
            import java.math.*;
            import java.net.*;
            import java.nio.file.*;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.function.*;
            import java.util.prefs.*;
            import java.util.regex.*;
            import java.util.stream.*;
            """;

    /** Lines an example must print besides its "ok" line. */
    static final Map<String, List<String>> EXPECTED = Map.of(
            "xor.jsh", List.of("relations of lines on xor", "accuracy 0/4 (4 ties)", "relations of two on xor",
                    "determined 8/8 relations", "hidden layers of two on xor"),
            "sweep.jsh", List.of("hidden nodes  solved  stuck seeds"));

    @TestFactory
    Stream<DynamicTest> examplesRunAndCheckThemselves() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SCRIPTS)) {
            files = s.filter(p -> p.toString().endsWith(".jsh") && !p.equals(STARTUP)).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .jsh examples in " + SCRIPTS.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            String out = runInJShell(Files.readString(f, StandardCharsets.UTF_8));
            assertTrue(out.contains(name + ": ok"), "no '" + name + ": ok' line in:\n" + out);
            for (String line : EXPECTED.getOrDefault(name, List.of())) assertTrue(out.contains(line), line + "\n" + out);
        }));
    }

    @Test void aThrowingSnippetFailsTheRun() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> runInJShell("var nn = Nn.session();\nnn.run(\"net two = bits -> 2 sigmod -> sigmoid\");\n"));
        assertTrue(e.getMessage().contains("did you mean 'sigmoid'?"), e.getMessage());
    }

    /** Runs the startup and then the script; returns what it printed, or fails at the first bad snippet. */
    static String runInJShell(String script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream stdout = System.out, stderr = System.err;
        // run locally, snippets print to this JVM's System.out and System.err: both come here
        System.setOut(out);
        System.setErr(out);
        try (JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            for (String entry : classPath()) shell.addToClasspath(entry);
            String startup;
            try {
                startup = Files.readString(STARTUP, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + STARTUP, e);
            }
            evalAll(shell, DEFAULT_IMPORTS + startup, bytes);
            evalAll(shell, script, bytes);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The test's class path: surefire's booter jar hides it in a property of its own. */
    static List<String> classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String e : path.split(File.pathSeparator)) if (!e.isBlank()) entries.add(e);
        return entries;
    }

    /** Splits the text into snippets the way JShell's tool does, and evaluates them in order. */
    static void evalAll(JShell shell, String text, ByteArrayOutputStream output) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = text;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete()) {
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) break;
                fail("unfinished snippet (" + info.completeness() + "):\n" + rest);
            }
            for (SnippetEvent event : shell.eval(info.source())) check(shell, event, output);
            rest = info.remaining();
        }
    }

    private static void check(JShell shell, SnippetEvent event, ByteArrayOutputStream output) {
        Snippet snippet = event.snippet();
        String printed = "\noutput so far:\n" + output.toString(StandardCharsets.UTF_8);
        if (event.status() == Snippet.Status.REJECTED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            String diags = shell.diagnostics(snippet).map(d -> d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            fail("snippet " + event.status() + ":\n" + snippet.source() + "\n" + diags + printed);
        }
        JShellException thrown = event.exception();
        if (thrown != null) {
            String type = thrown instanceof EvalException e ? e.getExceptionClassName() : thrown.getClass().getName();
            fail("snippet threw " + type + ": " + thrown.getMessage() + "\n" + snippet.source() + printed);
        }
    }
}
