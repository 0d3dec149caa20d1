package nnlang.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * nnlang beside the reference trainer (../shared/bench, compiled into a class folder), and on T3
 * beside NumPy and PyTorch when python3 has them; every measurement a fresh process, the peers
 * interleaved, since on shared machines only ratios measured
 * together are stable. Prints each JSON line as it comes, then a Markdown table of the ratios.
 *
 * <p>Run by {@code nn bench} ({@link BenchCommand}).
 */
final class BenchReport {
    private final List<String> self, ref;
    private final List<String[]> table = new ArrayList<>();
    private final boolean quick;

    private BenchReport(String refClasses, boolean quick) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        self = new ArrayList<>(List.of(java));
        self.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        self.addAll(List.of("-cp", System.getProperty("java.class.path"), Bench.class.getName()));
        ref = refClasses == null ? null : List.of(java, "-cp", refClasses, "bench.PlainJava");
        this.quick = quick;
    }

    /**
     * Measures and prints; {@code refClasses} is the compiled reference (null: nnlang alone),
     * {@code launcher} the command whose start-up is timed (null: not timed).
     */
    static void report(String refClasses, List<String> launcher, boolean quick) throws IOException, InterruptedException {
        BenchReport r = new BenchReport(refClasses, quick);
        r.t1();
        r.t2();
        r.t3();
        r.c1();
        r.s1();
        r.alloc();
        r.history();
        if (launcher != null) r.startup(launcher);
        r.print();
    }

    private void t1() throws IOException, InterruptedException {
        String[] warm = {"--warmup", "20", "--reps", quick ? "5" : "9"};
        double nn = run(self, "T1", warm).get("epochs_per_s").getAsDouble();
        if (ref == null) {
            row("T1 epochs/s", nn, Double.NaN, "");
            return;
        }
        double plain = run(ref, "T1").get("epochs_per_s").getAsDouble();
        double plainWarm = run(ref, "T1", warm).get("epochs_per_s").getAsDouble();
        double unrolled = run(ref, "T1", cat(warm, "--variant", "unrolled")).get("epochs_per_s").getAsDouble();
        row("T1 epochs/s (reference as shipped: 3 warm-ups)", nn, plain, "");
        row("T1 epochs/s (reference warmed like nnlang: 20 warm-ups)", nn, plainWarm,
                String.format(Locale.ROOT, "hand-unrolled 2-2-1: %.3g", unrolled));
    }

    private void t2() throws IOException, InterruptedException {
        String[] reps = quick ? new String[] {"--reps", "3"} : new String[0];
        double one = run(self, "T2", cat(reps, "--threads", "1")).get("trials_per_s").getAsDouble();
        double two = run(self, "T2", cat(reps, "--threads", "2")).get("trials_per_s").getAsDouble();
        double pair = pair(self, cat(reps, "T2", "--threads", "1"));
        // the trials one at a time, as before they ran in lanes (the same report)
        List<String> off = new ArrayList<>(self);
        off.add(1, "-Dnnlang.lanes=false");
        double offOne = run(off, "T2", cat(reps, "--threads", "1")).get("trials_per_s").getAsDouble();
        double offTwo = run(off, "T2", cat(reps, "--threads", "2")).get("trials_per_s").getAsDouble();
        if (ref != null) {
            double refOne = run(ref, "T2", reps).get("trials_per_s").getAsDouble();
            double refTwo = run(ref, "T2", cat(reps, "--threads", "2")).get("trials_per_s").getAsDouble();
            row("T2 trials/s, 1 thread", one, refOne, "");
            row("T2 trials/s, 2 threads", two, refTwo, "");
            row("T2 trials/s, 1 thread, lanes off", offOne, refOne, "");
            row("T2 trials/s, 2 threads, lanes off", offTwo, refTwo, "");
        } else {
            row("T2 trials/s, 1 / 2 threads, lanes off", offOne, offTwo, "peer column: 2 threads");
        }
        row("T2 2-thread speed-up vs two 1-thread processes", two / one, pair / one,
                String.format(Locale.ROOT, "two processes together: %.4g trials/s; the ratio is the share reached", pair));
    }

    private void t3() throws IOException, InterruptedException {
        String[] reps = quick ? new String[] {"--reps", "3"} : new String[0];
        double nn = run(self, "T3", reps).get("gflop_per_s").getAsDouble();
        List<String> scalar = new ArrayList<>(self);
        scalar.add(1, "-Dnnlang.scalar=true");
        double nnScalar = run(scalar, "T3", reps).get("gflop_per_s").getAsDouble();
        double plain = ref == null ? Double.NaN : run(ref, "T3", reps).get("gflop_per_s").getAsDouble();
        double best = ref == null ? Double.NaN
                : run(ref, "T3", cat(reps, "--variant", "blocked-exptanh")).get("gflop_per_s").getAsDouble();
        row("T3 GFLOP/s (Vector API kernels)", nn, plain,
                String.format(Locale.ROOT, "reference blocked + exp tanh: %.3g", best));
        row("T3 GFLOP/s (scalar kernels, no jdk.incubator.vector)", nnScalar, plain, "");
        python(nn, "numpy", reps);
        python(nn, "torch", reps);
    }

    /**
     * T3 in NumPy or PyTorch (float64, one thread: bench_t3.py beside this class), when python3
     * has the module; the ratio is nnlang's (vector kernels) to it. Without it a note says so.
     */
    private void python(double nn, String module, String[] reps) throws IOException, InterruptedException {
        String what = "T3 GFLOP/s beside " + (module.equals("torch") ? "PyTorch" : "NumPy") + " f64, 1 thread";
        String python = pythonWith(module);
        if (python == null) {
            table.add(new String[] {what, fmt(nn), "", "", "skipped: python3 with " + module + " is not here"});
            return;
        }
        Path script = Files.createTempFile("nn-bench-t3", ".py");
        try (var in = BenchReport.class.getResourceAsStream("bench_t3.py")) {
            Files.write(script, in.readAllBytes());
            List<String> cmd = List.of(python, script.toString());
            String[] args = reps.length > 0 ? new String[] {reps[1]} : new String[] {"5"};
            JsonObject line = run(cmd, module, args);
            table.add(new String[] {what, fmt(nn), "", "",
                String.format(Locale.ROOT, "%s: %.4g GFLOP/s, nnlang %.2fx", line.get("runtime").getAsString(),
                        line.get("gflop_per_s").getAsDouble(), nn / line.get("gflop_per_s").getAsDouble())});
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * The first python3 that has the module: the one on the PATH, else the system's (Debian's
     * python3-torch installs into /usr/bin/python3's packages, which a pyenv python3 does not see).
     */
    private static String pythonWith(String module) {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) return python;
            } catch (IOException e) {
                // not there: the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** What keeping the history costs a short and a long training (Bench history). */
    private void history() throws IOException, InterruptedException {
        JsonObject h = run(self, "history", quick ? new String[] {"--reps", "3"} : new String[0]);
        for (String epochs : List.of("200", "20000")) {
            row("10-2-1 on 1,024 rows, " + epochs + " epochs: time with history / without", h.get("cost_" + epochs)
                    .getAsDouble(), Double.NaN, String.format(Locale.ROOT, "%d points; %.4g vs %.4g us/epoch (target < 1.1)",
                    h.get("points_" + epochs).getAsInt(), h.get("us_per_epoch_" + epochs).getAsDouble(),
                    h.get("us_per_epoch_" + epochs + "_no_history").getAsDouble()));
        }
    }

    /** C1: the curve of issue 14 (3,000 trainings; 300 with --quick), on 2 threads; nnlang alone. */
    private void c1() throws IOException, InterruptedException {
        String trials = quick ? "20" : "200";
        JsonObject c = run(self, "C1", "--threads", "2", "--trials", trials);
        row("C1 curve trainings/s, 2 threads (5 K's x " + trials + " trials x 3 nets, parity(8))",
                c.get("trainings_per_s").getAsDouble(), Double.NaN, c.get("trainings").getAsInt()
                        + " trainings of ~300 parameters, up to 128 rows, 3000 epochs");
    }

    /** S1: T2's compare on Spark local[2] beside the same compare on 2 threads ({@link SparkBench}). */
    private void s1() throws IOException, InterruptedException {
        JsonObject s = run(self, "S1", "--threads", "2", "--reps", quick ? "1" : "3");
        if (s.has("skipped")) {
            row("S1 Spark local[2] overhead, s", Double.NaN, Double.NaN, s.get("skipped").getAsString());
            return;
        }
        row("S1 T2 compare on Spark local[2], s (same cores in-process: " + String.format(Locale.ROOT, "%.3g",
                s.get("in_process_s").getAsDouble()) + " s)", s.get("spark_s").getAsDouble(), Double.NaN,
                String.format(Locale.ROOT, "overhead %.3g s per compare; Spark's start %.3g s, first compare %.3g s; same report: %s",
                        s.get("overhead_s").getAsDouble(), s.get("spark_start_s").getAsDouble(),
                        s.get("spark_first_compare_s").getAsDouble(), s.get("same_report").getAsBoolean()));
    }

    private void alloc() throws IOException, InterruptedException {
        JsonObject a = run(self, "alloc");
        for (String task : List.of("T1", "T2", "T3")) {
            row(task + " bytes allocated per epoch", a.get(task + "_bytes_per_epoch").getAsDouble(), Double.NaN,
                    "per training (set-up): " + a.get(task + "_bytes_per_training").getAsLong() + " B");
        }
    }

    /** Wall time of the launcher on a one-line script: the median of 11 runs after one untimed run. */
    private void startup(List<String> launcher) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("nn-bench");
        Path script = Files.writeString(dir.resolve("hi.nn"), "print \"hi\"\n");
        double[] t = new double[11];
        for (int i = -1; i < t.length; i++) {
            long t0 = System.nanoTime();
            List<String> command = new ArrayList<>(launcher);
            command.add(script.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            if (i >= 0) t[i] = (System.nanoTime() - t0) * 1e-9;
        }
        Files.delete(script);
        Files.delete(dir);
        System.out.println(String.format(Locale.ROOT, "{\"peer\": \"nnlang\", \"task\": \"startup\", \"times_s\": %s}",
                Arrays.toString(t)));
        List<String> shown = new ArrayList<>();
        for (String word : launcher) shown.add(word.contains("/") ? Path.of(word).getFileName().toString() : word);
        row("start-up on print \"hi\", s (target < 0.4)", Bench.median(t), Double.NaN, String.join(" ", shown));
    }

    /** Runs a command and returns its last line as JSON, echoing it. */
    private static JsonObject run(List<String> cmd, String task, String... more) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(cmd);
        c.add(task);
        c.addAll(List.of(more));
        ProcessBuilder b = new ProcessBuilder(c).redirectError(ProcessBuilder.Redirect.DISCARD);
        // the Python peers' BLAS on one thread, as nnlang's T3
        for (String v : List.of("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS")) b.environment().put(v, "1");
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || out.isEmpty()) throw new IOException("failed: " + String.join(" ", c));
        String last = out.substring(out.lastIndexOf('\n') + 1);
        System.out.println(last);
        return JsonParser.parseString(last).getAsJsonObject();
    }

    /** Two copies of a command at once; their trials per second added. */
    private static double pair(List<String> cmd, String... args) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(cmd);
        c.addAll(List.of(args));
        Process a = new ProcessBuilder(c).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Process b = new ProcessBuilder(c).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double sum = 0;
        for (Process p : List.of(a, b)) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            System.out.println(out);
            sum += JsonParser.parseString(out).getAsJsonObject().get("trials_per_s").getAsDouble();
        }
        return sum;
    }

    private static String[] cat(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private void row(String what, double nn, double reference, String note) {
        String ratio = Double.isNaN(reference) ? "" : String.format(Locale.ROOT, "%.2fx", nn / reference);
        table.add(new String[] {what, fmt(nn), Double.isNaN(reference) ? "" : fmt(reference), ratio, note});
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.4g", v); }

    private void print() {
        System.out.println();
        System.out.println("| measure | nnlang | reference | ratio | note |");
        System.out.println("|---|---|---|---|---|");
        for (String[] r : table) System.out.println("| " + String.join(" | ", r) + " |");
    }
}
