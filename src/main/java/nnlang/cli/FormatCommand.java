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
 * {@code nn fmt FILE...}: prints each script in canonical form, with --write rewrites it in place
 * (atomically, and only when it changes), with --check lists the files that are not in canonical
 * form (as gofmt -l and prettier --check do). A file with syntax errors is reported and left as it
 * is; the exit code is then 2.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "Print scripts in canonical form (comments kept); --write rewrites them in place, "
                + "--check lists those not in canonical form.",
        footer = {"", "Exit codes: 0 success (with --check: every file is canonical), 1 with --check: some file is "
                + "not, 2 a file could not be read or has syntax errors (it is left untouched)."})
final class FormatCommand implements Callable<Integer> {
    static final int NOT_CANONICAL = 1;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scripts to format; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-w", "--write"}, description = "Rewrite each file in place instead of printing it.")
    boolean write;

    @Option(names = {"-c", "--check"}, description = "Print the name of each file not in canonical form; change nothing.")
    boolean check;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    FormatCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override public Integer call() {
        if (write && check) {
            stderr.println("nn fmt: --write and --check exclude each other");
            return ScriptRunner.ERRORS;
        }
        boolean failed = false, different = false;
        for (String name : files) {
            Source source;
            String text;
            try {
                source = ScriptFiles.read(name, stdin);
                text = Formatter.format(source);
            } catch (ScriptFiles.Unreadable e) {
                stderr.println(name + ": error: " + e.getMessage());
                failed = true;
                continue;
            } catch (NnError e) {
                stderr.println(DiagnosticRenderer.render(e));
                failed = true;
                continue;
            }
            if (check) {
                if (!text.equals(source.text())) {
                    stdout.println(name);
                    different = true;
                }
            } else if (!write || name.equals("-")) {
                stdout.print(text);
            } else if (!text.equals(source.text())) {
                try {
                    // through a symbolic link to the real file: the link stays a link
                    FileAccess.writeAtomically(Path.of(name).toRealPath(), text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    stderr.println(name + ": error: cannot write: " + e.getMessage());
                    failed = true;
                }
            }
            stdout.flush();
        }
        return failed ? ScriptRunner.ERRORS : different ? NOT_CANONICAL : ScriptRunner.OK;
    }
}
