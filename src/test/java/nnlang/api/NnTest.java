package nnlang.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.lang.Diagnostic;
import nnlang.model.Activation;
import nnlang.report.InfoReport;
import nnlang.report.PrintReport;
import nnlang.report.RelationsReport;
import nnlang.report.TrainReport;
import nnlang.train.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API as a Java or JShell user meets it: what it runs, what it prints, how it fails. */
class NnTest {
    static final String E3 = """
            table xor = xor(2)
            net two = bits -> 2 sigmoid -> sigmoid
            train two on xor epochs 5000 lr 1 seed 2
            relations two on xor
            """;

    @Test void runReturnsTheReportsInOrderAndPrintsThemAsTheCommandDoes() {
        Reports out = Nn.session().run(E3);
        assertEquals(List.of("train", "relations"), out.stream().map(r -> r.kind()).toList());
        RelationsReport r = out.first(RelationsReport.class);
        assertEquals(1.0, r.accuracy());
        String text = out.toString();
        assertTrue(text.startsWith("trained two on xor: 5000 epochs"), text);
        assertTrue(text.contains("\n\nrelations of two on xor"), "a blank line before a block report:\n" + text);
        assertEquals(out.get(1).toString(), r.toString());
        assertEquals("(no reports)", Nn.session().run("# nothing").toString());
        assertEquals(2, out.json().lines().count());
    }

    @Test void buildersGiveTheSameNumbersAsTheText() {
        Nn nn = Nn.session();
        nn.defineTable("xor").xor(2);
        nn.defineNet("two").input("bits").dense(2, "sigmoid").output("sigmoid");
        TrainReport trained = nn.train("two").on("xor").epochs(5000).lr(1).seed(2).run();
        RelationsReport fromText = Nn.session().run(E3).first(RelationsReport.class);
        assertEquals(fromText, nn.relations("two", "xor"));
        assertEquals(fromText.entropy(), trained.after().entropy());
    }

    @Test void buildersShowTheStatementTheyRun() {
        Nn nn = Nn.session();
        assertEquals("train two on xor epochs 5000 lr 1 seed 2",
                nn.train("two").on("xor").epochs(5000).lr(1).seed(2).toString());
        assertEquals("train two on xor optimizer adam lr 0.05 l2 0.0001 loss mse batch 2 until entropy < 0.01"
                        + " rows 00 \"a b\" every 100 continue",
                nn.train("two").on("xor").adam().lr(0.05).l2(1e-4).loss(Loss.MSE).batch(2).untilEntropy(0.01)
                        .rows("00", "a b").every(100).resume().toString());
        assertEquals("net two { input bits  dense 2 tanh }  # unfinished: output(...) completes and runs it",
                nn.defineNet("two").input(InputEncoding.BITS).dense(2, Activation.TANH).toString());
        assertEquals("table t { 0 -> 00 | 11  \"input\" -> \"two words\"  dog -> \"say \\\"woof\\\"\" }",
                nn.defineTable("t").row("0 -> 00 | 11").row("input", "two words").row("dog", "say \"woof\"")
                        .toString());
    }

    @Test void definitionsReturnWhatTheyDefined() {
        Nn nn = Nn.session();
        assertEquals("table xor (4 inputs, 2 outputs, 4 rows)",
                nn.table("xor", "00 -> 0", "01 -> 1", "10 -> 1", "11 -> 0").toString());
        assertEquals("table back (2 inputs, 4 outputs, 2 rows, a non-function)",
                nn.defineTable("back").row("0", "00", "11").row("1", "01", "10").define().toString());
        assertEquals("table inv (2 inputs, 4 outputs, 2 rows, a non-function)", nn.defineTable("inv").inverse("xor")
                .toString());
        assertEquals(8, nn.defineTable("p3").parity(3).rows().size());
        assertEquals("net two = bits -> 2 sigmoid -> sigmoid (not trained yet)",
                nn.defineNet("two").input("bits").dense(2, "sigmoid").output(OutputKind.SIGMOID).toString());
        assertEquals("bits -> 2 tanh -> 3 tanh -> sigmoid",
                nn.net("deep", "bits -> 2 tanh -> 3 tanh -> sigmoid").spec().toString());
        assertEquals(List.of("xor", "back", "inv", "p3"), nn.tables());
        assertEquals("nnlang session: tables [xor, back, inv, p3], nets [two (not trained), deep (not trained)]",
                nn.toString());
        nn.train("two").on("xor").epochs(100).run();
        assertEquals("net two = bits 2 -> 2 sigmoid -> sigmoid 1 (9 parameters)", nn.net("two").toString());
        assertTrue(nn.toString().contains("two (trained on xor)"), nn.toString());
    }

    @Test void reportMethodsRunTheirStatement() {
        Nn nn = Nn.session();
        nn.run(E3);
        InfoReport info = nn.info("xor");
        assertTrue(info.toString().startsWith("info xor"), info.toString());
        assertTrue(nn.show("two").toString().contains("9 parameters"), nn.show("two").toString());
        assertTrue(nn.predict("two", "01").toString().startsWith("predict two 01: 1"));
        assertTrue(nn.hidden("two", "xor").toString().startsWith("hidden layers of two on xor"));
        assertEquals(0.2, nn.relations("two", "xor", 0.2).eps());
        assertTrue(nn.expect("accuracy of two on xor >= 1").passed());
        AssertionError failed = assertThrows(AssertionError.class, () -> nn.expect("entropy of two on xor > 1"));
        assertTrue(failed.getMessage().startsWith("expect entropy of two on xor > 1: FAILED (actual"),
                failed.getMessage());
        assertEquals(1, nn.failedExpectations());
    }

    @Test void errorsCarryTheRenderedDiagnosticsAndThePositions() {
        Nn nn = Nn.session();
        NnException e = assertThrows(NnException.class,
                () -> nn.defineNet("two").input("bits").dense(2, "sigmod").output("sigmoid"));
        assertEquals("""
                input:1:31: error: unknown activation 'sigmod' (known: sigmoid, tanh, relu, leaky_relu, linear)
                  | net two { input bits  dense 2 sigmod  output sigmoid }
                  |                               ^^^^^^ did you mean 'sigmoid'?""", e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(1, d.span().line());
        assertEquals(31, d.span().column());
        assertEquals(List.of(), nn.nets(), "a failing statement defines nothing");

        NnException syntax = assertThrows(NnException.class, () -> nn.run("table t {\n 0 -> 1\n}\nnet = bits\ntrain"));
        assertEquals(2, syntax.diagnostics().size(), syntax.getMessage());
        assertEquals(List.of(), nn.tables(), "with syntax errors nothing runs");
    }

    @Test void aTextThatDoesNotResolveRunsNothing() {
        Nn nn = Nn.session();
        NnException e = assertThrows(NnException.class, () -> nn.run("print \"one\"\ntable xor = xor(2)\ninfo xr"));
        assertEquals(List.of(), e.reports(), "the whole text is checked before any of it runs");
        assertTrue(e.getMessage().startsWith("input:3:6: error: unknown table 'xr'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("did you mean 'xor'?"), e.getMessage());
        assertEquals(List.of(), nn.tables());
    }

    @Test void theReportsBeforeAStatementThatFailsWhileRunningComeWithTheError() throws java.io.IOException {
        // only running finds that the target is a folder: what ran before it stays done
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/nn-test-a-folder.nn"));
        Nn nn = Nn.session();
        NnException e = assertThrows(NnException.class,
                () -> nn.run("print \"one\"\ntable xor = xor(2)\nsave session to \"" + folder + "\""));
        assertEquals(List.of(new PrintReport("one")), e.reports());
        assertTrue(e.getMessage().startsWith("input:3:17: error: cannot write " + folder), e.getMessage());
        assertEquals(List.of("xor"), nn.tables());
    }

    @Test void lookupsNameWhatIsMissing() {
        Nn nn = Nn.session();
        nn.run("table xor = xor(2)  net two = bits -> 2 sigmoid -> sigmoid");
        assertEquals("""
                input:1:1: error: unknown table 'xr'
                  | xr
                  | ^^ did you mean 'xor'?""", assertThrows(NnException.class, () -> nn.table("xr")).getMessage());
        String untrained = assertThrows(NnException.class, () -> nn.net("two")).getMessage();
        assertTrue(untrained.startsWith("input:1:1: error: net two has no weights yet"), untrained);
        assertTrue(untrained.endsWith("train it first: train two on TABLE"), untrained);
        assertEquals("bits -> 2 sigmoid -> sigmoid", nn.definition("two").toString());
        assertThrows(IllegalStateException.class, () -> nn.train("two").run());
    }

    @Test void listenersHearReportsAsTheyAreMade() {
        List<String> heard = new ArrayList<>();
        Nn nn = Nn.session().onReport(r -> heard.add(r.kind()));
        nn.run("table xor = xor(2)  net two = bits -> 2 sigmoid -> sigmoid");
        nn.train("two").on("xor").epochs(200).every(100).run();
        assertEquals(List.of("progress", "progress", "train"), heard);
    }

    @Test void filesOutsideTheWorkingFolderNeedAllowWrite(@TempDir Path dir) {
        Nn nn = Nn.session();
        nn.run(E3);
        String save = "save two to " + Words.quoted(dir.resolve("two.nn").toString());
        NnException refused = assertThrows(NnException.class, () -> nn.run(save));
        assertTrue(refused.getMessage().contains("--allow-write"), refused.getMessage());
        nn.allowWrite(dir.toString()).run(save);
        Nn other = Nn.session().allowWrite(dir.toString());
        other.run("load " + Words.quoted(dir.resolve("two.nn").toString()));
        assertEquals(nn.predict("two", "01"), other.predict("two", "01"));
    }

    @Test void numbersAreWrittenSoThatTheyReadBackTheSame() {
        assertEquals("1", Words.number(1.0));
        assertEquals("0.5", Words.number(0.5));
        assertEquals("-0.25", Words.number(-0.25));
        assertEquals("0.00000001", Words.number(1e-8));
        assertEquals("0.1", Words.number(0.1));
        assertEquals("1000000", Words.number(1e6));
        for (double v : new double[] {0.1, 1.0 / 3, 1e-8, 123.456e7}) {
            assertEquals(v, Double.parseDouble(Words.number(v)));
        }
        assertEquals("01", Words.state("01"));
        assertEquals("\"on\"", Words.state("on"));
        assertEquals("кот", Words.state("кот"));
    }

    @Test void namesAreCheckedAsNamesAndNothingRidesAlongWithThem() {
        Nn nn = Nn.session();
        nn.run("table xor = xor(2)");
        IllegalArgumentException injected = assertThrows(IllegalArgumentException.class,
                () -> nn.info("xor\nsave session to \"target/nn-injected.nn\""));
        assertTrue(injected.getMessage().startsWith("the table's name must be a name"), injected.getMessage());
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("target/nn-injected.nn")));
        assertThrows(NullPointerException.class, () -> nn.table(null, "0 -> 1"));
        assertThrows(IllegalArgumentException.class, () -> nn.defineNet("two two"));
        assertThrows(IllegalArgumentException.class, () -> nn.train("two").on("table"), "a keyword is no name");
        // a row that smuggles in a second statement makes two statements: refused before anything runs
        assertThrows(IllegalArgumentException.class,
                () -> nn.defineTable("t").row("0 -> 1 }\nsave session to \"target/nn-injected.nn\"\ntable u {").define());
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of("target/nn-injected.nn")));
        assertEquals(List.of("xor"), nn.tables(), "a refused call changes nothing");
    }

    @Test void aSessionUsedFromTwoThreadsAtOnceFailsFastInsteadOfMixingReports() throws Exception {
        Nn nn = Nn.session();
        nn.run("table p = parity(6)\nnet w = bits -> 16 tanh -> sigmoid");
        java.util.concurrent.CountDownLatch training = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        // the listener holds the first thread inside its training until the second one has tried
        nn.onReport(r -> {
            training.countDown();
            while (!release.get()) Thread.onSpinWait();
        });
        Thread first = new Thread(() -> nn.run("train w on p epochs 10 every 5"));
        first.start();
        training.await();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> nn.run("info p"));
        assertTrue(e.getMessage().contains("a session serves one thread at a time"), e.getMessage());
        release.set(true);
        first.join();
        nn.onReport(null);
        assertEquals(1, nn.run("info p").size(), "usable again once the first thread is done");
    }
}
