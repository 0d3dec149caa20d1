package nnlang.repl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nnlang.lang.DiagnosticRenderer;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Span;
import nnlang.lang.Statement;
import nnlang.lang.Word;
import nnlang.run.Interpreter;
import nnlang.run.Plan;
import nnlang.run.RanOut;
import nnlang.run.ScriptResolver;
import nnlang.run.NetEntry;
import nnlang.run.Session;
import nnlang.train.StopReason;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * The interactive shell: reads entries with JLine (multi-line while a brace is open, completion,
 * highlighting, history), runs them in one session with the same interpreter as scripts, and
 * answers the : commands. The REPL never trains itself; it hands statements to the interpreter
 * and a stop flag that Ctrl-C sets.
 */
public final class Repl {
    static final String PROMPT = "nn> ";
    static final String CONTINUATION = "..> ";
    static final String ENTRY = "input";

    /**
     * Where history is kept (null: nowhere), whether reports start as JSON, whether to use colour,
     * the editor of :edit (a command line), and the pager for long reports (null: none).
     */
    public record Settings(Path history, boolean json, boolean colour, String editor, String pager) {
        public Settings(Path history, boolean json, boolean colour) { this(history, json, colour, "vi", null); }

        /**
         * The settings for a person at a terminal: history in $NN_HISTORY, else $HOME/.nn_history
         * (Java's user.home ignores $HOME), and colour unless NO_COLOR is set.
         */
        public static Settings forTerminal(Terminal terminal, boolean json) {
            String noColor = System.getenv("NO_COLOR");
            Integer colours = terminal.getNumericCapability(Capability.max_colors);
            boolean colour = (noColor == null || noColor.isEmpty()) && colours != null && colours >= 8
                    && !Terminal.TYPE_DUMB.equals(terminal.getType());
            return new Settings(historyFile(System.getenv()), json, colour, editor(System.getenv()),
                    Terminal.TYPE_DUMB.equals(terminal.getType()) ? null : pager(System.getenv()));
        }

        /** $VISUAL, else $EDITOR, else vi. */
        static String editor(java.util.Map<String, String> env) {
            for (String v : List.of("VISUAL", "EDITOR")) {
                String e = env.get(v);
                if (e != null && !e.isBlank()) return e;
            }
            return "vi";
        }

        /** $NN_PAGER, else $PAGER, else less; an empty NN_PAGER means none. */
        static String pager(java.util.Map<String, String> env) {
            String p = env.get("NN_PAGER");
            if (p != null) return p.isBlank() ? null : p;
            p = env.get("PAGER");
            return p != null && !p.isBlank() ? p : "less -FRX";
        }

        static Path historyFile(java.util.Map<String, String> env) {
            String file = env.get("NN_HISTORY");
            if (file != null && !file.isEmpty()) return Path.of(file);
            String home = env.get("HOME");
            return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".nn_history");
        }
    }

    private final Terminal terminal;
    private final Settings settings;
    private final Session session = new Session();
    private final Transcript transcript = new Transcript();
    private final ProgressLine progress;
    private final ReplOutput output;
    private final Interpreter interpreter;
    private final LineReader reader;
    private volatile boolean stopRequested;
    /** The terminal's attributes before an entry runs (echo on), while it runs without echo; else null. */
    private volatile Attributes cooked;

    public Repl(Terminal terminal, Settings settings) {
        this.terminal = terminal;
        this.settings = settings;
        this.progress = new ProgressLine(terminal, true);
        this.output = new ReplOutput(terminal.writer(), progress, settings.json());
        this.interpreter = new Interpreter(session, output);
        interpreter.setStopSignal(() -> stopRequested);
        interpreter.setProgressListener(progress);
        interpreter.setTimes(true);
        this.reader = buildReader();
        output.setWidth(terminal::getWidth);
        output.setHeight(terminal::getHeight);
        output.setColours(TerminalColours.of(terminal, settings.colour()));
        output.setPager(Pager.of(settings.pager(), terminal, () -> cooked != null ? cooked : terminal.getAttributes()));
    }

    /**
     * Starts the REPL on the process's terminal (JLine's JNI provider: the FFM one needs Java 22)
     * and returns the exit code when the person leaves.
     */
    public static int onSystemTerminal(boolean json, nnlang.run.FileAccess files, int threads) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("nn").providers("jni,exec").build()) {
            Repl repl = new Repl(terminal, Settings.forTerminal(terminal, json));
            // the command line's --allow-write and --threads hold in the REPL too
            repl.setFileAccess(files);
            repl.interpreter.setThreads(threads);
            return repl.run();
        }
    }

    /** Where statements, :load and :save may read and write (--allow-write widens it). */
    void setFileAccess(nnlang.run.FileAccess files) { interpreter.setFileAccess(files); }

    private LineReader buildReader() {
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("nn")
                .parser(new EntryParser(this::typedAhead)).completer(new NnCompleter(session))
                .highlighter(new NnHighlighter(settings.colour()))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false);
        if (settings.history() != null) b.variable(LineReader.HISTORY_FILE, settings.history());
        if (!settings.colour()) {
            for (String style : List.of(LineReader.COMPLETION_STYLE_STARTING, LineReader.COMPLETION_STYLE_DESCRIPTION,
                    LineReader.COMPLETION_STYLE_GROUP, LineReader.COMPLETION_STYLE_SELECTION,
                    LineReader.COMPLETION_STYLE_BACKGROUND)) {
                b.variable(style, "");
            }
        }
        LineReader built = b.build();
        bindEditingKeys(built);
        return built;
    }

    /**
     * Home, End and Delete as tmux and screen send them (TERM screen, tmux: ESC [1~, ESC [4~),
     * and as rxvt does (ESC [7~, ESC [8~), whatever the terminfo entry says.
     */
    static void bindEditingKeys(LineReader reader) {
        for (String map : List.of(LineReader.EMACS, LineReader.VIINS)) {
            org.jline.keymap.KeyMap<org.jline.reader.Binding> keys = reader.getKeyMaps().get(map);
            if (keys == null) continue;
            for (String home : List.of("\033[1~", "\033[7~", "\033[H", "\033OH")) {
                keys.bind(new org.jline.reader.Reference(LineReader.BEGINNING_OF_LINE), home);
            }
            for (String end : List.of("\033[4~", "\033[8~", "\033[F", "\033OF")) {
                keys.bind(new org.jline.reader.Reference(LineReader.END_OF_LINE), end);
            }
            keys.bind(new org.jline.reader.Reference(LineReader.DELETE_CHAR), "\033[3~");
        }
    }

    /** The next key already typed but not yet read (lines pasted together), or a negative number. */
    private int typedAhead() {
        try {
            return terminal.reader().peek(1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Reads and runs entries until :quit or Ctrl-D; returns the exit code (0). */
    public int run() {
        terminal.handle(Terminal.Signal.INT, signal -> stopRequested = true);
        output.line("nnlang " + nnlang.about.Version.get() + ": type statements, :help for help, :quit or Ctrl-D to leave.");
        boolean going = true;
        while (going) {
            String entry;
            try {
                entry = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C drops the line being typed, never the REPL
            } catch (EndOfFileException e) {
                break;
            }
            // no entry may end the REPL: whatever fails outside the statements' own guard (checking
            // an entry that builds too many nets, the undo bookkeeping) puts the session back too
            Session safe = session.copy();
            List<String> said = transcript.snapshot();
            try {
                going = handle(entry);
            } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
                session.replaceWith(safe);
                transcript.restore(said);
                output.line("nn: " + (e instanceof Error err ? "this entry: " + RanOut.describe(err)
                        : "internal error (" + e.getClass().getSimpleName() + ")")
                        + "; nothing of it was kept, the session is as it was before the entry");
            }
        }
        saveHistory();
        return 0;
    }

    /** Runs one entry: a command, or statements. False when the REPL should end. */
    boolean handle(String entry) {
        String text = entry.strip();
        if (text.isEmpty()) return true;
        String word = asCommand(text);
        if (word != null) text = word;
        if (text.startsWith(":")) {
            int space = text.indexOf(' ');
            String name = space < 0 ? text : text.substring(0, space);
            String argument = space < 0 ? "" : text.substring(space + 1).strip();
            Commands.Lookup found = Commands.lookup(name);
            if (found.command() == null) {
                output.line(found.problem());
                return true;
            }
            // :drop, :reset and :load change the session: each can be taken back with :undo
            boolean changes = CHANGING.contains(found.command().name());
            UndoPoint point = changes ? undoPoint(text) : null;
            boolean go = found.command().action().run(this, argument);
            if (point != null && changed(point)) undo.push(point);
            return go;
        }
        UndoPoint point = undoPoint(text);
        if (run(new Source(ENTRY, entry)) > 0 && changed(point)) undo.push(point);
        return true;
    }

    /** The commands that change the session (an entry of statements may too). */
    private static final java.util.Set<String> CHANGING = java.util.Set.of(":drop", ":reset", ":load");
    /** How many entries :undo can take back (each point holds the session's nets, weights included). */
    static final int UNDO_DEPTH = 20;

    /** The session and its transcript before an entry, and the entry's first line. */
    private record UndoPoint(Session session, List<String> transcript, String entry) {}

    private final java.util.ArrayDeque<UndoPoint> undo = new java.util.ArrayDeque<>() {
        @Override public void push(UndoPoint p) {
            super.push(p);
            while (size() > UNDO_DEPTH) removeLast();
        }
    };

    private UndoPoint undoPoint(String entry) {
        String first = entry.strip().lines().findFirst().orElse("");
        if (first.length() > 60 || entry.strip().contains("\n")) first = first.substring(0, Math.min(first.length(), 57)) + "...";
        return new UndoPoint(session.copy(), transcript.snapshot(), first);
    }

    private boolean changed(UndoPoint p) {
        return !p.transcript().equals(transcript.snapshot()) || !session.sameAs(p.session());
    }

    /** :undo: the session and the transcript as they were before the last entry that changed them. */
    boolean undo() {
        UndoPoint p = undo.poll();
        if (p == null) {
            output.line("nothing to undo");
            return true;
        }
        session.replaceWith(p.session());
        transcript.restore(p.transcript());
        output.line("undid " + p.entry() + (undo.isEmpty() ? "" : " (" + undo.size() + " more can be undone)"));
        return true;
    }

    /**
     * The command that a habit from other shells means: help, ?, help TOPIC, exit and quit typed
     * as words (no statement starts with them); null for anything else.
     */
    static String asCommand(String text) {
        String[] words = text.split("\\s+", 2);
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        String rest = words.length > 1 ? " " + words[1] : "";
        return switch (first) {
            case "help", "?" -> ":help" + rest;
            case "exit", "quit" -> rest.isEmpty() ? ":quit" : null;
            default -> null;
        };
    }

    /** Parses a source and runs its statements until the first error; returns how many succeeded. */
    private int run(Source source) {
        List<Statement> statements;
        try {
            statements = Parsing.parse(source);
        } catch (NnError e) {
            error(e);
            saidNothingRan(statementsIn(source.text()));
            return 0;
        }
        // the entry resolves whole before any of it runs: an error anywhere in it changes nothing
        stopRequested = false; // a Ctrl-C at the prompt, or one that stopped the last training, is spent
        ScriptResolver.Resolved resolved = interpreter.resolver().resolve(source, statements);
        if (!resolved.ok()) {
            error(new NnError(resolved.errors()));
            saidNothingRan(statements.size());
            return 0;
        }
        Attributes before = quiet();
        try {
            return runSteps(source, resolved);
        } finally {
            if (before != null) {
                terminal.setAttributes(before);
                cooked = null;
            }
        }
    }

    /**
     * Keys typed while an entry runs are neither echoed (into the training bar) nor lost: with echo
     * and line editing off they wait in the terminal for the next prompt. Ctrl-C still signals.
     * Returns the attributes to restore, or null when an entry is already running (:load).
     */
    private Attributes quiet() {
        if (cooked != null) return null;
        Attributes normal = terminal.getAttributes();
        Attributes quiet = new Attributes(normal);
        quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        quiet.setLocalFlag(Attributes.LocalFlag.ICANON, false);
        quiet.setControlChar(Attributes.ControlChar.VMIN, 1);
        quiet.setControlChar(Attributes.ControlChar.VTIME, 0);
        terminal.setAttributes(quiet);
        cooked = normal;
        return normal;
    }

    private int runSteps(Source source, ScriptResolver.Resolved resolved) {
        int done = 0;
        // no entry may end the REPL: if one runs out of memory or fails inside, the session goes back
        Session before = session.copy();
        int recorded = transcript.size();
        for (Plan.Step step : resolved.steps()) {
            stopRequested = false;
            Session beforeStep = step.statement() instanceof Statement.Load ? session.copy() : null;
            try {
                interpreter.run(step);
            } catch (NnError e) {
                error(e);
                int left = resolved.steps().size() - done - 1;
                if (left > 0) output.line(plural(done) + " before it ran; the " + plural(left) + " after it did not");
                return done;
            } catch (OutOfMemoryError | StackOverflowError | RuntimeException e) {
                session.replaceWith(before);
                transcript.truncate(recorded);
                output.line(source.name() + ":" + step.statement().span() + ": error: " + (e instanceof OutOfMemoryError oom && RanOut.describe(oom).equals("out of memory")
                        ? "this entry ran out of memory" : e instanceof Error err ? RanOut.describe(err)
                        : "internal error (" + e.getClass().getSimpleName() + ")")
                        + "; the session is as it was before the entry");
                return 0;
            } finally {
                progress.finish();
            }
            Statement s = step.statement();
            transcript.record(s, source, session);
            if (s instanceof Statement.Train t) sayIfInterrupted(t.net().text());
            if (s instanceof Statement.Load l) sayWhatWasLoaded(l.file().text(), beforeStep);
            done++;
        }
        return done;
    }

    /** All or nothing: an entry of several statements with an error says that none of them ran. */
    private void saidNothingRan(int statements) {
        if (statements > 1) output.line("nothing of this entry ran (" + statements + " statements)");
    }

    private static int statementsIn(String text) {
        var tokens = EntryParser.tokens(text);
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (Keywords.startsStatement(tokens.get(i).getType()) && EntryParser.startsHere(tokens, i)) n++;
        }
        return n;
    }

    private static String plural(int statements) {
        return statements + (statements == 1 ? " statement" : " statements");
    }

    /** A load statement says what it defined: "loaded two.nn: table xor, net two" (scripts keep their bytes). */
    private void sayWhatWasLoaded(String file, Session before) {
        java.util.List<String> names = new java.util.ArrayList<>();
        session.tables().forEach((k, v) -> { if (before.table(k) != v) names.add("table " + k); });
        session.nets().forEach((k, v) -> { if (before.net(k) != v) names.add("net " + k); });
        output.line("loaded " + file + (names.isEmpty() ? " (it defined nothing new)" : ": " + String.join(", ", names)));
    }

    private void sayIfInterrupted(String net) {
        NetEntry n = session.net(net);
        if (n != null && n.lastTraining() != null && n.lastTraining().reason() == StopReason.INTERRUPTED) {
            output.line("stopped by Ctrl-C after epoch " + n.lastTraining().epochsRun() + "; " + net
                    + " keeps the weights it reached");
        }
    }

    private void error(NnError e) {
        String text = nnlang.report.Wrap.text(DiagnosticRenderer.render(e), output.width());
        if (settings.colour()) {
            text = new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi(terminal);
        }
        output.raw(text);
    }

    // ---- the commands ----

    boolean help(String topic) {
        if (topic.isEmpty()) {
            output.wrapped(HelpText.overview(output.width()));
        } else if (topic.startsWith(":")) {
            Commands.Lookup found = Commands.lookup(topic, false);
            Commands.Command c = found.command();
            output.line(c != null ? c.usage() + "   " + c.summary() : found.problem());
        } else {
            String text = HelpText.topic(topic);
            if (text == null) {
                String near = nnlang.lang.Suggest.hint(topic, HelpText.words());
                text = "no help on '" + topic + "'" + (near == null ? "" : "; " + near) + "\ntopics: "
                        + String.join(", ", HelpText.topics());
            }
            output.wrapped(text);
        }
        return true;
    }

    boolean list(String what) {
        boolean tables = what.isEmpty() || "tables".startsWith(what.toLowerCase(java.util.Locale.ROOT));
        boolean nets = what.isEmpty() || "nets".startsWith(what.toLowerCase(java.util.Locale.ROOT));
        if (!tables && !nets) {
            output.line("usage: :list [nets|tables]");
            return true;
        }
        boolean noTables = session.tables().isEmpty() && session.families().isEmpty();
        if ((!tables || noTables) && (!nets || session.nets().isEmpty())) {
            output.line(what.isEmpty() ? "nothing defined yet; try: table xor = xor(2)" : "no " + (nets ? "nets" : "tables")
                    + " defined yet");
            return true;
        }
        if (tables) session.tables().values().forEach(t -> output.line(t.toString()));
        // families with the tables: their instances are tables too
        if (tables) session.families().values().forEach(f -> output.line("family " + f.name() + " = " + f.built()
                + " (" + f.size() + (f.size() == 1 ? " table)" : " tables)")));
        if (nets) session.nets().values().forEach(n -> output.line(n.toString()));
        return true;
    }

    boolean history(String argument) {
        int n;
        try {
            n = argument.isEmpty() ? 20 : Integer.parseInt(argument);
        } catch (NumberFormatException e) {
            output.line("usage: :history [N]");
            return true;
        }
        org.jline.reader.History h = reader.getHistory();
        // the :history just typed is the last entry; it is not shown
        int end = h.last(), start = Math.max(h.first(), end - n);
        for (int i = start; i < end; i++) {
            String entry = h.get(i).replace("\n", "\n      ");
            output.line(String.format("%4d  %s", i + 1, entry));
        }
        return true;
    }

    boolean load(String file) {
        if (file.isEmpty()) {
            output.line("usage: :load FILE");
            return true;
        }
        // the same reader and fence as the load statement; errors point into what was typed
        Source typed = new Source(ENTRY, ":load " + file);
        Source source;
        try {
            source = interpreter.readScript(new Word(file, new Span(1, 7, file.length())), typed);
        } catch (NnError e) {
            error(e);
            return true;
        }
        int done = run(source);
        output.line("loaded " + file + ": " + done + (done == 1 ? " statement" : " statements") + " ran");
        return true;
    }

    boolean save(String file) {
        if (file.isEmpty()) {
            output.line("usage: :save FILE");
            return true;
        }
        Source typed = new Source(ENTRY, ":save " + file);
        try {
            interpreter.writeText(new Word(file, new Span(1, 7, file.length())), typed, transcript.text());
            output.line("saved " + transcript.size() + (transcript.size() == 1 ? " statement" : " statements") + " to "
                    + file);
        } catch (NnError e) {
            error(e);
        }
        return true;
    }

    boolean drop(String name) {
        if (name.isEmpty() || name.contains(" ")) {
            output.line("usage: :drop NAME");
            return true;
        }
        boolean table = session.table(name) != null, net = session.net(name) != null;
        boolean family = session.family(name) != null;
        if (!session.drop(name)) {
            java.util.Set<String> names = new java.util.TreeSet<>(session.tables().keySet());
            names.addAll(session.nets().keySet());
            names.addAll(session.families().keySet());
            String near = nnlang.lang.Suggest.hint(name, names);
            output.line("no table, family or net named " + name + (near == null ? "" : "; " + near));
            return true;
        }
        transcript.forget(name);
        String what = family ? (net ? "family and net " : "family ")
                : table && net ? "table and net " : table ? "table " : "net ";
        output.line("dropped " + what + name);
        return true;
    }

    /**
     * Opens the definition of a table or net in $VISUAL or $EDITOR (vi without either); what the
     * editor leaves is entered as if typed, and kept in the history.
     */
    boolean edit(String name) {
        if (name.isEmpty() || name.contains(" ")) {
            output.line("usage: :edit NAME");
            return true;
        }
        String text = transcript.definition(name);
        if (text == null && session.net(name) != null) text = "net " + name + " = " + session.net(name).spec();
        if (text == null) {
            String kind = session.table(name) != null ? "table " : session.family(name) != null ? "family " : null;
            output.line(kind != null ? kind + name + " was not typed here (it came from a file); "
                    + "edit that file and :load it" : "no table, family or net named " + name);
            return true;
        }
        String edited;
        try {
            edited = Editor.edit(settings.editor(), name, text);
        } catch (IOException e) {
            output.line("could not edit " + name + ": " + e.getMessage());
            return true;
        }
        if (edited == null || edited.strip().equals(text.strip())) {
            output.line(edited == null ? "the editor failed; nothing was entered" : "no change to " + name);
            return true;
        }
        String entry = edited.strip();
        output.line(PROMPT + entry.replace("\n", "\n" + CONTINUATION));
        reader.getHistory().add(entry);
        return handle(entry);
    }

    boolean time(String argument) {
        switch (argument) {
            case "on" -> interpreter.setTimes(true);
            case "off" -> interpreter.setTimes(false);
            case "" -> { }
            default -> {
                output.line("usage: :time on|off");
                return true;
            }
        }
        output.line("wall times " + (interpreter.times() ? "on" : "off"));
        return true;
    }

    boolean reset() {
        session.clear();
        transcript.clear();
        output.line("the session is empty");
        return true;
    }

    boolean json(String argument) {
        switch (argument) {
            case "on" -> output.setJson(true);
            case "off" -> output.setJson(false);
            case "" -> { }
            default -> {
                output.line("usage: :json on|off");
                return true;
            }
        }
        output.line("reports as " + (output.json() ? "JSON" : "text"));
        return true;
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            output.line("nn: could not save the history: " + e.getMessage());
        }
    }
}
