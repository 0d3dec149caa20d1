package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import nnlang.cli.GoldenScriptsTest.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fence resolves real paths: no read or write leaves the script's folder through a symbolic
 * link, what a refused file holds is never shown, and a program beside the script is never
 * overwritten.
 */
class FenceTest {
    @TempDir Path dir;
    Path project, elsewhere;

    @BeforeEach void folders() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.nn"), "table s = xor(2)\nprint \"the secret\"\n");
        Files.writeString(elsewhere.resolve("x.csv"), "SECRETROW,1\n0,0\n");
        Files.createSymbolicLink(project.resolve("out"), elsewhere);
        Files.createSymbolicLink(project.resolve("secret.nn"), elsewhere.resolve("secret.nn"));
        Files.createSymbolicLink(project.resolve("x.csv"), elsewhere.resolve("x.csv"));
    }

    private Result run(String script, String... options) throws IOException {
        Path s = Files.writeString(project.resolve("s.nn"), script);
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = s.toString();
        return Result.run(args);
    }

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test void aLinkedFolderIsNoWayOut() throws IOException {
        for (String write : new String[] {"save session to \"out/x.nn\"", "draw two to \"out/x.svg\"",
                "save two to \"out/deeper/x.nn\""}) {
            Result r = run("table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\n" + write);
            assertEquals(2, r.exit(), write);
            assertEquals("", r.out(), "nothing ran: " + write);
            assertTrue(r.err().contains("leads through a symbolic link to " + elsewhere.toRealPath()), r.err());
            assertEquals(2, filesIn(elsewhere), "nothing written outside: " + write);
        }
    }

    @Test void aLinkedFileIsNotReadAndNothingOfItIsShown() throws IOException {
        for (String read : new String[] {"load \"secret.nn\"", "table t from \"x.csv\""}) {
            Result r = run(read + "\n");
            assertEquals(2, r.exit(), read);
            assertTrue(r.err().contains("leads through a symbolic link"), r.err());
            assertFalse(r.err().contains("secret") && r.err().contains("the secret"), r.err());
            assertFalse(r.err().contains("SECRETROW") || r.out().contains("the secret"), r.err());
        }
        // the user can allow the folder
        Result allowed = run("load \"secret.nn\"\n", "--allow-write", elsewhere.toString());
        assertEquals(0, allowed.exit(), allowed.err());
        assertEquals("the secret\n", allowed.out());
    }

    @Test void aLinkInsideTheFolderWritesTheRealFile() throws IOException {
        Path real = Files.writeString(project.resolve("real.nn"), "# old\n");
        Files.createSymbolicLink(project.resolve("alias.nn"), real);
        Result r = run("table xor = xor(2)\nsave session to \"alias.nn\"\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(project.resolve("alias.nn")), "the link stays a link");
        assertTrue(Files.readString(real).contains("table xor"), Files.readString(real));
        Files.createSymbolicLink(project.resolve("dangling.nn"), elsewhere.resolve("missing.nn"));
        Result dangling = run("table xor = xor(2)\nsave session to \"dangling.nn\"\n");
        assertEquals(2, dangling.exit());
        assertTrue(dangling.err().contains("'dangling.nn' is a symbolic link to a file that does not exist"),
                dangling.err());
        assertFalse(Files.exists(elsewhere.resolve("missing.nn")));
    }

    @Test void aProgramBesideTheScriptIsNeverOverwritten() throws IOException {
        Path build = Files.writeString(project.resolve("build.sh"), "#!/bin/sh\necho built\n");
        Files.setPosixFilePermissions(build, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result r = run("table t { \"$(touch pwned)\" -> 1  b -> 0 }\nsave session to \"build.sh\"\n");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'build.sh' is an executable file; a script does not overwrite programs"), r.err());
        assertEquals("#!/bin/sh\necho built\n", Files.readString(build));
        Result allowed = run("table xor = xor(2)\nsave session to \"build.sh\"\n", "--allow-write", project.toString());
        assertEquals(0, allowed.exit(), "an allowed folder is the user's word: " + allowed.err());
    }

    @Test void aFolderAsTheTargetLeavesNoTemporaryFileAnywhere() throws IOException {
        long before = filesIn(dir);
        Result r = run("table xor = xor(2)\nsave session to \".\"\n");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("save writes .nn files, not '.'"), r.err());
        assertEquals(before, filesIn(dir));
        assertEquals(4, filesIn(project), "out, secret.nn, x.csv, s.nn and nothing else");
    }

    @Test void devicesAndPipesAreRefusedBeforeTheyAreRead() throws Exception {
        Result zero = Result.run("/dev/zero");
        assertEquals(2, zero.exit());
        assertEquals("/dev/zero: error: is not a regular file (a device or a pipe?)\n", zero.err());
        Path fifo = project.resolve("pipe.nn");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        Result r = run("load \"pipe.nn\"\n");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("pipe.nn is not a regular file (a device or a pipe?)"), r.err());
    }

    @Test void endlessStandardInputIsCutAtTheLimit() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override public int read() { return 'a'; }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int exit = Main.run(new String[] {"-"}, endless, new java.io.PrintStream(out), new java.io.PrintStream(err));
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("-: error: standard input has more than 16777216 bytes"), err.toString());
    }

    @Test void aScriptReachedThroughALinkedFolderStillUsesItsOwnFiles() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/sub"));
        Files.writeString(real.resolve("d.csv"), "0,1\n1,0\n");
        Files.writeString(real.resolve("lib.nn"), "table t from \"d.csv\"\n");
        Files.writeString(real.getParent().resolve("main.nn"), "load \"sub/lib.nn\"\ninfo t\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real.getParent());
        Result r = Result.run(link.resolve("main.nn").toString());
        assertEquals(0, r.exit(), r.err());
    }
}
