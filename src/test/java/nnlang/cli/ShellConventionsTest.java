package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nnlang.cli.GoldenScriptsTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -e, fmt --check, completion, JSON errors, --timeout 0, and text read exactly (BOM, bad bytes, separators). */
class ShellConventionsTest {
    @TempDir Path dir;

    @Test void dashERunsStatementsFromTheCommandLine() {
        Result r = Result.run("-e", "print \"hi\"");
        assertEquals(0, r.exit(), r.err());
        assertEquals("hi\n", r.out());
        Result two = Result.run("-e", "table xor = xor(2)", "-e", "info xor");
        assertTrue(two.out().contains("|X| = 4"), two.out());
        Result bad = Result.run("-e", "print hi");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("-e:1:7: error: expected a string in double quotes after 'print', found 'hi'"),
                bad.err());
    }

    @Test void underJsonErrorsAreJsonLinesOnStandardOutput() throws IOException {
        Result r = Result.withInput("print \"a\"\nnet two { input bits  dense 2 sigmod  output sigmoid }\n", "--json", "-");
        assertEquals(2, r.exit());
        assertEquals("", r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length, r.out()); // the script does not resolve: nothing ran
        JsonObject e = JsonParser.parseString(lines[0]).getAsJsonObject();
        assertEquals("error", e.get("report").getAsString());
        assertEquals("<stdin>", e.get("file").getAsString());
        assertEquals(2, e.get("line").getAsInt());
        assertEquals(31, e.get("col").getAsInt());
        assertEquals(6, e.get("length").getAsInt());
        assertTrue(e.get("message").getAsString().startsWith("unknown activation 'sigmod'"), lines[0]);
        assertEquals("did you mean 'sigmoid'?", e.get("hint").getAsString());

        // a syntax error: nothing runs, the one line is the error
        Result syntax = Result.withInput("print \"a\"\nprint b\n", "--json", "-");
        String[] one = syntax.out().strip().split("\n");
        assertEquals(1, one.length, syntax.out());
        assertEquals(2, JsonParser.parseString(one[0]).getAsJsonObject().get("line").getAsInt());

        // a file that is not there has no position
        JsonObject missing = JsonParser.parseString(Result.run("--json", "nope.nn").out().strip()).getAsJsonObject();
        assertEquals("nope.nn", missing.get("file").getAsString());
        assertEquals("no such file", missing.get("message").getAsString());
        assertFalse(missing.has("line"));
    }

    @Test void timeoutZeroIsRefusedLikeANegativeOne() {
        for (String t : new String[] {"0", "-1", "NaN"}) {
            Result r = Result.withInput("print \"hi\"\n", "--timeout", t, "-");
            assertEquals(2, r.exit(), t);
            assertEquals("nn: error: --timeout takes a number of seconds above 0\n", r.err(), t);
            assertEquals("", r.out());
        }
    }

    @Test void fmtCheckListsFilesNotInCanonicalFormAndChangesNothing() throws IOException {
        Path neat = Files.writeString(dir.resolve("neat.nn"), "table xor = xor(2)\n");
        Path messy = Files.writeString(dir.resolve("messy.nn"), "table   xor =  xor( 2 )\n");
        Result r = Result.run("fmt", "--check", neat.toString(), messy.toString());
        assertEquals(1, r.exit());
        assertEquals(messy + "\n", r.out());
        assertEquals("table   xor =  xor( 2 )\n", Files.readString(messy));
        assertEquals(0, Result.run("fmt", "--check", neat.toString()).exit());
        Path broken = Files.writeString(dir.resolve("broken.nn"), "table xor = \n");
        assertEquals(2, Result.run("fmt", "--check", broken.toString()).exit());
    }

    @Test void completionPrintsAScriptThatKnowsTheSubcommandsAndOptions() {
        Result r = Result.run("completion");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        for (String word : new String[] {"fmt", "bench", "jshell", "--allow-write", "--timeout", "--check"}) {
            assertTrue(r.out().contains(word), word);
        }
        assertTrue(r.out().contains("complete -F"), "registers a bash completion function");
    }

    @Test void aByteOrderMarkAtTheStartOfAScriptIsSkipped() throws IOException {
        Path script = dir.resolve("bom.nn");
        Files.write(script, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "print \"hi\"\n"));
        Result r = Result.run(script.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("hi\n", r.out());
    }

    @Test void aByteOrderMarkInACsvDoesNotEatTheFirstRow() throws IOException {
        // Excel writes a BOM; it once made the first row look like a header, which was dropped
        Files.write(dir.resolve("xor.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "0,0,0\n0,1,1\n1,0,1\n1,1,0\n"));
        Path script = Files.writeString(dir.resolve("t.nn"), "table xor from \"xor.csv\"\ninfo xor\n");
        Result r = Result.run(script.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("|X| = 4: {00, 01, 10, 11}"), r.out());
    }

    @Test void invalidUtf8IsReportedAtTheLineAndColumnOfItsFirstBadByte() throws IOException {
        Path script = dir.resolve("f.nn");
        Files.write(script, concat("print \"ok\"\nprint \"ab".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff},
                "\"\n".getBytes(StandardCharsets.UTF_8)));
        Result r = Result.run(script.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out(), "nothing ran");
        assertTrue(r.err().startsWith(script + ":2:10: error: not UTF-8: byte 0xff\n  | print \"ab\uFFFD\"\n  |          ^"),
                r.err());
        // the same inside a loaded file: the load names the file, then the byte's place
        Path loader = Files.writeString(dir.resolve("loader.nn"), "load \"f.nn\"\n");
        Result loaded = Result.run(loader.toString());
        assertEquals(2, loaded.exit());
        assertTrue(loaded.err().contains(dir.resolve("f.nn") + ":2:10: error: not UTF-8: byte 0xff"), loaded.err());
    }

    @Test void aCsvSeparatedBySemicolonsOrTabsGetsAHintNamingTheSeparator() throws IOException {
        Files.writeString(dir.resolve("semi.csv"), "0;0;0\n0;1;1\n");
        Files.writeString(dir.resolve("tabs.csv"), "0\t0\t0\n0\t1\t1\n");
        Path script = Files.writeString(dir.resolve("s.nn"), "table a from \"semi.csv\"\n");
        Result r = Result.run(script.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("^^^^^ the cells seem separated by ';'; nnlang reads commas"), r.err());
        Files.writeString(script, "table a from \"tabs.csv\"\n");
        assertTrue(Result.run(script.toString()).err().contains("the cells seem separated by tabs"));
    }

    @Test void controlCharactersReachTheTerminalAsEscapesNotRaw() {
        Result r = Result.withInput("print \"a\u001b[2Jb\"\n", "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("a\\x1b[2Jb\n"), r.out());
        assertFalse(r.out().contains("\u001b"));
        // a state is refused with one (every report shows it on one line); the message escapes it too
        Result state = Result.withInput("table t { \"x\u0000\" -> 1  y -> 0 }\ninfo t\n", "-");
        assertEquals(2, state.exit());
        assertTrue(state.err().startsWith("<stdin>:1:11: error: a state cannot hold a control character (\\x00)"
                + ": every report shows a state on one line\n  | table t { \"x\\x00\" -> 1  y -> 0 }"), state.err());
        assertFalse(state.err().contains("\u0000"));
        // JSON keeps the text exactly, escaped as JSON escapes it
        assertTrue(Result.withInput("print \"a\u001bb\"\n", "--json", "-").out().contains("a\\u001bb"));
    }

    @Test void aFileWithOldMacLineBreaksIsReadLineByLine() throws IOException {
        Path script = Files.writeString(dir.resolve("cr.nn"), "print \"a\"\rprint b\r");
        Result r = Result.run(script.toString());
        assertTrue(r.err().startsWith(script + ":2:7: error: expected a string in double quotes"), r.err());
    }

    @Test void aNumberThatUnderflowsSaysSo() {
        Result r = Result.withInput("table t { 0 -> 1 }\nnet n = bits -> sigmoid\ntrain n on t lr 1e-400\n", "-");
        assertTrue(r.err().contains("^^^^^^ it is too small for a double and reads as 0"), r.err());
    }

    @Test void fmtWriteGoesThroughASymbolicLinkToTheRealFile() throws IOException {
        Path real = Files.writeString(dir.resolve("real.nn"), "table   xor =  xor( 2 )\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.nn"), real);
        assertEquals(0, Result.run("fmt", "--write", link.toString()).exit());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("table xor = xor(2)\n", Files.readString(real));
    }

    static byte[] concat(byte[] head, String tail) { return concat(head, tail.getBytes(StandardCharsets.UTF_8)); }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) all.writeBytes(p);
        return all.toByteArray();
    }
}
