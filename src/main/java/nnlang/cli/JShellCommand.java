package nnlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code nn jshell [FILE.jsh...]}: JShell (the JDK's, in this process) with nnlang on the class
 * path and {@code nnlang.api} imported by a start-up script. With files, it runs them and exits;
 * without, it stays interactive.
 */
@Command(name = "jshell", mixinStandardHelpOptions = true,
        description = "JShell with nnlang on the class path and nnlang.api imported; with FILEs, run them and exit.")
final class JShellCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsh", description = "JShell scripts to run, then exit.")
    List<Path> files = new ArrayList<>();

    private final PrintStream err;

    JShellCommand(PrintStream err) { this.err = err; }

    @Override public Integer call() throws Exception {
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            err.println("nn: jshell needs a JDK, not only a Java runtime (on Debian: apt-get install default-jdk-headless)");
            return ScriptRunner.ERRORS;
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println(f + ": error: no such file");
                return ScriptRunner.ERRORS;
            }
        }
        Path startup = Files.createTempFile("nnlang-startup", ".jsh");
        Path exit = Files.createTempFile("nnlang-exit", ".jsh");
        try {
            copyStartup(startup);
            // after its files JShell stays interactive, so files to run are followed by /exit
            Files.writeString(exit, "/exit\n");
            List<String> args = new ArrayList<>(List.of("-R-XX:+UseSerialGC",
                    "--class-path", System.getProperty("java.class.path"),
                    "--startup", "DEFAULT", "--startup", startup.toString()));
            for (Path f : files) args.add(f.toString());
            if (!files.isEmpty()) args.add(exit.toString());
            return jdk.jshell.tool.JavaShellToolBuilder.builder().start(args.toArray(String[]::new));
        } finally {
            Files.deleteIfExists(startup);
            Files.deleteIfExists(exit);
        }
    }

    /** The start-up script (scripts/nnlang-startup.jsh, packed into the jar). */
    private static void copyStartup(Path to) throws IOException {
        try (InputStream in = JShellCommand.class.getResourceAsStream("/nnlang/nnlang-startup.jsh")) {
            if (in == null) throw new IOException("the jar has no nnlang/nnlang-startup.jsh");
            Files.write(to, in.readAllBytes());
        }
    }
}
