package nnlang.cli;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.ServiceLoader;
import nnlang.data.CodingException;
import nnlang.experiment.CompareConfig;
import nnlang.experiment.Experiment;
import nnlang.experiment.TrialRunnerProvider;
import nnlang.model.Activation;
import nnlang.model.LayerSpec;
import nnlang.model.Net;
import nnlang.report.CompareReport;
import nnlang.report.TextRenderer;

/**
 * S1: what running trials as Spark tasks costs. T2's compare (3-8-1 and 3-2-3-1 on parity(3),
 * 200 trials of 3,000 epochs) on N threads of this JVM, then on Spark local[N] (the same N
 * cores): Spark's start, and per compare the time beside the in-process one; the two reports
 * must be the same text. Needs the spark module on the class path (scripts/nn
 * bench); without it the line says so.
 */
final class SparkBench {
    private SparkBench() {}

    static void s1(int reps, int threads) throws CodingException {
        TrialRunnerProvider spark = null;
        for (TrialRunnerProvider p : ServiceLoader.load(TrialRunnerProvider.class)) if (p.name().equals("spark")) spark = p;
        JsonObject line = new JsonObject();
        if (spark == null) {
            line.addProperty("peer", "nnlang");
            line.addProperty("task", "S1");
            line.addProperty("skipped", "no spark module on the class path: scripts/nn bench measures it");
            System.out.println(line);
            return;
        }
        List<Net> nets = List.of(Bench.build("wide", Bench.PARITY3, Bench.spec(new LayerSpec(8, Activation.SIGMOID))),
                Bench.build("deep", Bench.PARITY3, Bench.spec(new LayerSpec(2, Activation.SIGMOID),
                        new LayerSpec(3, Activation.SIGMOID))));
        CompareConfig cfg = new CompareConfig(Bench.PARITY3.rows().size(), Bench.T2_TRIALS, Bench.config(Bench.T2_EPOCHS, 1));
        CompareReport[] local = new CompareReport[1], onSpark = new CompareReport[1];
        double[] inProcess = Bench.time(1, reps, rep -> local[0] = Experiment.compare(nets, Bench.PARITY3, cfg, threads, null));
        long t0 = System.nanoTime();
        double[] sparkTimes, first = new double[1];
        try (TrialRunnerProvider.ClusterRunner runner = spark.open("local[" + threads + "]")) {
            double start = (System.nanoTime() - t0) / 1e9;
            // the first compare on a fresh context: Spark loads and compiles its task code then
            long t1 = System.nanoTime();
            Experiment.compare(nets, Bench.PARITY3, cfg, runner, null);
            first[0] = (System.nanoTime() - t1) / 1e9;
            sparkTimes = Bench.time(0, reps, rep -> onSpark[0] = Experiment.compare(nets, Bench.PARITY3, cfg, runner, null));
            line = Bench.line("S1", threads, sparkTimes);
            line.addProperty("spark_start_s", start);
            line.addProperty("spark_first_compare_s", first[0]);
        }
        double a = Bench.median(inProcess), b = Bench.median(sparkTimes);
        line.addProperty("in_process_s", a);
        line.addProperty("spark_s", b);
        line.addProperty("overhead_s", b - a);
        line.addProperty("same_report", TextRenderer.render(local[0].withoutTime()).equals(
                TextRenderer.render(onSpark[0].withoutTime())));
        System.out.println(line);
    }
}
