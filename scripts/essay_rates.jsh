// Rates of 0/1 outcomes in the essay's E2 and E3, with Wilson 95% intervals (a Student t interval
// on a 0/1 outcome, as compare's held-out column gives when one row is held out, is the Wald
// interval and can leave 0..1). The same compares as scripts/essay/e2_features.nn and
// e3_hidden_layer.nn, read trial by trial.
import nnlang.stats.*;
var nn = Nn.session();
String rate(long k, long n) {
    var w = Wilson.interval95(k, n);
    return String.format(Locale.ROOT, "%d of %d, %.3f (Wilson 95%% CI %.3f to %.3f)", k, n, (double) k / n, w.lo(), w.hi());
}
nn.run("table or2 = or(2)");
nn.run("net lines { input bits  output sigmoid }");
var e2 = nn.run("compare lines on or2 { rows 3  trials 40  epochs 3000  lr 1 }").first(CompareReport.class);
long right = e2.trials().stream().filter(t -> t.outcomes().get(0).heldoutAccuracy() == 1).count();
var byRow = new TreeMap<String, int[]>();
for (var t : e2.trials()) {
    String out = List.of("00", "01", "10", "11").stream().filter(x -> !t.rows().contains(x)).findFirst().get();
    int[] c = byRow.computeIfAbsent(out, k -> new int[2]);
    c[0]++;
    if (t.outcomes().get(0).heldoutAccuracy() == 1) c[1]++;
}
System.out.println("E2, lines on or2 trained on 3 of 4 rows: held-out row right in " + rate(right, e2.trials().size()));
byRow.forEach((x, c) -> System.out.println("  held out " + x + ": right in " + c[1] + " of " + c[0]));
if (right != 9) throw new AssertionError("E2 count changed: " + right);

nn.run("table xor = xor(2)");
nn.run("net two { input bits  dense 2 sigmoid  output sigmoid }");
var e3 = nn.run("compare two on xor { trials 50  epochs 5000  lr 1 }").first(CompareReport.class);
long fit = e3.trials().stream().filter(t -> t.outcomes().get(0).fit()).count();
var stuck = new TreeMap<Integer, Integer>();
for (var t : e3.trials()) if (!t.outcomes().get(0).fit()) stuck.merge((int) Math.round(4 * t.outcomes().get(0).accuracy()), 1, Integer::sum);
System.out.println("E3, two on xor, 50 seeds: fit in " + rate(fit, 50));
stuck.forEach((k, n) -> System.out.println("  stopped with " + k + " of 4 rows right: " + n + " seeds"));
if (fit != 36 || stuck.getOrDefault(2, 0) != 11 || stuck.getOrDefault(3, 0) != 3) throw new AssertionError("E3 counts changed: " + fit + " " + stuck);
System.out.println("essay_rates.jsh: ok");
