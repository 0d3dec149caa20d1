// Experiment E3 of the essay in Java: XOR needs a hidden layer.
// Run it with: scripts/nn jshell scripts/xor.jsh   (inside scripts/nn jshell: /open scripts/xor.jsh)
// The same experiment in nnlang is scripts/essay/e3_hidden_layer.nn.

var nn = Nn.session();
nn.defineTable("xor").xor(2);                              // table xor = xor(2)

// Without a hidden layer the net can only draw one line: every p(y|x) stays near 1/2.
nn.defineNet("lines").input("bits").output("sigmoid");     // net lines { input bits  output sigmoid }
System.out.println(nn.train("lines").on("xor").epochs(5000).lr(1).seed(2).run());
RelationsReport flat = nn.relations("lines", "xor");
System.out.println(flat);

// Two hidden nodes (an OR and an AND) are enough: every relation is determined.
nn.defineNet("two").input("bits").dense(2, "sigmoid").output("sigmoid");
TrainReport trained = nn.train("two").on("xor").epochs(5000).lr(1).seed(2).run();
System.out.println(trained);
RelationsReport sharp = nn.relations("two", "xor");
System.out.println(sharp);
System.out.println(nn.hidden("two", "xor"));

// The example checks itself: it throws when XOR was not learned.
if (sharp.accuracy() < 1) throw new AssertionError("two did not learn XOR:\n" + sharp);
if (flat.entropy() < 0.9) throw new AssertionError("lines should stay near 1 bit:\n" + flat);
System.out.println(String.format(Locale.ROOT,
        "xor.jsh: ok: H(Y|X) %.4f bits without a hidden layer, %.4f bits with two hidden nodes",
        flat.entropy(), sharp.entropy()));
