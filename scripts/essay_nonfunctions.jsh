// Claim (untested before): non-functions beyond XOR's inverse. The inverses of xor(2), and(2),
// or(2), parity(3) and majority(3), and two random one-to-many relations (3 bits to 2 bits,
// drawn once with Python's random.seed(1), written out below). Two nets with the same hidden
// layer, bits -> 8 tanh -> ...: sigmoid outputs (one independent node per output bit) against a
// softmax over the output states; 20 seeds, 3000 epochs, lr 0.5. Measure: CE - floor on all
// rows, in bits (what training could still remove), per seed, with its 95% interval.
// Contrast stated before running: does softmax reach the floor (CE - floor < 0.01) where sigmoid
// bits do not? Sigmoid bits can only express a product of per-bit probabilities, so they can
// reach the floor only on rows whose target set S(x) is a product of per-bit sets.
import nnlang.stats.*;
var nn = Nn.session();
nn.run("table x2 = xor(2)  table a2 = and(2)  table o2 = or(2)  table p3 = parity(3)  table m3 = majority(3)");
nn.run("table xor_back = inverse x2  table and_back = inverse a2  table or_back = inverse o2  table parity_back = inverse p3  table majority_back = inverse m3");
nn.run("table random1 { 000 -> 00  001 -> 00 | 01  010 -> 10 | 11  011 -> 00 | 01  100 -> 00 | 01  101 -> 00 | 10  110 -> 10 | 11  111 -> 00 }");
nn.run("table random2 { 000 -> 00 | 11  001 -> 00  010 -> 01 | 11  011 -> 00 | 10 | 11  100 -> 10 | 11  101 -> 10  110 -> 01  111 -> 00 | 10 }");
nn.run("net sig = bits -> 8 tanh -> sigmoid");
nn.run("net soft = bits -> 8 tanh -> softmax");
String[] tables = {"xor_back", "and_back", "or_back", "parity_back", "majority_back", "random1", "random2"};
int seeds = 20;
System.out.println("Non-functions: CE - floor on all rows (bits), mean over " + seeds + " seeds with its 95% interval; at floor: seeds with CE - floor < 0.01 (Wilson 95% CI)");
System.out.println("  table          floor   sigmoid bits                      softmax                           softmax minus sigmoid");
var gaps = new LinkedHashMap<String, double[][]>();
for (String t : tables) {
    double[][] g = new double[2][seeds];
    String[] nets = {"sig", "soft"};
    for (int n = 0; n < 2; n++)
        for (int s = 0; s < seeds; s++) {
            nn.train(nets[n]).on(t).epochs(3000).lr(0.5).seed(s + 1).run();
            var r = nn.relations(nets[n], t);
            g[n][s] = r.crossEntropy() - r.floor();
        }
    gaps.put(t, g);
    double floor = nn.relations("sig", t).floor();
    var line = new StringBuilder(String.format(Locale.ROOT, "  %-13s  %.3f", t, floor));
    for (int n = 0; n < 2; n++) {
        var e = Estimate.student(g[n]);
        long at = Arrays.stream(g[n]).filter(v -> v < 0.01).count();
        var w = Wilson.interval95(at, seeds);
        line.append(String.format(Locale.ROOT, "   %.4f [%.4f, %.4f] %2d/%d [%.2f, %.2f]", e.mean(), e.ci95().lo(), e.ci95().hi(), at, seeds, w.lo(), w.hi()));
    }
    double[] d = new double[seeds];
    for (int s = 0; s < seeds; s++) d[s] = g[1][s] - g[0][s];
    var e = Estimate.student(d);
    line.append(String.format(Locale.ROOT, "   %+.4f [%+.4f, %+.4f]", e.mean(), e.ci95().lo(), e.ci95().hi()));
    System.out.println(line);
}
// checks: softmax at the floor on every table in every seed; sigmoid bits above it on xor_back
for (String t : tables) for (double v : gaps.get(t)[1]) if (v >= 0.01) throw new AssertionError("softmax above the floor on " + t + ": " + v);
for (double v : gaps.get("xor_back")[0]) if (v < 0.5) throw new AssertionError("sigmoid bits near the floor on xor_back: " + v);
System.out.println("essay_nonfunctions.jsh: ok");
