// E7(B): the regime where "deep beats shallow" can hold. 8 input bits; families of random
// instances: trees of AND-like gates, trees with all gates (xor too), chains with all gates, a
// shared root y = G(a(x1..x4), a(x5..x8)) with the same random gate tree a on both halves, and the
// controls random functions, linear thresholds and parity(8). Three nets per parameter budget:
// shallow 8-W-1, dense deep 8-a-b-1 and a tree-shaped net (`groups`: each first-layer node sees
// two neighbouring bits, each second-layer node one half), tanh hidden layers, sigmoid output,
// Adam, 1000 epochs, K = 8, 16, 32, 64, 128 of the 256 rows.
// Budgets (parameters): small tree 21, shallow 8-2-1 21, dense 8-2-2-1 27; medium tree 49,
// shallow 8-5-1 51, dense 8-4-2-1 49; large tree 129, shallow 8-13-1 131, dense 8-8-6-1 133.
//
// CONTRASTS, stated before the run (docs/essay.md, E7(B)): per family and budget, the area under
// the held-out accuracy curve over K = 8..128 (trapezoids / span, as `curve`), (1) tree-shaped
// minus shallow and (2) dense deep minus shallow; intervals and p from a cluster bootstrap over
// the instances (2000 resamples, nnlang.stats.ClusterBootstrap; Student t over trials for the
// single table parity(8)); Holm over all family x budget x pair contrasts; verdict better/worse
// when the 95% interval excludes 0, no difference when the 90% interval lies within +-0.02
// (TOST), else inconclusive. Beside it, the same area over the (instance, trial) pairs where both
// nets fit their training rows at every K.
//
// Learning rates: chosen per net on separate tuning instances (E7B_TUNE=1: tree(8) gates all and
// threshold(8), 3 instances each, seed 777, at K = 32 and 128, lr in 0.003 0.01 0.03 0.1, the best
// mean held-out accuracy); the chosen values are written below and were not changed afterwards.
//
// Size: E7B_INSTANCES instances per family (default 2), E7B_TRIALS trials (default 1),
// E7B_BUDGETS (default medium). parity8 is one table: it gets max(trials, instances) trials. The
// run in docs/essay.md:
//   E7B_INSTANCES=20 E7B_TRIALS=3 E7B_BUDGETS=small,medium,large E7B_THREADS=1 scripts/nn jshell scripts/essay_e7b.jsh
import nnlang.stats.*;
var env = System.getenv();
int instances = Integer.parseInt(env.getOrDefault("E7B_INSTANCES", "2"));
int trials = Integer.parseInt(env.getOrDefault("E7B_TRIALS", "1"));
var budgetNames = List.of(env.getOrDefault("E7B_BUDGETS", "medium").split(","));
boolean tune = env.getOrDefault("E7B_TUNE", "0").equals("1");
int threads = Integer.parseInt(env.getOrDefault("E7B_THREADS", "0"));
var nn = Nn.session();
if (threads > 0) nn.threads(threads);
String[][] budgetNets = {
    {"small", "tree_s = bits 8 -> 4 tanh groups 4 -> 2 tanh groups 2 -> sigmoid", "shallow_s = bits 8 -> 2 tanh -> sigmoid", "deep_s = bits 8 -> 2 tanh -> 2 tanh -> sigmoid"},
    {"medium", "tree_m = bits 8 -> 8 tanh groups 4 -> 4 tanh groups 2 -> sigmoid", "shallow_m = bits 8 -> 5 tanh -> sigmoid", "deep_m = bits 8 -> 4 tanh -> 2 tanh -> sigmoid"},
    {"large", "tree_l = bits 8 -> 16 tanh groups 4 -> 8 tanh groups 2 -> sigmoid", "shallow_l = bits 8 -> 13 tanh -> sigmoid", "deep_l = bits 8 -> 8 tanh -> 6 tanh -> sigmoid"}};
for (var b : budgetNets) for (int i = 1; i < 4; i++) nn.run("net " + b[i]);
String name(String def) { return def.substring(0, def.indexOf(' ')); }
// the learning rates chosen by the tuning run (E7B_TUNE=1), per net
var lr = new HashMap<String, String>(Map.of(
    "tree_s", "0.1", "shallow_s", "0.01", "deep_s", "0.01",
    "tree_m", "0.1", "shallow_m", "0.03", "deep_m", "0.03",
    "tree_l", "0.003", "shallow_l", "0.003", "deep_l", "0.01"));
String rowsK = "8 16 32 64 128";
double[] ks = {8, 16, 32, 64, 128};

if (tune) {
    nn.run("family tune_t = tree(8) gates all instances 3 seed 777  family tune_h = threshold(8) instances 3 seed 777");
    for (var b : budgetNets) for (int i = 1; i < 4; i++) {
        String net = name(b[i]);
        var line = new StringBuilder("tune " + net + ":");
        double best = -1; String bestLr = "";
        for (String l : new String[] {"0.003", "0.01", "0.03", "0.1"}) {
            double sum = 0;
            for (String f : new String[] {"tune_t", "tune_h"}) {
                var c = nn.run("curve " + net + " on " + f + " { rows 32 128  trials 1  epochs 1000  lr " + l + "  optimizer adam }").first(CurveReport.class);
                sum += c.point(net, 32).heldoutAccuracy().mean() + c.point(net, 128).heldoutAccuracy().mean();
            }
            line.append(String.format(Locale.ROOT, "  lr %s %.4f", l, sum / 4));
            if (sum > best) { best = sum; bestLr = l; }
        }
        System.out.println(line + "  -> " + bestLr);
    }
}

// the shared-root instances: a = g3(g1(u1, u2), g2(u3, u4)), y = G(a(x1..x4), a(x5..x8))
String[] gates = {"(A and B)", "(A or B)", "(A nand B)", "(A nor B)", "(A and not B)", "(not A and B)", "(A or not B)", "(not A or B)", "(A xor B)", "(A xnor B)"};
String gate(String g, String a, String b) { return g.replace("A", "@1").replace("B", "@2").replace("@1", a).replace("@2", b); }
var srnd = new SplittableRandom(20261202L);
var shared = new ArrayList<String>();
while (shared.size() < instances) {
    String g1 = gates[srnd.nextInt(10)], g2 = gates[srnd.nextInt(10)], g3 = gates[srnd.nextInt(10)], gg = gates[srnd.nextInt(10)];
    String left = gate(g3, gate(g1, "x1", "x2"), gate(g2, "x3", "x4")), right = gate(g3, gate(g1, "x5", "x6"), gate(g2, "x7", "x8"));
    String t = "shared" + shared.size();
    nn.run("table " + t + "(x1, x2, x3, x4, x5, x6, x7, x8) = " + gate(gg, left, right));
    long ones = nn.table(t).rows().stream().filter(r -> r.targets().get(0).equals("1")).count();
    if (ones == 0 || ones == 256) continue;   // a constant relation teaches nothing; draw again
    shared.add(t);
}
nn.run("family trees = tree(8) instances " + instances + " seed 1");
nn.run("family trees_all = tree(8) gates all instances " + instances + " seed 1");
nn.run("family chains_all = chain(8) gates all instances " + instances + " seed 1");
nn.run("family randoms = random(8) instances " + instances + " seed 1");
nn.run("family thresholds = threshold(8) instances " + instances + " seed 1");
nn.run("table parity8 = parity(8)");
var families = new LinkedHashMap<String, List<String>>();   // name -> what to run the curve on
families.put("trees", List.of("trees"));
families.put("trees_all", List.of("trees_all"));
families.put("chains_all", List.of("chains_all"));
families.put("shared_root", shared);
families.put("randoms", List.of("randoms"));
families.put("thresholds", List.of("thresholds"));
families.put("parity8", List.of("parity8"));

double area(double[] acc) {
    double a = 0;
    for (int k = 0; k + 1 < acc.length; k++) a += (acc[k] + acc[k + 1]) / 2 * (ks[k + 1] - ks[k]);
    return a / (ks[ks.length - 1] - ks[0]);
}
record Contrast(String family, String budget, String pair, Estimate all, Estimate bothFit, int bothFitCells, double[] meanCurves) {}
var contrasts = new ArrayList<Contrast>();
long t0 = System.nanoTime();
int trainings = 0;
for (var b : budgetNets) {
    if (!budgetNames.contains(b[0])) continue;
    String tree = name(b[1]), shallow = name(b[2]), deep = name(b[3]);
    for (var fe : families.entrySet()) {
        boolean single = fe.getKey().equals("parity8");
        int tr = single ? Math.max(trials, instances) : trials;
        // per net, per (instance, trial): the held-out accuracy at each K and whether it fit at every K
        var acc = new LinkedHashMap<String, double[][]>();
        var fitAll = new LinkedHashMap<String, boolean[]>();
        var keys = new ArrayList<String>();
        for (String target : fe.getValue()) {
            // one curve per net, each at its own learning rate (the rows and seeds are the same)
            for (String net : new String[] {tree, shallow, deep}) {
                var c = nn.run("curve " + net + " on " + target + " { rows " + rowsK + "  trials " + tr + "  epochs 1000  lr " + lr.get(net) + "  optimizer adam }").first(CurveReport.class);
                for (var cell : c.trials()) {
                    String key = cell.instance() + "#" + cell.result().index();
                    if (!keys.contains(key)) keys.add(key);
                    int k = Arrays.binarySearch(ks, cell.rows());
                    acc.computeIfAbsent(net + "|" + key, x -> new double[][] {new double[ks.length]})[0][k] = cell.result().outcomes().get(0).heldoutAccuracy();
                    var f = fitAll.computeIfAbsent(net + "|" + key, x -> new boolean[] {true});
                    if (!cell.result().outcomes().get(0).fit()) f[0] = false;
                    trainings++;
                }
            }
        }
        // group the keys by instance for the cluster bootstrap
        var byInstance = new LinkedHashMap<String, List<String>>();
        for (String key : keys) byInstance.computeIfAbsent(single ? key : key.substring(0, key.indexOf('#')), x -> new ArrayList<>()).add(key);
        for (String other : new String[] {tree, deep}) {
            double[][] grid = new double[byInstance.size()][];
            var both = new ArrayList<double[]>();
            int gi = 0, bothCells = 0;
            double[] meanCurve = new double[3 * ks.length];
            for (var inst : byInstance.values()) {
                grid[gi] = new double[inst.size()];
                var bf = new ArrayList<Double>();
                for (int j = 0; j < inst.size(); j++) {
                    String key = inst.get(j);
                    double[] ao = acc.get(other + "|" + key)[0], as = acc.get(shallow + "|" + key)[0], ad = acc.get(deep + "|" + key)[0], at = acc.get(tree + "|" + key)[0];
                    grid[gi][j] = area(ao) - area(as);
                    for (int k = 0; k < ks.length; k++) { meanCurve[k] += as[k]; meanCurve[ks.length + k] += ad[k]; meanCurve[2 * ks.length + k] += at[k]; }
                    if (fitAll.get(other + "|" + key)[0] && fitAll.get(shallow + "|" + key)[0]) { bf.add(grid[gi][j]); bothCells++; }
                }
                both.add(bf.stream().mapToDouble(Double::doubleValue).toArray());
                gi++;
            }
            for (int k = 0; k < meanCurve.length; k++) meanCurve[k] /= keys.size();
            Estimate all = single ? Estimate.student(grid[0].length == 1 ? Arrays.stream(grid).mapToDouble(g -> g[0]).toArray() : grid[0]) : ClusterBootstrap.of(grid);
            var bothGrid = both.stream().filter(x -> x.length > 0).toArray(double[][]::new);
            Estimate bothFit = bothGrid.length == 0 ? Estimate.EMPTY : single ? Estimate.student(Arrays.stream(bothGrid).flatMapToDouble(Arrays::stream).toArray()) : ClusterBootstrap.of(bothGrid);
            contrasts.add(new Contrast(fe.getKey(), b[0], (other.startsWith("tree") ? "tree" : "dense deep") + " - shallow", all, bothFit, bothCells, meanCurve));
        }
    }
}
double seconds = (System.nanoTime() - t0) / 1e9;
double[] ps = contrasts.stream().mapToDouble(c -> c.all().p()).toArray();
double[] holm = Holm.adjust(ps);
System.out.println(String.format(Locale.ROOT, "E7(B): %d instances per family (parity8: %d trials), %d trials each, K = %s; %d trainings in %.0f s", instances, Math.max(trials, instances), trials, rowsK, trainings, seconds));
System.out.println("Mean held-out accuracy at K = 8 16 32 64 128 (shallow | dense deep | tree):");
var shown = new HashSet<String>();
for (var c : contrasts) {
    if (!shown.add(c.family() + c.budget())) continue;
    var s = new StringBuilder(String.format(Locale.ROOT, "  %-11s %-6s ", c.family(), c.budget()));
    for (int n = 0; n < 3; n++) {
        for (int k = 0; k < ks.length; k++) s.append(String.format(Locale.ROOT, " %.3f", c.meanCurves()[n * ks.length + k]));
        if (n < 2) s.append("  |");
    }
    System.out.println(s);
}
System.out.println("Area difference over K = 8..128 (95% CI), Holm-adjusted p, verdict at margin 0.02; both fit at every K:");
for (int i = 0; i < contrasts.size(); i++) {
    var c = contrasts.get(i);
    var v = Verdict.of(c.all(), 0.02, false);
    String verdict = v == null ? "-" : v == Verdict.BETTER ? (c.pair().startsWith("tree") ? "tree better" : "deep better") : v == Verdict.WORSE ? "shallow better" : v.word();
    if (holm[i] >= 0.05 && (v == Verdict.BETTER || v == Verdict.WORSE)) verdict += " (not after Holm)";
    System.out.println(String.format(Locale.ROOT, "  %-11s %-6s %-18s %+.4f [%+.4f, %+.4f]  p(Holm) %.4f  %-30s both fit %+.4f (%d)",
            c.family(), c.budget(), c.pair(), c.all().mean(), c.all().ci95().lo(), c.all().ci95().hi(), holm[i], verdict,
            c.bothFit().mean(), c.bothFitCells()));
}
System.out.println("essay_e7b.jsh: ok");
