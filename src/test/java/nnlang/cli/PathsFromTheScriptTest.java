package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nnlang.cli.GoldenScriptsTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths in load, table from, save and draw are taken from the folder of the file that holds the
 * statement, whatever the working folder (the tests run in the project folder, far from these
 * scripts); a script's fence is its own folder.
 */
class PathsFromTheScriptTest {
    @TempDir Path dir;

    @Test void aScriptFindsTheFilesBesideItAndWritesBesideIt() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve("lib/more"));
        Files.writeString(project.resolve("lib/xor.csv"), "a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        Files.writeString(project.resolve("tables.nn"), "table xor from \"lib/xor.csv\"\n");
        // lib/nets.nn names more/two.nn beside itself: lib/more/two.nn
        Files.writeString(project.resolve("lib/nets.nn"), "load \"more/two.nn\"\n");
        Files.writeString(project.resolve("lib/more/two.nn"), "net two = bits -> 2 sigmoid -> sigmoid\n");
        Path main = Files.writeString(project.resolve("main.nn"), """
                load "tables.nn"
                load "lib/nets.nn"
                train two on xor epochs 100 seed 1
                save two to "out/two.nn"
                draw two on xor to "out/two.svg"
                """);
        Result r = Result.run(main.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(project.resolve("out/two.nn")));
        assertTrue(Files.exists(project.resolve("out/two.svg")));
        assertFalse(Files.exists(Path.of("out")), "nothing is written in the working folder");
    }

    @Test void anErrorInANestedFileNamesItFromWhereTheCommandRan() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(sub.resolve("bad.nn"), "show nothing\n");
        Path main = Files.writeString(dir.resolve("a/main.nn"), "load \"b/bad.nn\"\n");
        Result r = Result.run(main.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(dir.resolve("a/b/bad.nn") + ":1:6: error: unknown net 'nothing'"), r.err());
    }

    @Test void aScriptsFenceIsItsOwnFolder() throws IOException {
        Path inner = Files.createDirectories(dir.resolve("outer/inner"));
        Files.writeString(dir.resolve("outer/secret.nn"), "table s = xor(2)\n");
        Path script = Files.writeString(inner.resolve("s.nn"), "load \"../secret.nn\"\n");
        Result r = Result.run(script.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("a script may only use files below the script's folder; '../secret.nn' climbs out"),
                r.err());
        // --allow-write DIR lets the script reach DIR, by a relative or an absolute path
        Files.writeString(script, "load \"../secret.nn\"\ninfo s\n");
        Result allowed = Result.run("--allow-write", dir.resolve("outer").toString(), script.toString());
        assertEquals(0, allowed.exit(), allowed.err());
        Files.writeString(script, "load \"" + dir.resolve("outer/secret.nn") + "\"\ninfo s\n");
        Result absolute = Result.run("--allow-write", dir.resolve("outer").toString(), script.toString());
        assertEquals(0, absolute.exit(), absolute.err());
    }

    @Test void scriptsFromTwoFoldersEachUseTheirOwn() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")), b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("t.nn"), "table ta = xor(2)\n");
        Files.writeString(b.resolve("t.nn"), "table tb = and(2)\n");
        Path sa = Files.writeString(a.resolve("main.nn"), "load \"t.nn\"\n");
        Path sb = Files.writeString(b.resolve("main.nn"), "load \"t.nn\"\ninfo ta\ninfo tb\n");
        Result r = Result.run(sa.toString(), sb.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("info ta") && r.out().contains("info tb"), r.out());
    }

    @Test void textFromNoFileUsesTheWorkingFolder() {
        Result r = Result.withInput("load \"src/test/resources/golden/data/broken.nn\"\n", "-");
        assertTrue(r.err().startsWith("<stdin>:1:6: error: src/test/resources/golden/data/broken.nn has an error"), r.err());
        Result e = Result.run("-e", "table xor from \"src/test/resources/golden/data/xor.csv\"");
        assertEquals(0, e.exit(), e.err());
    }
}
