// Claim (untested before, E7's "sharing degree"): in a deep net one row of data also fixes other
// rows through shared lower layers; in a shallow net a row fixes little beyond itself.
// Design: per trial a random set S of 3 of the 8 rows and one more row r; train the net on S and,
// with the same seed, on S + r; on the 4 rows in neither, count the rows whose prediction moves,
// the rows that become determined (every p within 0.01 of 0 or 1, and not before), and the net
// help: rows that become right minus rows that become wrong. 3000 epochs, lr 1, sigmoid layers.
// Nets: the essay's deep 3-2-3-1 and shallow 3-8-1, and the 21-parameter shallow 3-4-1.
// Contrast stated before running: net help of adding r, deep 3-2-3-1 minus shallow 3-8-1, paired
// by trial, per relation (parity(3), majority(3), a xor (b and c), and(3)); the claim predicts it
// positive. 60 trials per relation (E1R_TRIALS to change). Also deep minus shallow 3-4-1.
import nnlang.stats.*;
var nn = Nn.session();
int trials = Integer.parseInt(System.getenv().getOrDefault("E1R_TRIALS", "60"));
nn.run("table p3 = parity(3)  table m3 = majority(3)  table g3(a, b, c) = a xor (b and c)  table a3 = and(3)");
nn.run("net deep = bits -> 2 sigmoid -> 3 sigmoid -> sigmoid  net shallow = bits -> 8 sigmoid -> sigmoid  net shallow4 = bits -> 4 sigmoid -> sigmoid");
String[] xs = {"000", "001", "010", "011", "100", "101", "110", "111"};
String[] nets = {"deep", "shallow", "shallow4"};
record Effect(int moved, int determined, int help) {}
Effect effect(Nn nn, String net, String table, List<String> s, String r, List<String> rest, long seed) {
    nn.train(net).on(table).epochs(3000).lr(1).seed(seed).rows(s.toArray(String[]::new)).run();
    var before = nn.relations(net, table);
    var with = new ArrayList<>(s); with.add(r);
    nn.train(net).on(table).epochs(3000).lr(1).seed(seed).rows(with.toArray(String[]::new)).run();
    var after = nn.relations(net, table);
    int moved = 0, det = 0, help = 0;
    for (int i = 0; i < before.rows().size(); i++) {
        var b = before.rows().get(i); var a = after.rows().get(i);
        if (!rest.contains(b.x())) continue;
        if (a.top() != b.top()) moved++;
        boolean db = Arrays.stream(b.p()).allMatch(p -> p < 0.01 || p > 0.99), da = Arrays.stream(a.p()).allMatch(p -> p < 0.01 || p > 0.99);
        if (da && !db) det++;
        if (a.correct() && !b.correct()) help++;
        if (!a.correct() && b.correct()) help--;
    }
    return new Effect(moved, det, help);
}
String est(Estimate e) { return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", e.mean(), e.ci95().lo(), e.ci95().hi()); }
System.out.println("One row's influence: " + trials + " trials per relation; on the 4 rows outside S + r, mean per trial:");
System.out.println("  table  net       moved  newly determined  help (right - wrong)");
var helpDiff = new LinkedHashMap<String, Estimate>();
for (String t : new String[] {"p3", "m3", "g3", "a3"}) {
    Effect[][] ef = new Effect[nets.length][trials];
    var rnd = new SplittableRandom(1000 + t.hashCode());
    for (int k = 0; k < trials; k++) {
        var order = new ArrayList<>(List.of(xs));
        for (int i = order.size() - 1; i > 0; i--) { int j = rnd.nextInt(i + 1); var tmp = order.get(i); order.set(i, order.get(j)); order.set(j, tmp); }
        var s = order.subList(0, 3); String r = order.get(3); var rest = order.subList(4, 8);
        for (int n = 0; n < nets.length; n++) ef[n][k] = effect(nn, nets[n], t, new ArrayList<>(s), r, new ArrayList<>(rest), k + 1);
    }
    for (int n = 0; n < nets.length; n++) {
        final int nn2 = n;
        double m = Arrays.stream(ef[n]).mapToInt(Effect::moved).average().getAsDouble();
        double d = Arrays.stream(ef[n]).mapToInt(Effect::determined).average().getAsDouble();
        var h = Estimate.student(Arrays.stream(ef[n]).mapToDouble(Effect::help).toArray());
        System.out.println(String.format(Locale.ROOT, "  %-5s  %-8s  %.3f  %.3f             %s", t, nets[n], m, d, est(h)));
    }
    for (int o = 1; o < nets.length; o++) {
        double[] dd = new double[trials], dm = new double[trials];
        for (int k = 0; k < trials; k++) { dd[k] = ef[0][k].help() - ef[o][k].help(); dm[k] = ef[0][k].moved() - ef[o][k].moved(); }
        var e = Estimate.student(dd);
        var v = Verdict.of(e, 0.1, false);
        System.out.println(String.format(Locale.ROOT, "         deep minus %-8s: help %s %s; moved %s", nets[o], est(e), v == null ? "-" : v.word(), est(Estimate.student(dm))));
        if (o == 1) helpDiff.put(t, e);
    }
}
System.out.println("(verdicts at margin 0.1 rows: better/worse when the 95% interval excludes 0, no difference when the 90% interval lies within +-0.1)");
System.out.println("essay_one_row.jsh: ok");
