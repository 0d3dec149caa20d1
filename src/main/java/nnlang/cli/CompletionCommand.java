package nnlang.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code nn completion}: prints a completion script for bash and zsh (picocli writes it from the
 * command's own options and subcommands, so it never drifts from them). Use:
 * {@code source <(nn completion)} in ~/.bashrc or ~/.zshrc.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script for nn: source <(nn completion)")
final class CompletionCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    private final PrintStream out;

    CompletionCommand(PrintStream out) { this.out = out; }

    @Override public Integer call() {
        CommandLine root = spec.commandLine().getParent();
        out.print(AutoComplete.bash(root.getCommandName(), root));
        out.flush();
        return ScriptRunner.OK;
    }
}
