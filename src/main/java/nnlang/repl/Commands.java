package nnlang.repl;

import java.util.ArrayList;
import java.util.List;

/** The REPL's own commands, one small record each; {@code :h} finds {@code :help} (a unique prefix). */
final class Commands {
    /** What a command does; false ends the REPL. */
    interface Action { boolean run(Repl repl, String argument); }

    record Command(String name, String usage, String summary, Action action) {}

    static final List<Command> ALL = List.of(
            new Command(":help", ":help [TOPIC]", "an overview, or a statement with an example",
                    (r, a) -> r.help(a)),
            new Command(":list", ":list", "the tables and nets defined, one line each", (r, a) -> r.list()),
            new Command(":load", ":load FILE", "run a script in this session", (r, a) -> r.load(a)),
            new Command(":save", ":save FILE", "write the session as a script that rebuilds it", (r, a) -> r.save(a)),
            new Command(":reset", ":reset", "forget every table and net", (r, a) -> r.reset()),
            new Command(":json", ":json on|off", "reports as JSON, or as text", (r, a) -> r.json(a)),
            new Command(":quit", ":quit", "leave (Ctrl-D does too)", (r, a) -> false));

    private Commands() {}

    /** The command named exactly, or by a prefix that only one command has; null if none. */
    static Command find(String word) {
        List<Command> matches = new ArrayList<>();
        for (Command c : ALL) {
            if (c.name().equals(word)) return c;
            if (word.length() > 1 && c.name().startsWith(word)) matches.add(c);
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
