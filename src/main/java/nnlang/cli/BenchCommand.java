package nnlang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nn bench}: training speed beside the reference trainer (PlainJava.java of
 * ../shared/bench, compiled here with the JDK's compiler), with ratios; see docs/performance.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training speed beside the reference trainer and print the ratios.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Fewer repetitions (a rough look, not for the record).")
    boolean quick;

    @Option(names = "--reference", paramLabel = "DIR", description = "The folder of the reference trainer's sources "
            + "(default: $NN_BENCH_REF, else shared/bench beside the project).")
    Path reference;

    @Override public Integer call() throws Exception {
        Path source = referenceSources();
        Path classes = null;
        try {
            if (source == null) {
                System.err.println("nn: no reference trainer found (give --reference DIR or set NN_BENCH_REF); "
                        + "measuring nnlang alone");
            } else {
                classes = compile(source);
                if (classes == null) System.err.println("nn: no Java compiler here (a JDK is needed to compile the "
                        + "reference); measuring nnlang alone");
            }
            BenchReport.report(classes == null ? null : classes.toString(), launcher(), quick);
            return ScriptRunner.OK;
        } finally {
            if (classes != null) delete(classes);
        }
    }

    /** The reference's sources: --reference, $NN_BENCH_REF, or shared/bench beside the clone the jar was built in. */
    private Path referenceSources() {
        List<Path> candidates = new ArrayList<>();
        if (reference != null) candidates.add(reference);
        String env = System.getenv("NN_BENCH_REF");
        if (reference == null && env != null && !env.isEmpty()) candidates.add(Path.of(env));
        Path jar = ownJar();
        // target/nnlang-all.jar (or spark/target/nnlang-spark.jar) in a clone at project/main: the
        // reference is at project/shared/bench, beside one of the jar's folders
        if (candidates.isEmpty() && jar != null) {
            Path folder = jar.getParent();
            for (int up = 0; up < 3 && folder != null && folder.getParent() != null; up++, folder = folder.getParent()) {
                candidates.add(folder.resolveSibling("shared").resolve("bench"));
            }
        }
        for (Path p : candidates) if (Files.isRegularFile(p.resolve("PlainJava.java"))) return p;
        return null;
    }

    /** Compiles the reference into a temporary folder; null without a JDK's compiler. */
    private static Path compile(Path source) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) return null;
        Path out = Files.createTempDirectory("nn-bench-ref");
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString()));
        try (Stream<Path> files = Files.list(source)) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the reference in " + source + " does not compile");
        }
        return out;
    }

    /**
     * The command whose start-up is timed: the launcher that started us ($NN_LAUNCHER, set by
     * scripts/nn), else this jar run by this JVM.
     */
    private static List<String> launcher() {
        String env = System.getenv("NN_LAUNCHER");
        if (env != null && !env.isEmpty()) return List.of(env);
        Path jar = ownJar();
        if (jar == null) return null;
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
    }

    /** The jar this class was loaded from; null when it runs from class folders (the tests). */
    static Path ownJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void delete(Path folder) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
