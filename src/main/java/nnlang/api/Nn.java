package nnlang.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nnlang.data.Table;
import nnlang.lang.Diagnostic;
import nnlang.lang.NnError;
import nnlang.lang.Parsing;
import nnlang.lang.Source;
import nnlang.lang.Span;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.model.Net;
import nnlang.model.NetSpec;
import nnlang.report.AblationReport;
import nnlang.report.ExpectReport;
import nnlang.report.HiddenReport;
import nnlang.report.InfoReport;
import nnlang.report.PredictReport;
import nnlang.report.RelationsReport;
import nnlang.report.Report;
import nnlang.report.ShowReport;
import nnlang.run.FileAccess;
import nnlang.run.Interpreter;
import nnlang.run.NetEntry;
import nnlang.run.Session;

/**
 * An nnlang session for JShell and Java code: tables and nets by name, as in one run of the
 * {@code nn} command. Everything goes through the language: {@link #run(String)} runs nnlang
 * text, and the builders ({@link #defineTable}, {@link #defineNet}, {@link #train}) and report
 * methods ({@link #relations}, {@link #show}, ...) write one statement and run it the same way,
 * so they give the same numbers and the same errors as a script.
 * <pre>
 * var nn = Nn.session();
 * nn.run("table xor = xor(2)");
 * nn.defineNet("two").input("bits").dense(2, "sigmoid").output("sigmoid");
 * nn.train("two").on("xor").epochs(5000).lr(1).seed(2).run();
 * nn.relations("two", "xor")          // a RelationsReport; JShell prints its text
 * </pre>
 * Errors throw {@link NnException}. A statement that fails changes nothing; the statements of
 * the same text before it have run. A session is not thread-safe: use one per thread.
 */
public final class Nn {
    /** The name under which text given to the API appears in messages, as in the REPL. */
    static final String SOURCE = "input";

    private final Session session = new Session();
    private final Interpreter interpreter;
    /** Where statements may read and write: below the working folder unless widened by allowWrite. */
    private FileAccess files = FileAccess.workingFolder();
    private List<Report> current = new ArrayList<>();
    private Consumer<Report> listener = r -> { };

    private Nn() {
        interpreter = new Interpreter(session, this::collect);
        interpreter.setTimes(false);
    }

    /** A new, empty session. */
    public static Nn session() { return new Nn(); }

    // ---- running text ----

    /**
     * Runs nnlang text, one statement or a whole script, and returns the reports it produced.
     * Syntax errors stop the text before anything runs; otherwise the statements run in order
     * until one fails.
     *
     * @throws NnException on a syntax error or a failing statement, with every diagnostic
     */
    public Reports run(String text) { return run(new Source(SOURCE, text)); }

    /**
     * Runs an nnlang script file ({@code .nn}); messages name the file as given.
     *
     * @throws NnException on an error in the script
     * @throws UncheckedIOException when the file cannot be read
     */
    public Reports runFile(String path) {
        Source source;
        try {
            Path file = Path.of(path).toAbsolutePath();
            source = Source.decode(path, file.getParent(), Files.readAllBytes(file));
        } catch (NnError e) {
            throw new NnException(e, new Reports(List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        // like a script run by the nn command: its paths are taken from its own folder, its fence too
        interpreter.setFileAccess(files.forScript(source));
        try {
            return run(source);
        } finally {
            interpreter.setFileAccess(files);
        }
    }

    private Reports run(Source source) {
        List<Statement> statements;
        try {
            statements = Parsing.parse(source);
        } catch (NnError e) {
            throw new NnException(e, new Reports(List.of()));
        }
        Thread me = Thread.currentThread();
        // a session is for one thread at a time: a second one would mix up the reports silently
        if (!user.compareAndSet(null, me)) {
            Thread other = user.get();
            throw new IllegalStateException("this session is running a statement in thread " + (other == null ? "?"
                    : other.getName()) + "; a session serves one thread at a time (use one Nn.session() per thread)");
        }
        List<Report> reports = new ArrayList<>();
        current = reports;
        try {
            interpreter.runAll(source, statements);
        } catch (NnError e) {
            throw new NnException(e, new Reports(reports));
        } finally {
            current = new ArrayList<>();
            user.set(null);
        }
        return new Reports(reports);
    }

    /** The thread running a statement in this session, or null. */
    private final java.util.concurrent.atomic.AtomicReference<Thread> user = new java.util.concurrent.atomic.AtomicReference<>();

    private void collect(Report r) {
        current.add(r);
        listener.accept(r);
    }

    /** Runs one statement the API wrote and returns its single report of the given kind. */
    <T extends Report> T single(String statement, Class<T> type) { return runOne(statement).first(type); }

    /**
     * Runs a statement a builder or report method wrote from the caller's values; it must be one
     * statement (a row or an option with a line break and another statement in it is refused
     * before anything runs).
     */
    Reports runOne(String statement) {
        Source source = new Source(SOURCE, statement);
        try {
            int n = Parsing.parse(source).size();
            if (n != 1) throw new IllegalArgumentException("the values given make " + n + " statements, not one: " + statement);
        } catch (NnError e) {
            // a syntax error: run reports it with its place
        }
        return run(source);
    }

    // ---- definitions ----

    /**
     * Defines a table from rows written as in the language, and returns it:
     * {@code nn.table("xor", "00 -> 0", "01 -> 1", "10 -> 1", "11 -> 0")}.
     */
    public Table table(String name, String row, String... more) {
        TableDefinition t = defineTable(name).row(row);
        for (String r : more) t.row(r);
        return t.define();
    }

    /** Starts a table definition: {@code nn.defineTable("p3").parity(3)}. */
    public TableDefinition defineTable(String name) { return new TableDefinition(this, name); }

    /** Starts a net definition: {@code nn.defineNet("two").input("bits").dense(2, "sigmoid").output("sigmoid")}. */
    public NetDefinition defineNet(String name) { return new NetDefinition(this, name); }

    /**
     * Defines a net in the one-line form and returns it:
     * {@code nn.net("deep", "bits -> 2 tanh -> 3 tanh -> sigmoid")}.
     */
    public NetEntry net(String name, String oneLine) {
        runOne("net " + Words.name("the net's name", name) + " = " + oneLine);
        return entry(name);
    }

    /** Starts a training: {@code nn.train("two").on("xor").epochs(5000).lr(1).seed(2).run()}. */
    public Training train(String net) { return new Training(this, net); }

    // ---- reports ----

    /** {@code relations NET on TABLE}: entropy per relation, in bits. */
    public RelationsReport relations(String net, String table) {
        return single("relations " + netName(net) + " on " + tableName(table), RelationsReport.class);
    }

    /** {@code relations NET on TABLE eps EPS}: the same with another threshold for "determined". */
    public RelationsReport relations(String net, String table, double eps) {
        return single("relations " + netName(net) + " on " + tableName(table) + " eps " + Words.number(eps), RelationsReport.class);
    }

    /** {@code hidden NET on TABLE}: what each hidden node does on each input. */
    public HiddenReport hidden(String net, String table) {
        return single("hidden " + netName(net) + " on " + tableName(table), HiddenReport.class);
    }

    /** {@code hidden NET on TABLE bins B}: the same with B bins per node. */
    public HiddenReport hidden(String net, String table, int bins) {
        return single("hidden " + netName(net) + " on " + tableName(table) + " bins " + bins, HiddenReport.class);
    }

    /** {@code ablate NET NODE on TABLE}: silence one hidden node and see what moves. */
    public AblationReport ablate(String net, String node, String table) {
        return single("ablate " + netName(net) + " " + Words.name("the node", node) + " on " + tableName(table),
                AblationReport.class);
    }

    /** {@code show NET}: layers, parameter count, weights and biases. */
    public ShowReport show(String net) { return single("show " + netName(net), ShowReport.class); }

    /** {@code predict NET X}: p(y|x) for one input state. */
    public PredictReport predict(String net, String x) {
        return single("predict " + netName(net) + " " + Words.state(java.util.Objects.requireNonNull(x, "the state is null")),
                PredictReport.class);
    }

    /** {@code info TABLE}: |X|, |Y|, relations, function or not, floor, k^n. */
    public InfoReport info(String table) { return single("info " + tableName(table), InfoReport.class); }

    private static String netName(String name) { return Words.name("the net's name", name); }

    private static String tableName(String name) { return Words.name("the table's name", name); }

    /**
     * {@code expect ...}: checks a measure, for self-checking scripts; for example
     * {@code nn.expect("accuracy of two on xor >= 1")}.
     *
     * @return the report when the expectation holds
     * @throws AssertionError when it does not, with the report's text as the message
     */
    public ExpectReport expect(String expectation) {
        ExpectReport r = single("expect " + expectation, ExpectReport.class);
        if (!r.passed()) throw new AssertionError(r.toString());
        return r;
    }

    // ---- what the session holds ----

    /**
     * The table of that name.
     *
     * @throws NnException when there is none
     */
    public Table table(String name) {
        Table t = session.table(name);
        if (t == null) throw unknown("table", name, session.tables().keySet());
        return t;
    }

    /**
     * The net of that name with its weights, ready for {@link Net#probabilities}.
     *
     * @throws NnException when there is none, or when it has not been trained yet
     */
    public Net net(String name) {
        NetEntry n = entry(name);
        if (!n.hasWeights()) {
            throw error(name, "net " + name + " has no weights yet", "train it first: train " + name + " on TABLE");
        }
        return n.net();
    }

    /** The net of that name as written, trained or not; its {@code toString()} is the one-line form. */
    public NetSpec definition(String name) { return entry(name).spec(); }

    /**
     * The family of that name ({@code family trees = tree(8) instances 20 seed 1}): its instances
     * are tables named {@code trees[0]}, {@code trees[1]}, ...
     *
     * @throws NnException when there is none
     */
    public nnlang.data.Family family(String name) {
        nnlang.data.Family f = session.family(name);
        if (f == null) throw unknown("family", name, session.families().keySet());
        return f;
    }

    /** The names of the families, in the order defined. */
    public List<String> families() { return List.copyOf(session.families().keySet()); }

    /** The names of the tables, in the order defined. */
    public List<String> tables() { return List.copyOf(session.tables().keySet()); }

    /** The names of the nets, in the order defined. */
    public List<String> nets() { return List.copyOf(session.nets().keySet()); }

    /** How many expectations have failed so far, in {@link #run} texts and through {@link #expect}. */
    public int failedExpectations() { return interpreter.failedExpectations(); }

    /** The net of that name as the session holds it: definition, weights, last training. */
    NetEntry entry(String name) {
        NetEntry n = session.net(name);
        if (n == null) throw unknown("net", name, session.nets().keySet());
        return n;
    }

    private static NnException unknown(String what, String name, java.util.Collection<String> known) {
        return error(name, "unknown " + what + " '" + name + "'", Suggest.hint(name, known));
    }

    /** An error about a name the caller passed; the name stands in as the source line. */
    private static NnException error(String name, String message, String hint) {
        Source source = new Source(SOURCE, name);
        NnError e = new NnError(new Diagnostic(source, new Span(1, 1, Math.max(1, name.length())), message, hint));
        return new NnException(e, new Reports(List.of()));
    }

    // ---- settings ----

    /**
     * Calls {@code listener} with every report as it is made, before {@link #run} returns: for
     * example {@code nn.onReport(System.out::println)} prints the progress lines of a long
     * training ({@code every N}) while it runs. One listener at a time; null removes it.
     */
    public Nn onReport(Consumer<Report> listener) {
        this.listener = listener == null ? r -> { } : listener;
        return this;
    }

    /** Whether train and progress reports carry wall times (off by default: same text every run). */
    public Nn times(boolean on) {
        interpreter.setTimes(on);
        return this;
    }

    /**
     * Lets statements read and write files below these folders too ({@code save}, {@code load},
     * {@code table ... from}, {@code draw}), like {@code --allow-write DIR}; by default only files
     * below the working folder are allowed. Each call replaces the folders of the one before.
     */
    public Nn allowWrite(String... folders) {
        List<Path> paths = new ArrayList<>();
        for (String f : folders) paths.add(Path.of(f));
        files = new FileAccess(Path.of(""), paths);
        interpreter.setFileAccess(files);
        return this;
    }

    /** How many threads {@code compare} may use; its results do not depend on it. */
    public Nn threads(int threads) {
        interpreter.setThreads(threads);
        return this;
    }

    /** Forgets every table and net. */
    public Nn clear() {
        session.clear();
        return this;
    }

    /** For example {@code nnlang session: tables [xor], nets [two (trained on xor), lines (not trained)]}. */
    @Override public String toString() {
        List<String> nets = new ArrayList<>();
        for (NetEntry n : session.nets().values()) {
            nets.add(n.name() + (n.trainedOn() != null ? " (trained on " + n.trainedOn().name() + ")"
                    : n.hasWeights() ? " (with weights)" : " (not trained)"));
        }
        return "nnlang session: tables " + tables() + ", nets " + nets;
    }
}
