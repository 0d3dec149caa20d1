package nnlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.Formatter;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import nnlang.run.FileAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nn fmt FILE...}: prints each script in canonical form, or with --write rewrites it in
 * place (atomically, and only when it changes). A file with syntax errors is reported and left
 * as it is; the exit code is then 2.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Print scripts in canonical form (comments kept); --write rewrites them in place.",
        footer = {"", "Exit codes: 0 success, 2 a file could not be read or has syntax errors (it is left untouched)."})
final class FormatCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scripts to format; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-w", "--write"}, description = "Rewrite each file in place instead of printing it.")
    boolean write;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    FormatCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override public Integer call() {
        int exit = ScriptRunner.OK;
        for (String name : files) {
            Source source;
            try {
                source = read(name);
            } catch (IOException e) {
                stderr.println(name + ": error: " + e.getMessage());
                exit = ScriptRunner.ERRORS;
                continue;
            }
            String text;
            try {
                text = Formatter.format(source);
            } catch (NnError e) {
                stderr.println(DiagnosticRenderer.render(e));
                exit = ScriptRunner.ERRORS;
                continue;
            }
            if (!write || name.equals("-")) {
                stdout.print(text);
                stdout.flush();
            } else if (!text.equals(source.text())) {
                try {
                    FileAccess.writeAtomically(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    stderr.println(name + ": error: cannot write: " + e.getMessage());
                    exit = ScriptRunner.ERRORS;
                }
            }
        }
        return exit;
    }

    private Source read(String name) throws IOException { return Main.read(name, stdin); }
}
