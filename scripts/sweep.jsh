// How often does gradient descent solve XOR? Java loops over hidden widths and seeds and counts.
// Run it with: scripts/nn jshell scripts/sweep.jsh

var nn = Nn.session();
nn.defineTable("xor").xor(2);

int seeds = 20;
int[] widths = {1, 2, 3, 4};
System.out.println("bits -> N sigmoid -> sigmoid on xor, " + seeds + " seeds each, 3000 epochs, lr 1");
System.out.println("hidden nodes  solved  stuck seeds");
var solvedByWidth = new LinkedHashMap<Integer, Integer>();
for (int width : widths) {
    nn.defineNet("h" + width).input("bits").dense(width, "sigmoid").output("sigmoid");
    List<Long> stuck = new ArrayList<>();
    for (long seed = 1; seed <= seeds; seed++) {
        TrainReport r = nn.train("h" + width).on("xor").epochs(3000).lr(1).seed(seed).run();
        if (r.after().accuracy() < 1) stuck.add(seed);
    }
    solvedByWidth.put(width, seeds - stuck.size());
    System.out.println(String.format(Locale.ROOT, "%12d  %6d  %s", width, seeds - stuck.size(), stuck));
}

// One hidden node cannot do XOR; wider layers get stuck less often. The example checks both.
if (solvedByWidth.get(1) != 0) throw new AssertionError("one hidden node solved XOR: " + solvedByWidth);
if (solvedByWidth.get(4) < solvedByWidth.get(2)) throw new AssertionError("wider did worse: " + solvedByWidth);
System.out.println("sweep.jsh: ok: solved per width " + solvedByWidth);
