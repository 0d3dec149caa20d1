package nnlang.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The REPL's own commands, one small record each; {@code :h} finds {@code :help} (a unique
 * prefix), but a command that forgets (:reset) is only run by its whole name.
 */
final class Commands {
    /** What a command does; false ends the REPL. */
    interface Action { boolean run(Repl repl, String argument); }

    record Command(String name, String usage, String summary, boolean destructive, Action action) {
        Command(String name, String usage, String summary, Action action) { this(name, usage, summary, false, action); }
    }

    /** What a typed command word finds: one command, or why not (no command, several, a destructive prefix). */
    record Lookup(Command command, String problem) {}

    static final List<Command> ALL = List.of(
            new Command(":help", ":help [TOPIC]", "an overview, or a statement with an example",
                    (r, a) -> r.help(a)),
            new Command(":list", ":list [nets|tables]", "the tables and nets defined, one line each",
                    (r, a) -> r.list(a)),
            new Command(":history", ":history [N]", "the last N entries (20 unless given)", (r, a) -> r.history(a)),
            new Command(":drop", ":drop NAME", "forget one table, family or net (typed in full)", true, (r, a) -> r.drop(a)),
            new Command(":edit", ":edit NAME", "edit a definition in $VISUAL or $EDITOR, then enter it",
                    (r, a) -> r.edit(a)),
            new Command(":time", ":time on|off", "wall times in reports (on at the start)", (r, a) -> r.time(a)),
            new Command(":load", ":load FILE", "run a script in this session", (r, a) -> r.load(a)),
            new Command(":save", ":save FILE", "write the session as a script that rebuilds it", (r, a) -> r.save(a)),
            new Command(":reset", ":reset", "forget every table and net (typed in full)", true, (r, a) -> r.reset()),
            new Command(":undo", ":undo", "put the session back as it was before the last entry that changed it",
                    (r, a) -> r.undo()),
            new Command(":json", ":json on|off", "reports as JSON, or as text", (r, a) -> r.json(a)),
            new Command(":quit", ":quit", "leave (Ctrl-D does too)", (r, a) -> false));

    private Commands() {}

    /** The command named exactly, or by a prefix that only one command has; null if none. */
    static Command find(String word) { return lookup(word).command(); }

    /**
     * The command a word names: exactly, or by a prefix that only one command has. A prefix of
     * several lists them; a prefix of a destructive command is refused, so :r never resets.
     */
    static Lookup lookup(String word) { return lookup(word, true); }

    /** As {@link #lookup(String)}; to explain a command (:help :r), a destructive prefix is not refused. */
    static Lookup lookup(String word, boolean refuseDestructive) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        List<Command> matches = new ArrayList<>();
        for (Command c : ALL) {
            if (c.name().equals(w)) return new Lookup(c, null);
            if (w.length() > 1 && c.name().startsWith(w)) matches.add(c);
        }
        if (matches.isEmpty()) return new Lookup(null, "unknown command " + word + "; :help lists the commands");
        if (matches.size() > 1) {
            List<String> names = new ArrayList<>();
            for (Command c : matches) names.add(c.name());
            return new Lookup(null, word + " is ambiguous: " + String.join(" ", names));
        }
        Command c = matches.get(0);
        if (c.destructive() && refuseDestructive) {
            return new Lookup(null, word + " could mean " + c.name() + ", which forgets; "
                    + "type " + c.name() + " in full (nothing was done)");
        }
        return new Lookup(c, null);
    }
}
