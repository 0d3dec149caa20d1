package nnlang.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlang.data.Family;
import nnlang.data.Generators;
import nnlang.data.Space;
import nnlang.data.Table;
import nnlang.model.Net;
import nnlang.report.AblationReport;
import nnlang.report.CompareReport;
import nnlang.report.FamilyReport;
import nnlang.report.InfoReport;
import nnlang.report.TrialResult;
import nnlang.report.draw.Diagrams;
import org.junit.jupiter.api.Test;

/** Relations from formulas, families and nets with groups, as scripts and the API meet them. */
class StructureTest {
    /** Files must lie below the working folder (the project), so the tests write here. */
    static final Path DIR = Path.of("target/structure-test");

    private static Table formula(String text) {
        Nn nn = Nn.session();
        nn.run("table f" + text);
        return nn.table("f");
    }

    @Test void aFormulaGivesTheTableOfTheGeneratorOfTheSameFunction() {
        Nn nn = Nn.session();
        nn.run("""
                table f(a, b) = a xor b
                table x = xor(2)
                """);
        Table f = nn.table("f"), x = nn.table("x");
        // equal apart from the name: the same states in the same order, the same output space, the same rows
        assertEquals(x, f.named("x"));
        assertEquals(x.inputs(), f.inputs());
        assertEquals(x.outputs(), f.outputs());
        assertEquals(x.rows(), f.rows());
        assertEquals(Generators.generate("p", "parity", 3).rows(), formula("(a, b, c) = a xor b xor c").rows());
        assertEquals(Generators.generate("p", "and", 3).rows(), formula("(a, b, c) = a and b and c").rows());
        assertEquals(Generators.generate("p", "nor", 3).rows(), formula("(a, b, c) = not (a or b or c)").rows());
        assertEquals(Generators.generate("p", "majority", 3).rows(), formula("(a, b, c) = maj(a, b, c)").rows());
        assertEquals(Generators.generate("p", "identity", 2), formula("(a, b) = (a, b)").named("p"));
        assertEquals(List.of("formula of a, b (a the leftmost bit): a xor b"), f.built());
    }

    @Test void operatorsBindNotThenAndThenXorThenOrFromTheLeft() {
        assertEquals(formula("(a, b, c) = a or (b and c)").rows(), formula("(a, b, c) = a or b and c").rows());
        assertEquals(formula("(a, b, c) = (a and b) or c").rows(), formula("(a, b, c) = a and b or c").rows());
        assertEquals(formula("(a, b, c) = a xor (b and c)").rows(), formula("(a, b, c) = a xor b and c").rows());
        assertEquals(formula("(a, b, c) = a or (b xor c)").rows(), formula("(a, b, c) = a or b xor c").rows());
        assertEquals(formula("(a, b) = (not a) and b").rows(), formula("(a, b) = not a and b").rows());
        assertEquals(formula("(a, b, c) = (a nand b) nand c").rows(), formula("(a, b, c) = a nand b nand c").rows());
        assertEquals(formula("(a, b, c) = (a nor b) nor c").rows(), formula("(a, b, c) = a nor b nor c").rows());
        assertEquals(formula("(a, b, c) = a or (b nand c)").rows(), formula("(a, b, c) = a or b nand c").rows());
        // (a nand b) nand c differs from a nand (b nand c): left to right is a choice, and it is the one made
        assertTrue(!formula("(a, b, c) = a nand (b nand c)").rows().equals(formula("(a, b, c) = a nand b nand c").rows()));
        Table l = formula("(a, b) = a");
        assertEquals("1", l.row("10").targets().get(0), "the first name is the leftmost bit");
        assertEquals("0", l.row("01").targets().get(0));
    }

    @Test void tuplesAreBitsOfTheOutputAndConstantsKeepBothOutputs() {
        Table add = formula("(a, b) = (a and b, a xor b)");
        assertEquals(Space.allBits(2), add.outputs(), "all four 2-bit outputs, 11 too");
        assertEquals(List.of("00", "01", "01", "10"), add.rows().stream().map(r -> r.targets().get(0)).toList());
        Table zero = formula("(a, b) = a and not a or 0");
        assertEquals(Space.allBits(1), zero.outputs());
        assertTrue(zero.rows().stream().allMatch(r -> r.targets().equals(List.of("0"))));
        assertEquals(List.of("1", "1"), formula("(a) = 1 xnor 1 or a").rows().stream().map(r -> r.targets().get(0)).toList());
    }

    @Test void infoShowsHowARelationWasBuiltAndAFamilysInstances() {
        Nn nn = Nn.session();
        InfoReport t = nn.run("table t = tree(8) seed 3\ninfo t").first(InfoReport.class);
        assertEquals("h1 = not x1 and x2", t.built().get(1));
        assertTrue(nn.run("info t").toString().contains("built      tree(8) seed 3"), nn.run("info t").toString());
        FamilyReport f = nn.run("family trees = tree(8) gates all instances 3 seed 1\ninfo trees").first(FamilyReport.class);
        assertEquals("tree(8) gates all instances 3 seed 1", f.built());
        assertEquals(List.of("trees[0]", "trees[1]", "trees[2]"), f.instances().stream().map(i -> i.table()).toList());
        Family trees = nn.family("trees");
        // typed with the seed info lists, an instance is the same table
        String seed = f.instances().get(2).built().get(0).replaceAll("tree\\(8\\) gates all seed (\\d+).*", "$1");
        nn.run("table again = tree(8) gates all seed " + seed);
        assertEquals(trees.instances().get(2).rows(), nn.table("again").rows());
        assertEquals(List.of("trees"), nn.families());
    }

    /**
     * No free lunch, exactly: with K = 4 of the 8 rows, for every trial (its rows and seed) the
     * functions of 3 bits pair up as f and f' that agree on the training rows and disagree on all
     * 4 held-out rows. A learner that is a function of its training rows (every net here: the
     * same rows, seed and options give the same weights) predicts the same for both, so its
     * held-out accuracies on them add to 1, and the mean over all 256 is 1/2, whatever the net,
     * the epochs or the number of trials. So a few epochs and trials are enough; the held-out
     * accuracies are multiples of 1/4, so every sum is exact and the mean is exactly 0.5.
     */
    @Test void onAllFunctionsOfThreeBitsEveryNetsMeanHeldOutAccuracyIsExactlyOneHalf() {
        Nn nn = Nn.session();
        List<CompareReport> reports = nn.run("""
                family f3 = all(3)
                net line = bits -> sigmoid
                net deep = bits -> 3 tanh -> 2 tanh -> sigmoid
                compare line, deep on f3 { rows 4  trials 2  epochs 25  lr 0.5  optimizer adam }
                """).all(CompareReport.class);
        assertEquals(1, reports.size(), "the pooled report alone, with a line per instance");
        CompareReport pooled = reports.get(0);
        assertEquals("f3", pooled.table());
        assertEquals(512, pooled.completed());
        for (CompareReport.NetSummary s : pooled.nets()) {
            assertEquals(0.5, s.heldoutAccuracy().mean(), 0.0, s.net());
            assertEquals(512, s.heldoutAccuracy().n());
        }
        // the same rows and seed in trial t of every instance; the pooled mean is the mean of the instances' means
        assertEquals(256, pooled.family().instances().size());
        assertEquals(2, pooled.family().trials());
        double[] sum = new double[2];
        for (int i = 0; i < 256; i++) {
            CompareReport.Instance line = pooled.family().instances().get(i);
            assertEquals("f3[" + i + "]", line.table());
            for (int t = 0; t < 2; t++) {
                TrialResult a = pooled.trials().get(i * 2 + t), b = pooled.trials().get(t);
                assertEquals(b.rows(), a.rows());
                assertEquals(b.seed(), a.seed());
            }
            for (int j = 0; j < 2; j++) {
                double mean = (pooled.trials().get(i * 2).outcomes().get(j).heldoutAccuracy()
                        + pooled.trials().get(i * 2 + 1).outcomes().get(j).heldoutAccuracy()) / 2;
                assertEquals(mean, line.heldoutAccuracy().get(j), 0.0, "grid entry i * T + t");
                sum[j] += line.heldoutAccuracy().get(j);
            }
        }
        assertEquals(0.5, sum[0] / 256, 0.0);
        assertEquals(0.5, sum[1] / 256, 0.0);
        assertTrue(nn.expect("heldout_accuracy of deep on f3 == 0.5").passed());
    }

    static final String GROUPED = """
            table t = tree(8) seed 3
            net tree = bits 8 -> 8 tanh groups 4 -> 4 tanh groups 2 -> sigmoid
            train tree on t epochs 200 optimizer adam lr 0.05 l2 0.001 seed 4
            """;

    static final String REPORTS = """
            relations tree on t
            hidden tree on t
            ablate tree h1_2 on t
            show tree
            predict tree 00010111
            """;

    @Test void aGroupedNetSavedAndLoadedGivesByteIdenticalReports() throws Exception {
        Files.createDirectories(DIR);
        Nn trained = Nn.session().allowWrite(DIR.toString());
        trained.run(GROUPED + "save tree to \"" + DIR + "/tree.nn\"");
        String before = trained.run(REPORTS).json();
        Nn loaded = Nn.session();
        loaded.run("load \"" + DIR + "/tree.nn\"");
        assertEquals(before, loaded.run(REPORTS).json());
        assertEquals(before.lines().count(), 5);
        assertTrue(before.contains("\"groups\":4"), before);
        String file = Files.readString(DIR.resolve("tree.nn"));
        assertTrue(file.contains("  dense 8 tanh groups 4 {"), file);
        Net net = loaded.net("tree");
        assertEquals(8 * 8 / 4 + 8 + 8 * 4 / 2 + 4 + 4 + 1, net.parameterCount());
        assertEquals("net tree = bits 8 -> 8 tanh groups 4 -> 4 tanh groups 2 -> sigmoid 1 (49 parameters)", net.toString());
        assertTrue(loaded.ablate("tree", "h1_2", "t") instanceof AblationReport);
    }

    @Test void aSavedSessionBringsItsFamiliesBack() throws Exception {
        Files.createDirectories(DIR);
        Nn nn = Nn.session().allowWrite(DIR.toString());
        nn.run("family trees = tree(6) gates all instances 4 seed 7\nfamily f2 = all(2)\ntable g(a, b) = a nor b\n"
                + "save session to \"" + DIR + "/session.nn\"");
        String file = Files.readString(DIR.resolve("session.nn"));
        assertTrue(file.startsWith("# a session: 1 table, 2 families and 0 nets\n"), file);
        assertTrue(file.contains("\nfamily trees = tree(6) gates all instances 4 seed 7\nfamily f2 = all(2)\n"), file);
        Nn loaded = Nn.session();
        loaded.run("load \"" + DIR + "/session.nn\"");
        assertEquals(List.of("trees", "f2"), loaded.families());
        assertEquals(nn.family("trees"), loaded.family("trees"));
        assertEquals(nn.family("f2"), loaded.family("f2"));
        assertEquals(nn.table("g"), loaded.table("g"));
    }

    @Test void drawLeavesOutTheWeightsThatDoNotExist() {
        Nn nn = Nn.session();
        nn.run(GROUPED);
        String svg = Diagrams.svg(nn.net("tree"), null);
        int lines = svg.split("class=\"weight (positive|negative)\"", -1).length - 1;
        assertEquals(8 * 8 / 4 + 8 * 4 / 2 + 4, lines, "one line per weight that exists");
        Nn api = Nn.session();
        api.defineNet("g").input("bits").dense(8, "tanh", 4).dense(4, "tanh", 2).output("sigmoid");
        assertEquals("bits -> 8 tanh groups 4 -> 4 tanh groups 2 -> sigmoid", api.definition("g").toString());
    }

    @Test void compareRunsGroupedNetsLikeAnyOther() {
        Nn nn = Nn.session();
        CompareReport r = nn.run(GROUPED + """
                net shallow = bits -> 6 tanh -> sigmoid
                compare tree, shallow on t { rows 64  trials 2  epochs 50  optimizer adam  lr 0.05 }
                """).first(CompareReport.class);
        assertEquals("bits 8 -> 8 tanh groups 4 -> 4 tanh groups 2 -> sigmoid 1", r.nets().get(0).spec());
        assertEquals(49, r.nets().get(0).params());
        List<String> kinds = new ArrayList<>();
        nn.run("family few = threshold(8) instances 2 seed 9\ncompare tree, shallow on few { rows 32 trials 1 epochs 5 }")
                .forEach(x -> kinds.add(x.kind()));
        assertEquals(List.of("compare"), kinds, "on a family, the pooled report alone");
    }
}
