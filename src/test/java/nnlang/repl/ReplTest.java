package nnlang.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL driven through a real LineReader over in-memory streams, read as a person would. */
class ReplTest {
    static final String XOR = "table xor {\r00 -> 0\r01 -> 1\r10 -> 1\r11 -> 0\r}";

    @TempDir Path dir;

    private Typist typist() throws Exception { return new Typist(dir.resolve("history")); }

    /** The text after the last time {@code marker} appears on the screen. */
    private static String after(String screen, String marker) {
        int i = screen.lastIndexOf(marker);
        return i < 0 ? "" : screen.substring(i + marker.length());
    }

    /** A map on a 256-colour terminal is coloured cells; on a dumb one it is the script's plain shades. */
    @Test void mapsAreColouredWhereTheTerminalHasTheColours() throws Exception {
        String script = "table xor = xor(2)\rnet two = bits -> 2 sigmoid -> sigmoid\rtrain two on xor epochs 200 seed 1\rmap two on xor";
        try (Typist t = new Typist(dir.resolve("history"), 60, "vi", "xterm-256color", true)) {
            t.line(script);
            assertTrue(t.raw().contains("<ESC>[48;5;"), "cells on xterm colours:\n" + t.raw());
            assertTrue(t.screen().contains("p: 0 "), t.screen());
            assertFalse(t.screen().contains("p: 0 ' ' 0.1"), "no shade characters:\n" + t.screen());
        }
        try (Typist t = new Typist(dir.resolve("history2"), 60, "vi", "dumb", true)) {
            t.line(script);
            assertFalse(t.raw().contains("<ESC>[48;"), "no colour on a dumb terminal:\n" + t.raw());
            assertTrue(t.screen().contains("p: 0 ' ' 0.1 . 0.2"), t.screen());
        }
    }

    @Test void theColoursComeFromMaxColorsAndColorterm() {
        assertEquals(nnlang.report.Colours.NONE, TerminalColours.of(8, null));
        assertEquals(nnlang.report.Colours.NONE, TerminalColours.of(null, "truecolor"));
        assertEquals(nnlang.report.Colours.XTERM_256, TerminalColours.of(256, null));
        assertEquals(nnlang.report.Colours.TRUE_COLOUR, TerminalColours.of(256, "truecolor"));
        assertEquals(nnlang.report.Colours.TRUE_COLOUR, TerminalColours.of(1 << 24, null));
    }

    @Test void anOpenBraceContinuesTheEntryUnderTheContinuationPrompt() throws Exception {
        try (Typist t = typist()) {
            t.line("table xor {").line("00 -> 0").line("01 -> 1").line("10 -> 1").line("11 -> 0");
            assertFalse(t.screen().contains("error"), t.screen());
            t.line("}").line("info xor");
            String screen = t.screen();
            assertTrue(screen.contains("..> 00 -> 0"), screen);
            assertTrue(screen.contains("..> }"), screen);
            assertTrue(screen.contains("inputs     |X| = 4: {00, 01, 10, 11}"), screen);
            assertEquals(0, t.finish());
        }
    }

    @Test void aWrongEntryIsAnsweredAtOnceAndNeverTrapsInContinuation() throws Exception {
        try (Typist t = typist()) {
            t.line("train x of xor");
            String screen = t.screen();
            assertTrue(screen.contains("input:1:9: error: expected 'on' after 'x', found 'of'"), screen);
            assertFalse(screen.contains("..>"), screen);
            // a statement keyword inside an open block is wrong, not unfinished
            t.line("table t {").line("net n = bits -> sigmoid");
            assertTrue(after(t.screen(), "..> net n").contains("error"), t.screen());
            t.line("info t");
            assertTrue(after(t.screen(), "nn> info t").contains("unknown table 't'"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void anEntryThatEndsTooSoonAsksForMoreAndAnEmptyLineShowsWhatIsMissing() throws Exception {
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net deep = bits -> 2 tanh ->").line("sigmoid");
            assertTrue(t.screen().contains("nn> net deep = bits -> 2 tanh ->\n..> sigmoid\n"), t.screen());
            assertFalse(t.screen().contains("error"), t.screen());
            t.line("train deep on").line("xor epochs 20");
            assertTrue(after(t.screen(), "..> xor epochs 20").startsWith("\ntrained deep on xor: 20 epochs"), t.screen());
            t.line("train").line("");
            assertTrue(after(t.screen(), "nn> train\n..>\n").startsWith("input:1:6: error: expected a name after "
                    + "'train', but the input ends here"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void linesTypedTogetherAreOneEntryReadAsAScriptReadsThem() throws Exception {
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid");
            // pasted: both lines arrive before the REPL reads the first Enter
            t.type("train two on xor\r  epochs 30 lr 1\r");
            String screen = t.waitFor("trained two on xor");
            assertTrue(screen.contains("nn> train two on xor\n..>   epochs 30 lr 1\n"), screen);
            assertTrue(after(t.waitFor("accuracy"), "..>   epochs 30 lr 1").startsWith("\ntrained two on xor: 30 epochs"),
                    t.screen());
            // an error anywhere in an entry runs none of it, and says so
            t.type("print \"first\"\rinfo xr\r");
            screen = t.waitFor("nothing of this entry ran");
            assertTrue(after(screen, "..> info xr").contains("unknown table 'xr'"), screen);
            assertTrue(after(screen, "..> info xr").contains("nothing of this entry ran (2 statements)"), screen);
            assertFalse(after(screen, "..> info xr").contains("first"), screen);
            // a keyword used as a word is not a second statement
            t.line("net d { input bits hidden 2 tanh output sigmoid }");
            assertTrue(after(t.screen(), "nn> net d {").contains("'hidden' is not a net item"), t.screen());
            assertFalse(after(t.screen(), "nn> net d {").contains("nothing of this entry ran"), t.screen());
            // typed one by one, the first line is a whole statement and runs; the next says where it belongs
            t.line("train two on xor").line("  epochs 30 lr 1");
            assertTrue(after(t.screen(), "nn>   epochs 30 lr 1").contains("input:1:3: error: 'epochs' is a train option, "
                    + "not a statement\n  |   epochs 30 lr 1\n  |   ^^^^^^ write it on its train's line, or in { ... } after it"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void anErrorShowsTheCaretUnderTheTypedTextAndChangesNothing() throws Exception {
        try (Typist t = typist()) {
            t.line(XOR).line("net two = bits -> 2 sigmoid -> sigmoid").line("train two on xor epochs 3000 lr 1 seed 3");
            t.line("relations two on xor");
            String before = after(t.screen(), "nn> relations two on xor");
            t.line("relations two on xr");
            String error = after(t.screen(), "nn> relations two on xr");
            assertTrue(error.contains("input:1:18: error: unknown table 'xr'\n"
                    + "  | relations two on xr\n"
                    + "  |                  ^^ did you mean 'xor'?"), error);
            t.line("net two = bits -> 2 sigmod -> sigmoid");
            assertTrue(t.screen().contains("did you mean 'sigmoid'?"), t.screen());
            t.line("relations two on xor");
            assertEquals(before, after(t.screen(), "nn> relations two on xor"), "the failed statements changed the net");
            assertEquals(0, t.finish());
        }
    }

    @Test void tabCompletesKeywordsNamesAndOptions() throws Exception {
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid");
            t.type("tr\t").type("\t").type("on x\t").type("e\t");
            String screen = t.waitFor("every");
            assertTrue(screen.contains("nn> train two on xor e"), screen);
            assertTrue(screen.contains("epochs") && screen.contains("every"), screen);
            t.type("po\t5 lr 1 seed 3\r");
            screen = t.waitFor("trained two on xor: 5 epochs");
            assertTrue(screen.contains("trained two on xor: 5 epochs"), screen);
            assertEquals(0, t.finish());
        }
    }

    @Test void saveThenLoadInAFreshReplGivesTheSameState() throws Exception {
        Path script = dir.resolve("xor.nn");
        String relations;
        try (Typist t = typist()) {
            t.line(XOR).line("net two { input bits  dense 2 tanh  output sigmoid }");
            t.line("train two on xor {\repochs 2000  lr 0.5\rseed 7 }  # a comment").line("relations two on xor");
            relations = after(t.screen(), "nn> relations two on xor");
            t.line("print \"not saved\"").line("info nothing").line(":save " + script);
            assertTrue(t.screen().contains("saved 3 statements to " + script), t.screen());
            assertEquals(0, t.finish());
        }
        String saved = Files.readString(script);
        assertTrue(saved.contains("train two on xor {\nepochs 2000  lr 0.5\nseed 7 }\n"), saved);
        assertFalse(saved.contains("print") || saved.contains("info"), saved);
        try (Typist t = typist()) {
            t.line(":load " + script);
            assertTrue(t.screen().contains("loaded " + script + ": 3 statements ran"), t.screen());
            t.line("relations two on xor");
            assertEquals(relations, after(t.screen(), "nn> relations two on xor"));
            assertEquals(0, t.finish());
        }
    }

    @Test void ctrlCStopsALongTrainingKeepsTheWeightsAndSaveReplaysThem() throws Exception {
        Path script = dir.resolve("stopped.nn");
        String weights;
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid");
            t.type("train two on xor epochs 100000000 lr 1 seed 3\r");
            String screen = t.waitFor("/100000000"); // the live bar, after a second
            assertTrue(screen.contains("/100000000 ("), "no progress bar: " + screen);
            t.type("\u0003");
            screen = t.waitFor("keeps the weights");
            assertTrue(screen.matches("(?s).*trained two on xor: \\d+ of 100000000 epochs \\(interrupted\\).*"), screen);
            assertTrue(screen.matches("(?s).*stopped by Ctrl-C after epoch \\d+; two keeps the weights it reached.*"),
                    screen);
            t.line("show two");
            weights = after(t.screen(), "nn> show two");
            assertTrue(weights.contains("dense 2 sigmoid {"), weights);
            t.keys("\u0003"); // at an empty prompt: nothing happens but a new prompt
            t.line(":save " + script);
            assertTrue(t.running());
            assertEquals(0, t.finish());
        }
        assertTrue(Files.readString(script).matches("(?s).*train two on xor epochs \\d+ lr 1 seed 3\n"),
                Files.readString(script));
        try (Typist t = typist()) {
            t.line(":load " + script).line("show two");
            assertEquals(weights, after(t.screen(), "nn> show two"), "replay gave other weights");
            assertEquals(0, t.finish());
        }
    }

    @Test void loadAndSaveObeyTheFenceAndTheFileRules() throws Exception {
        Files.write(dir.resolve("bin.nn"), new byte[] {'p', (byte) 0xff});
        Files.createDirectories(dir.resolve("folder"));
        try (Typist t = typist()) {
            t.line(":load /etc/passwd");
            assertTrue(after(unwrapped(t), "nn> :load /etc/passwd").contains("input:1:7: error: a script may only use files "
                    + "below the current folder, not the absolute path '/etc/passwd'"), t.screen());
            assertFalse(unwrapped(t).contains("root"), "nothing of the file is shown");
            t.line(":save ../x.nn");
            assertTrue(after(unwrapped(t), "nn> :save ../x.nn").contains("climbs out with '..'"), t.screen());
            t.line(":load " + dir.resolve("nope.nn"));
            assertTrue(unwrapped(t).contains("error: no file " + dir.resolve("nope.nn")), t.screen());
            t.line(":load " + dir.resolve("folder"));
            assertTrue(unwrapped(t).contains("error: " + dir.resolve("folder") + " is a folder, not a file"), t.screen());
            t.line(":load " + dir.resolve("bin.nn"));
            assertTrue(unwrapped(t).contains(dir.resolve("bin.nn") + ":1:2: error: not UTF-8: byte 0xff"), t.screen());
            t.line(":save " + dir.resolve("folder"));
            assertTrue(unwrapped(t).contains("cannot write " + dir.resolve("folder") + ": it is a folder"), t.screen());
            assertEquals(0, t.finish());
        }
        assertFalse(Files.exists(Path.of("../x.nn")));
    }

    /** The screen with the terminal's line wrapping at 100 columns undone (for long paths). */
    /** The screen with the REPL's word wraps (a line continued two spaces in) joined again. */
    private static String unwrapped(Typist t) { return t.screen().replaceAll("\n  (?=[^ |])", " "); }

    @Test void helpHasATopicForEveryStatementInAnyCaseAndTheWordsOfOtherShellsWork() throws Exception {
        try (Typist t = typist()) {
            t.line("help");
            assertTrue(after(t.screen(), "nn> help").matches("(?s).*:load FILE +run a script in this session.*"), t.screen());
            t.line("?");
            assertTrue(after(t.screen(), "nn> ?").contains(":history [N]"), t.screen());
            t.line("help TRAIN");
            assertTrue(after(t.screen(), "nn> help TRAIN").contains("train two on xor epochs 5000 lr 1 seed 3"), t.screen());
            for (String statement : Keywords.STATEMENTS) {
                t.line(":help " + statement.toUpperCase(java.util.Locale.ROOT));
                assertFalse(after(t.screen(), "nn> :help " + statement.toUpperCase(java.util.Locale.ROOT))
                        .contains("no help"), t.screen());
            }
            t.line(":help plot");
            assertTrue(after(t.screen(), "nn> :help plot").contains("plot NET "), t.screen());
            t.line(":help relations");
            assertTrue(after(t.screen(), "nn> :help relations").contains("CE         cross-entropy at x: -log2 p of the "
                    + "targets, averaged over S(x)"), t.screen());
            t.line(":help relatoins");
            assertTrue(after(t.screen(), "nn> :help relatoins").contains("no help on 'relatoins'; did you mean "
                    + "'relations'?"), t.screen());
            t.line(":help :r");
            assertTrue(after(t.screen(), "nn> :help :r").contains(":reset   forget every table and net"), t.screen());
            t.line(":history 3");
            assertTrue(after(t.screen(), "nn> :history 3").contains("  :help relations\n")
                    && after(t.screen(), "nn> :history 3").contains("  :help :r\n"), t.screen());
            t.type("exit\r");
            assertEquals(0, t.exit(), "exit ends the session\n" + t.screen());
        }
    }

    @Test void historyKeepsMultiLineEntriesWhole() throws Exception {
        try (Typist t = typist()) {
            t.line("table t {").line("a -> b").line("}");
            assertEquals(0, t.finish());
        }
        try (Typist t = typist()) {
            // Up brings the entry back whole, over its three lines
            t.type("\u001bOA").waitFor("..> }");
            t.line("").line(":list");
            assertTrue(after(t.screen(), ":list").contains("table t (1 inputs"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void commandsHelpListResetAndJson() throws Exception {
        try (Typist t = typist()) {
            t.line(":help");
            assertTrue(t.screen().contains(":load FILE"), t.screen());
            t.line(":help train");
            assertTrue(after(t.screen(), ":help train").contains("train two on xor epochs 5000 lr 1 seed 3"));
            t.line("table xor = xor(2)").line(":list");
            assertTrue(after(t.screen(), ":list").contains("table xor (4 inputs, 2 outputs, 4 rows)"), t.screen());
            t.line(":json on").line("info xor");
            assertTrue(after(t.screen(), "nn> info xor").contains("\"report\":\"info\""), t.screen());
            t.line(":j off").line(":reset").line("info xor");
            assertTrue(after(t.screen(), "nn> info xor").contains("unknown table 'xor'"), t.screen());
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid").line(":r");
            assertTrue(after(t.screen(), "nn> :r").contains(":r could mean :reset, which forgets; type "
                    + ":reset in full (nothing was done)"), t.screen());
            t.line(":list nets");
            assertTrue(after(t.screen(), "nn> :list nets").contains("net two = bits -> 2 sigmoid -> sigmoid"), t.screen());
            assertFalse(after(t.screen(), "nn> :list nets").contains("table xor"), t.screen());
            t.line(":li t");
            assertTrue(after(t.screen(), "nn> :li t").startsWith("\ntable xor (4 inputs"), t.screen());
            t.line(":l");
            assertTrue(after(t.screen(), "nn> :l").contains(":l is ambiguous: :list :load"), t.screen());
            t.line(":nonsense");
            assertTrue(t.screen().contains("unknown command :nonsense"), t.screen());
            t.type(":quit\r");
            assertEquals(0, t.exit(), ":quit ends the session\n" + t.screen());
        }
    }

    /** The line of a relations report that sums it up (H, CE, floor, accuracy). */
    private static String summary(String screen) {
        return screen.lines().filter(l -> l.startsWith("  H(Y|X) ")).findFirst().orElse("no summary in: " + screen);
    }

    @Test void undoPutsBackTheSessionBeforeTheLastEntryThatChangedIt() throws Exception {
        Path script = dir.resolve("undone.nn");
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid");
            t.line("train two on xor epochs 2000 lr 1 seed 3");
            t.line("relations two on xor");
            String trained = summary(after(t.screen(), "nn> relations two on xor"));
            // a redefinition drops the trained weights; :undo brings them back
            t.line("net two = bits -> 3 tanh -> sigmoid");
            assertTrue(after(t.screen(), "nn> net two = bits -> 3 tanh -> sigmoid")
                    .contains("replaced net two (its trained weights are dropped)"), t.screen());
            t.line(":undo");
            assertTrue(after(t.screen(), "nn> :undo").startsWith("\nundid net two = bits -> 3 tanh -> sigmoid (3 more can be undone)\n"),
                    t.screen());
            t.line("relations two on xor");
            String again = summary(after(t.screen().substring(t.screen().lastIndexOf("nn> :undo")), "nn> relations two on xor"));
            assertTrue(trained.startsWith("  H(Y|X) "), trained);
            assertEquals(trained, again);
            // a report changes nothing, so it is no undo point; :reset is one
            t.line(":reset");
            t.line(":undo");
            assertTrue(after(t.screen(), "nn> :reset").contains("undid :reset"), t.screen());
            t.line(":save " + script);
            assertTrue(t.screen().contains("saved 3 statements to " + script), t.screen());
            t.line(":undo").line(":undo").line(":undo").line(":undo");
            assertTrue(t.screen().contains("nothing to undo"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void dropForgetsOneNameAndSaveNoLongerWritesIt() throws Exception {
        Path script = dir.resolve("kept.nn");
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid").line("net one = bits -> sigmoid");
            t.line("train one on xor epochs 10");
            t.line(":d one");
            assertTrue(after(t.screen(), "nn> :d one").contains(":d could mean :drop, which forgets; type "
                    + ":drop in full (nothing was done)"), t.screen());
            t.line(":drop one");
            assertTrue(after(t.screen(), "nn> :drop one").startsWith("\ndropped net one\n"), t.screen());
            t.line(":drop tow");
            assertTrue(after(t.screen(), "nn> :drop tow").contains("no table, family or net named tow; did you mean 'two'?"),
                    t.screen());
            t.line(":list nets");
            assertFalse(after(t.screen(), "nn> :list nets").contains("net one"), t.screen());
            t.line(":save " + script);
            assertTrue(t.screen().contains("saved 2 statements to " + script), t.screen());
            assertEquals(0, t.finish());
        }
        assertEquals("# an nnlang session, saved from the REPL; run it with :load or scripts/nn\n"
                + "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\n", Files.readString(script));
    }

    @Test void dropForgetsAFamilyAndTheCurvesThatRanOnIt() throws Exception {
        Path script = dir.resolve("families.nn");
        try (Typist t = typist()) {
            t.line("family f = all(2)").line("net a = bits -> sigmoid").line("net b = bits -> 2 tanh -> sigmoid");
            t.line("curve a, b on f { rows 2, 3  trials 2  epochs 20 }");
            t.line(":drop f");
            assertTrue(after(t.screen(), "nn> :drop f").startsWith("\ndropped family f\n"), t.screen());
            t.line("expect heldout_accuracy of a on f at 2 >= 0");
            assertTrue(after(t.screen(), "nn> expect heldout_accuracy").contains("error"), t.screen());
            t.line(":save " + script);
            assertTrue(t.screen().contains("saved 2 statements to " + script), t.screen());
            assertEquals(0, t.finish());
        }
        assertEquals("# an nnlang session, saved from the REPL; run it with :load or scripts/nn\n"
                + "net a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\n", Files.readString(script));
    }

    @Test void editOpensTheDefinitionInTheEditorAndEntersWhatItLeaves() throws Exception {
        Path editor = dir.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\nsed -i 's/2 sigmoid/3 tanh/' \"$1\"\n");
        editor.toFile().setExecutable(true);
        try (Typist t = new Typist(dir.resolve("history"), Typist.WIDTH, editor.toString())) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid");
            t.line(":edit two");
            t.waitForEmptyPrompt(); // the echoed entry ("nn> net two = ...") is no prompt to wait for
            String screen = after(t.screen(), "nn> :edit two");
            assertTrue(screen.startsWith("\nnn> net two = bits -> 3 tanh -> sigmoid\n"), t.screen());
            t.line(":list nets");
            assertTrue(after(t.screen(), "nn> :list nets").contains("net two = bits -> 3 tanh -> sigmoid"), t.screen());
            // entered as if typed: it is in the history, one Up away
            t.line(":history 2");
            assertTrue(after(t.screen(), "nn> :history 2").contains("net two = bits -> 3 tanh -> sigmoid"), t.screen());
            t.line(":edit xor");
            assertTrue(after(t.screen(), "nn> :edit xor").startsWith("\nno change to xor"), t.screen());
            t.line(":edit nothing");
            assertTrue(after(t.screen(), "nn> :edit nothing").startsWith("\nno table, family or net named nothing"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void timeOffLeavesWallTimesOutOfReports() throws Exception {
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid");
            t.line("train two on xor epochs 10 seed 2");
            assertTrue(after(unwrapped(t), "nn> train two").matches("(?s).*accuracy \\d/4, \\d+\\.\\d\\d s\n.*"),
                    t.screen());
            t.line(":time off");
            assertTrue(after(t.screen(), "nn> :time off").startsWith("\nwall times off"), t.screen());
            t.line("train two on xor epochs 10 seed 2");
            assertTrue(after(unwrapped(t), "nn> train two").matches("(?s).*accuracy \\d/4\n.*"), t.screen());
            t.line(":time");
            assertTrue(after(t.screen(), "nn> :time").startsWith("\nwall times off"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void showOfAnUntrainedNetShowsItsDefinition() throws Exception {
        try (Typist t = typist()) {
            t.line("net fresh { input bits  dense 2 tanh  output sigmoid }").line("show fresh");
            assertTrue(after(t.screen(), "nn> show fresh").startsWith("\n\nnet fresh = bits -> 2 tanh -> sigmoid\n"
                    + "  not trained yet: train fresh on TABLE gives it weights (and its sizes, from the table)\n"),
                    t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void homeEndAndDeleteWorkAsTmuxAndScreenSendThem() throws Exception {
        try (Typist t = typist()) {
            t.line("table xor = xor(2)");
            // ESC [1~ is Home and ESC [4~ End under TERM=screen or tmux; ESC [3~ is Delete
            t.keys("nfo xorr\u001b[1~i\u001b[4~\u0002\u001b[3~\r");
            String screen = after(t.screen(), "nn> table xor = xor(2)");
            assertTrue(screen.contains("inputs     |X| = 4: {00, 01, 10, 11}"), t.screen());
            assertFalse(screen.contains("[1~") || screen.contains("[4~") || screen.contains("error"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void keysTypedDuringATrainingAreNotEchoedAndWaitForTheNextPrompt() throws Exception {
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid");
            t.type("train two on xor epochs 6000000 lr 1 seed 3\r");
            t.waitFor("/6000000 (");
            t.type("info xor");
            String screen = t.waitFor("nn> info xor");
            String during = after(screen, "nn> train two on xor epochs 6000000 lr 1 seed 3");
            assertTrue(during.contains("trained two on xor: 6000000 epochs"), screen);
            assertEquals(1, during.split("info xor", -1).length - 1, "typed once, shown once at the prompt:\n" + screen);
            assertTrue(during.stripTrailing().endsWith("nn> info xor"), screen);
            t.keys("\r");
            assertTrue(after(t.screen(), "nn> info xor").contains("|X| = 4"), t.screen());
            assertEquals(0, t.finish());
        }
    }

    @Test void atSixtyColumnsHelpReportsAndErrorsBreakBetweenWords() throws Exception {
        try (Typist t = new Typist(dir.resolve("history"), 60, "vi")) {
            t.line(":help").line(":help relations").line(":help compare").line("table xor = xor(2)")
                    .line("net two = bits -> 2 sigmoid -> sigmoid").line("train two on xor epochs 3000 lr 1 seed 3")
                    .line("relations two on xor").line("trian two on xor");
            String screen = t.screen();
            for (String line : screen.split("\n")) assertTrue(line.length() <= 60, "too wide: " + line);
            // a line broken by the terminal (mid-word) would be exactly 60 wide; the REPL breaks before
            assertTrue(screen.contains("trained two on xor: 3000 epochs (epochs done), loss 0.3488,\n  H(Y|X) 0.5123 bits, "
                    + "floor 0, accuracy 2/4, "), screen);
            assertTrue(screen.contains("advice: stuck above the floor, 2 rows tied or wrong (a local\n  minimum): "
                    + "try another seed or compare over seeds"), screen);
            assertTrue(screen.contains("  x   y  p(y|x)     target  top      H(Y|x)\n"), screen);
            assertTrue(screen.contains("  (-p log p, CE and floor per row need a wider terminal)\n"), screen);
            assertTrue(screen.contains("input:1:1: error: expected a statement (table, net, train,\n  relations,"), screen);
            assertEquals(0, t.finish());
        }
    }

    @Test void aLoadStatementSaysWhatItDefined() throws Exception {
        Path saved = dir.resolve("two.nn");
        try (Typist t = typist()) {
            t.line("table xor = xor(2)").line("net two = bits -> 2 sigmoid -> sigmoid").line("train two on xor epochs 10");
            t.line("save two to \"" + saved + "\"");
            assertTrue(after(unwrapped(t), "nn> save two").contains("wrote " + saved + " (nn, "), t.screen());
            t.line(":reset").line("load \"" + saved + "\"");
            assertTrue(after(unwrapped(t), "nn> load \"" + saved + "\"").startsWith("\nloaded " + saved + ": table xor, net two\n"),
                    t.screen());
            assertEquals(0, t.finish());
        }
    }
}
