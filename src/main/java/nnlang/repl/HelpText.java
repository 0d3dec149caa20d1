package nnlang.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text of :help: an overview, and one topic per statement with an example to copy. */
final class HelpText {
    private static final Map<String, String> TOPICS = new LinkedHashMap<>();
    static {
        TOPICS.put("table", """
                table NAME { X -> Y ... }     rows of a truth table; X -> a | b gives x two targets
                table NAME = GEN(N)           and or nand nor xor parity majority identity over N bits
                table NAME = inverse OTHER    the same relations read backwards
                table NAME(a, b) = FORMULA    a formula of named bits: not and nand xor xnor or nor maj 0 1
                table NAME = tree(8) seed 3   random with structure: tree chain random threshold [gates all]

                  table xor {
                    00 -> 0
                    01 -> 1
                    10 -> 1
                    11 -> 0
                  }
                  table p3 = parity(3)
                  table back = inverse xor
                  table g(a, b, c) = a xor (b and c)
                  table add(a, b) = (a and b, a xor b)""");
        TOPICS.put("family", """
                family NAME = GEN(N) [gates all] instances K seed S   K random instances NAME[0] ...
                family NAME = all(N)                                  every function of N bits (N <= 3)
                compare NETS on NAME runs every trial on every instance; info NAME lists them
                compare and curve on a family: one report, a line per instance, intervals by a
                cluster bootstrap over the instances (2000 resamples, fixed seed)

                  family trees = tree(8) instances 20 seed 1
                  family f3 = all(3)
                  compare shallow, deep on f3 { rows 4  trials 5 }""");
        TOPICS.put("net", """
                net NAME { input ENC  dense N ACT ...  output OUT }
                net NAME = ENC -> N ACT -> ... -> OUT
                ENC: bits scalar onehot   ACT: sigmoid tanh relu leaky_relu linear   OUT: sigmoid softmax
                N ACT groups G: node group g sees only input group g (G divides inputs and nodes)

                  net two = bits -> 2 sigmoid -> sigmoid
                  net pet { input onehot  dense 3 tanh  output softmax }
                  net tree = bits 8 -> 8 tanh groups 4 -> 4 tanh groups 2 -> sigmoid""");
        TOPICS.put("train", """
                train NET on TABLE [options]
                train NET on TABLE { options, over several lines }
                options: epochs N  lr V  optimizer sgd|momentum M|adam
                         loss bce|mse|ce  l2 V  seed N  batch full|N
                         until entropy|loss < V  rows X ...  every N
                         every N relations|map|hidden (that report too)
                         continue (from the weights it has)
                A training that runs longer than a second shows a bar; Ctrl-C stops it (inside a long \
                epoch too) and keeps the weights of the last whole epoch.
                The summary line: epochs run (and why it stopped), the final training loss (nats), \
                H(Y|X) and floor on the training rows (bits), accuracy (rows whose top is a \
                target; ties count as wrong). An "advice:" line follows when the training ended in \
                a known trap: a local minimum (try another seed), a saturated or clamped net (lr \
                too large), a loss that barely moved (lr too small).

                  train two on xor epochs 5000 lr 1 seed 3
                  train two on xor { epochs 20000  optimizer adam
                    until entropy < 0.01 }""");
        TOPICS.put("relations", """
                relations NET on TABLE [eps V] [rows X ...]   (relations a, b on TABLE: side by side)
                Entropy of every relation (x, y), per input and in total; rows picks the inputs \
                shown (the totals are over those). Columns, one line per (x, y):
                  p(y|x)     what the net gives for y at input x; ? marks p between eps and 1 - eps
                  -p log p   this relation's share of the entropy, in bits
                  target     the table's y for x (targets: all of S(x) for a non-function)
                  top        the net's most probable y; "wrong" when it is not a target
                  H(Y|x)     the entropy at x: the sum of -p log p over y (0 when the net is sure)
                  CE         cross-entropy at x: -log2 p of the targets, averaged over S(x)
                  floor      the lowest H(Y|x) the table allows: log2 |S(x)| (0 for a function)
                Last lines: H(Y|X), CE and floor as means over the rows, the accuracy (rows whose top \
                is a target), and how many relations and rows are determined (p < eps or p > 1 - eps; \
                eps 0.01 unless given). A narrow terminal leaves out -p log p, CE and floor per row.

                  relations two on xor
                  relations two on xor eps 0.1
                  relations two on xor rows 01 10""");
        TOPICS.put("show", """
                show NET   the net's one-line form with its sizes and parameter count, then per \
                layer:
                  input, output   the encoding or output kind, node count, the states it codes
                  w               rows are the layer's inputs, columns its nodes: z = a w + b
                  b               one bias per node
                A net not trained yet shows its definition (its sizes come from the table it is \
                trained on).

                  show two""");
        TOPICS.put("predict", """
                predict NET X   p(y|x) for one input state: the most probable y first, then per y:
                  y        an output state (k-bit outputs list only those with p >= 0.001)
                  p(y|x)   the net's probability of y at x; top marks the most probable, tie a tie

                  predict two 01""");
        TOPICS.put("info", """
                info TABLE   what the table is, one line each:
                  inputs, outputs   |X| and |Y| with their states
                  relations         |X| * |Y|: the pairs (x, y) that relations reports on
                  rows, function    the table's rows; yes unless an x has several targets
                  floor             the lowest H(Y|X) a net can reach (0 for a function)
                  k^n               states per factor ^ factors: hidden nodes needed at worst

                  info xor""");
        TOPICS.put("expect", """
                expect M of NET on TABLE OP V   M: accuracy entropy cross_entropy floor determined
                                                OP: >= <= > < ==

                  expect accuracy of two on xor >= 1""");
        TOPICS.put("print", """
                print "TEXT"   a line of plain language in the output

                  print "XOR needs a hidden layer\"""");
        TOPICS.put("hidden", """
                hidden NET on TABLE space   each input's code on its layer's two principal components
                hidden NET on TABLE [bins B]   per hidden layer:
                  x, h1 h2 ...   each node's activation at each input; code: them in B bins
                  variants       how many binned values the node takes over the inputs
                  share          the node's share of the layer's work (idle below 0.05)
                  upper half     the inputs where the node is in its upper half; reads as: its gate
                  H(T), I(T;Y)   entropy of the code and what it tells of y, in bits
                Then the output layer read as a linear function of the code: z, top, p(top), target.

                  hidden two on xor""");
        TOPICS.put("ablate", """
                ablate NET NODE on TABLE
                Silences a hidden node (h2; h2_3 = layer 2 node 3): it sends 0 whatever its input. \
                Each column shows before -> after:
                  p(y|x), -p log p, H(Y|x)   as in relations; * marks a p that moved more than 0.1
                  top                        the most probable y, 0 -> 1 when it changed
                Last lines: H(Y|X), CE and accuracy before -> after, and the predictions changed.

                  ablate two h1 on xor""");
        TOPICS.put("compare", """
                compare NET, NET... on TABLE { rows K  trials N  TRAIN OPTIONS }
                N trials, each a fresh seed and a random K-row subset (the same for every net). \
                Columns, one line per net:
                  params         weights and biases
                  fit            share of trials that fit their training rows (accuracy 1 on them)
                  held-out acc   mean accuracy on the rows left out, ± half the 95% interval
                  held-out H     mean H(Y|X) on those rows, bits
                  all acc        mean accuracy on every row; epochs: mean epochs run
                  idle           mean hidden nodes idle after training (- without hidden layers)
                Then the paired difference of the first two nets over the same row subsets.
                expect fit_rate | heldout_accuracy | heldout_entropy | mean_accuracy | mean_entropy \
                | mean_idle of NET on TABLE OP V reads the last compare (and says so when it was stopped)

                  compare shallow, deep on p3 { rows 4  trials 200  epochs 3000  lr 1 }
                  expect fit_rate of two on xor >= 0.5""");
        TOPICS.put("curve", """
                curve NET, NET... on TABLE { rows K1 K2...  trials N  equivalence M  TRAIN OPTIONS }
                curve NET, NET... on FAMILY { ... }   every trial on every instance of the family
                    a compare at each K (the same trials at every K): per net fit rate, held-out
                    accuracy and CE - floor with 95% intervals; per K the first net minus the
                    second with a Holm-adjusted p and a verdict; the difference of the areas
                draw curve NET, NET... on TABLE to "c.svg"     the last curve as SVG or PNG
                expect heldout_accuracy | fit_rate | heldout_ce | epochs of NET on TABLE at K OP V
                expect difference | both_fit_difference | p_holm of NET, NET on TABLE at K OP V
                expect auc_difference of NET, NET on TABLE OP V

                  curve shallow, deep on m3 { rows 2 4 6  trials 50  epochs 1000  lr 1 }
                  expect auc_difference of shallow, deep on m3 > -0.1""");
        TOPICS.put("pictures", """
                plot NET [to "f.svg|png"]   loss (nats) and H(Y|X) (bits) over the epochs of the \
                training, all of it after continue
                map NET [NODE] on TABLE [to "f.svg|png"]   p(y|x) of a two-input net over the input \
                square; shades from ' ' (p < 0.2) to full (p >= 0.8); with a hidden node (h1), its \
                activation and the decision line (•); map a, b on TABLE: side by side
                draw NET [on TABLE] to "f.svg"   the net and its relations as SVG or PNG; to "f.gif": \
                the relations over the net's last training, animated

                  plot two
                  draw two on xor to "two.png\"""");
        TOPICS.put("save", """
                save NET to "f.nn"        the net with its weights and its table, as a script
                save session to "f.nn"    every table and net
                load "f.nn"               run a saved script in this session
                set NET layer L w[i][j] = V     edit one weight by hand (b[j] for a bias)
                table NAME from "data.csv"      rows from a file; the last column is the output

                  save two to "two.nn"
                  set two layer 1 w[0][1] = 5.2""");
        TOPICS.put("keys", """
                Tab          complete keywords, options, names of tables, nets, files
                Up / Down    earlier entries (a multi-line entry comes back whole)
                Ctrl-R       search the history (kept in ~/.nn_history)
                Ctrl-C       stop a training, or clear the line being typed
                Ctrl-D       leave, on an empty line""");
    }

    private HelpText() {}

    /** Statements whose help is part of a wider topic. */
    private static final Map<String, String> ALSO = Map.of("plot", "pictures", "map", "pictures", "draw", "pictures",
            "load", "save", "set", "save", "from", "save");

    static List<String> topics() { return List.copyOf(TOPICS.keySet()); }

    /** The text for a topic (any case; every statement keyword is one), or null if there is no such topic. */
    static String topic(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return TOPICS.get(ALSO.getOrDefault(key, key));
    }

    /** Every word :help takes: its topics and the statements inside them. */
    static List<String> words() {
        List<String> words = new ArrayList<>(TOPICS.keySet());
        words.addAll(ALSO.keySet());
        return words;
    }

    static String overview() { return overview(80); }

    /** The overview for a terminal this wide. */
    static String overview(int columns) {
        StringBuilder s = new StringBuilder("Type statements as in a script. An unfinished entry (an open {, a trailing "
                + "->) continues on the next line; an empty line ends it.\n");
        s.append(wrapped("Statements: ", Keywords.STATEMENTS, columns)).append("Commands:\n");
        int width = 0;
        for (Commands.Command c : Commands.ALL) width = Math.max(width, c.usage().length());
        for (Commands.Command c : Commands.ALL) s.append(String.format("  %-" + width + "s  %s%n", c.usage(), c.summary()));
        s.append(wrapped("Topics: ", topics(), columns)).append("(:help TOPIC, in any case; :help :COMMAND for one command)");
        return s.toString().stripTrailing();
    }

    /** The words after a lead, broken into lines that fit the columns (78 at most). */
    private static String wrapped(String lead, List<String> words, int columns) {
        int width = Math.min(78, columns);
        StringBuilder s = new StringBuilder(lead);
        int lineStart = 0;
        for (String w : words) {
            if (s.length() - lineStart + w.length() > width) {
                s.setLength(s.length() - 2);
                s.append('\n').append(" ".repeat(lead.length()));
                lineStart = s.length() - lead.length();
            }
            s.append(w).append("  ");
        }
        return s.toString().stripTrailing() + "\n";
    }
}
