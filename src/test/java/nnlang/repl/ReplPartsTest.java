package nnlang.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Statement;
import nnlang.run.Interpreter;
import nnlang.run.Output;
import nnlang.run.Session;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The REPL's parts one by one: when an entry is finished, what Tab offers, how text is coloured. */
class ReplPartsTest {
    @Test void onlyAnUnfinishedEntryAsksForMore() {
        String[][] cases = {
                {"table t {", "true"},
                {"table t { 0 -> 1 }", "false"},
                {"net n {\ninput bits", "true"},
                {"train x on", "true"},
                {"train", "true"},
                {"train two on xor epochs", "true"},
                {"net deep = bits -> 2 tanh ->", "true"},
                {"expect accuracy of two on xor >=", "true"},
                {"train two on xor", "false"},
                {"train two on xor epochs 5000", "false"},
                {"info xor", "false"},
                {"train x of", "false"},
                {"train x on\n", "false"},
                {"info xr xr\ntrain", "false"},
                {"print \"{\"", "false"},
                {"print \"hello", "false"},
                {"# {", "false"},
                {"table t {\nnet n = bits", "false"},
                {"table q {\n\"in put\" -> yes\nset -> no", "true"},
                {"net d {\ninput bits\nhidden 2 tanh", "true"},
                {"table t { 0 -> 1 }}", "false"},
                {"table t { 0 -> 1 ; ", "false"},
                {":load x{", "false"},
                {":load", "false"}};
        for (String[] c : cases) assertEquals(Boolean.parseBoolean(c[1]), EntryParser.unfinished(c[0]), c[0]);
    }

    private static Session session() throws Exception {
        Session session = new Session();
        Interpreter in = new Interpreter(session, Output.NONE);
        Source s = new Source("t", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\n"
                + "train two on xor epochs 10");
        in.runAll(s, Parsing.parse(s));
        return session;
    }

    private static List<String> complete(Session session, String typed) {
        ParsedLine line = new EntryParser().parse(typed, typed.length(), ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new NnCompleter(session).complete(null, line, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test void completionFollowsTheGrammar() throws Exception {
        Session s = session();
        assertTrue(complete(s, "").containsAll(List.of("table", "net", "train", ":help", ":load")));
        assertEquals(List.of("two"), complete(s, "train "));
        assertEquals(List.of("on"), complete(s, "train two "));
        assertEquals(List.of("xor"), complete(s, "relations two on "));
        assertTrue(complete(s, "relations two on xor ").containsAll(List.of("eps", "rows", "info")));
        assertEquals(List.of("00", "01", "10", "11"), complete(s, "relations two on xor rows "));
        assertTrue(complete(s, "relations two on xor eps 0.1 rows 01 ").containsAll(List.of("00", "10", "11", "show")));
        assertFalse(complete(s, "relations two on xor rows 01 ").contains("01"));
        assertEquals(List.of("sgd", "momentum", "adam"), complete(s, "train two on xor optimizer "));
        assertEquals(List.of("bce", "mse", "ce"), complete(s, "train two on xor loss "));
        List<String> options = complete(s, "train two on xor epochs 10 ");
        assertTrue(options.contains("lr") && options.contains("seed") && !options.contains("epochs"), options.toString());
        assertTrue(complete(s, "train two on xor rows ").containsAll(List.of("00", "01", "10", "11", "epochs")));
        assertEquals(List.of("sigmoid", "tanh", "relu", "leaky_relu", "linear"), complete(s, "net n { input bits dense 3 "));
        assertEquals(List.of("bits", "scalar", "onehot"), complete(s, "net n = "));
        assertEquals(List.of("sigmoid", "softmax"), complete(s, "net n = bits -> "));
        assertTrue(complete(s, "table t = ").containsAll(List.of("xor", "parity", "inverse")));
        assertEquals(List.of("00", "01", "10", "11"), complete(s, "predict two "));
        assertEquals(List.of("on", "off"), complete(s, ":json "));
        assertTrue(complete(s, ":help ").containsAll(List.of("table", "train", "keys")));
        assertTrue(complete(s, ":load ").contains("pom.xml"), complete(s, ":load ").toString());
        assertTrue(complete(s, ":load src/").contains("src/main/"));
    }

    @Test void expectCompletesEveryMeasureIncludingThoseOfACompare() throws Exception {
        List<String> words = complete(session(), "expect ");
        assertTrue(words.containsAll(List.of("accuracy", "determined", "fit_rate", "heldout_accuracy", "mean_idle")),
                words.toString());
    }

    @Test void aHugeEntryIsShownWithoutColourSoThatEachKeyStaysCheap() {
        String small = "train two on xor ".repeat(NnHighlighter.MAX_COLOURED / 17);
        String huge = small + "train two on xor ".repeat(100);
        NnHighlighter h = new NnHighlighter(true);
        assertEquals(NnHighlighter.KEYWORD, h.highlight(null, small).styleAt(0));
        AttributedString plain = h.highlight(null, huge);
        assertEquals(huge, plain.toString());
        assertEquals(org.jline.utils.AttributedStyle.DEFAULT, plain.styleAt(0));
    }

    @Test void highlightingKeepsTheTextAndMarksItsParts() {
        String entry = "train two on xor { epochs 10 }  # c\nprint \"x\" @";
        AttributedString plain = new NnHighlighter(false).highlight(null, entry);
        assertEquals(entry, plain.toString());
        assertEquals(AttributedString.fromAnsi(entry).toAnsi(), plain.toAnsi(), "no colour without colour");
        AttributedString styled = NnHighlighter.styled(entry);
        assertEquals(entry, styled.toString());
        assertEquals(NnHighlighter.KEYWORD, styled.styleAt(entry.indexOf("train")));
        assertEquals(NnHighlighter.NUMBER, styled.styleAt(entry.indexOf("10")));
        assertEquals(NnHighlighter.COMMENT, styled.styleAt(entry.indexOf("# c")));
        assertEquals(NnHighlighter.STRING, styled.styleAt(entry.indexOf("\"x\"")));
        assertEquals(NnHighlighter.ERROR, styled.styleAt(entry.indexOf("@")));
        String table = "table t { 01 -> 1 }  predict two 01";
        AttributedString rows = NnHighlighter.styled(table);
        assertEquals(NnHighlighter.STATE, rows.styleAt(table.indexOf("01")));
        assertEquals(NnHighlighter.STATE, rows.styleAt(table.lastIndexOf("01")));
    }

    @Test void saveKeepsEveryStatementThatChangesTheSessionAndNoOther() throws Exception {
        Session session = session();
        Transcript t = new Transcript();
        Source s = new Source("t", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\n"
                + "train two on xor epochs 10\nrelations two on xor\ncompare two on xor { trials 2  epochs 10 }\n"
                + "print \"hi\"\nexpect fit_rate of two on xor >= 0\n");
        for (Statement st : Parsing.parse(s)) t.record(st, s, session);
        // the compare too: expect reads its rates, so a replayed session needs it
        assertEquals("# an nnlang session, saved from the REPL; run it with :load or scripts/nn\n"
                + "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\n"
                + "compare two on xor { trials 2  epochs 10 }\n", t.text());
    }

    @Test void anInterruptedTrainingIsSavedWithTheEpochsItRan() {
        assertEquals("train n on t epochs 17 lr 1", Transcript.withEpochs("train n on t epochs 5000 lr 1", 17));
        assertEquals("train n on t { epochs 17\n lr 1 }", Transcript.withEpochs("train n on t {\n lr 1 }", 17));
        assertEquals("train n on t lr 1 epochs 17", Transcript.withEpochs("train n on t lr 1", 17));
    }

    @Test void completionKnowsFormulasFamiliesAndGroups() throws Exception {
        Session s = session();
        assertTrue(complete(s, "").contains("family"), complete(s, "").toString());
        assertEquals(List.of("="), complete(s, "family f "));
        assertEquals(List.of("all", "chain", "random", "threshold", "tree"), complete(s, "family f = "));
        assertTrue(complete(s, "table t = ").containsAll(List.of("tree", "chain", "random", "threshold", "xor")));
        List<String> after = complete(s, "table t = tree(8) ");
        assertTrue(after.containsAll(List.of("seed", "gates", "net")) && !after.contains("instances"), after.toString());
        after = complete(s, "family f = tree(8) seed 3 ");
        assertTrue(after.containsAll(List.of("instances", "gates")) && !after.contains("seed"), after.toString());
        assertEquals(List.of("all"), complete(s, "table t = chain(8) gates "));
        assertTrue(complete(s, "table t = xor(2) ").contains("net") && !complete(s, "table t = xor(2) ").contains("seed"));
        assertEquals(List.of("groups", "->"), complete(s, "net n = bits -> 8 tanh "));
        assertTrue(complete(s, "net n { input bits dense 8 tanh ").containsAll(List.of("groups", "output")));
        Interpreter in = new Interpreter(s, Output.NONE);
        Source f = new Source("t", "family f3 = all(3)");
        in.runAll(f, Parsing.parse(f));
        assertTrue(complete(s, "info ").containsAll(List.of("xor", "f3")));
        assertEquals(List.of("xor", "f3"), complete(s, "compare two on "));
        assertEquals(List.of(",", "on"), complete(s, "compare two "));
        assertEquals(List.of("xor", "f3"), complete(s, "curve two on "));
    }

    @Test void aStatementsTextEndsAtItsLastToken() throws Exception {
        Source s = new Source("t", "table t = xor(2)  # note\n\n# next\nnet n {\n input bits\n output sigmoid }\n");
        List<Statement> statements = Parsing.parse(s);
        assertEquals("table t = xor(2)", Transcript.textOf(statements.get(0).span(), s));
        assertEquals("net n {\n input bits\n output sigmoid }", Transcript.textOf(statements.get(1).span(), s));
    }
}
