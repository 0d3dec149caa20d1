package nnlang.repl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nnlang.data.Table;
import nnlang.lang.parse.NnLexer;
import nnlang.run.NetEntry;
import nnlang.run.Session;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion that follows the grammar: the statement keyword decides what may come next
 * (names of tables and nets, options not yet given, activation, optimizer and loss names),
 * and REPL commands complete their own arguments (topics, on/off, file names).
 */
final class NnCompleter implements Completer {
    private final Session session;

    NnCompleter(Session session) { this.session = session; }

    @Override public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, line.cursor() - line.wordCursor());
        if (before.stripLeading().startsWith(":")) {
            commandArgument(before.strip(), line.word(), candidates);
        } else if (line.line().stripLeading().startsWith(":")) {
            for (Commands.Command c : Commands.ALL) add(candidates, c.name(), "commands", c.summary());
        } else if (takesFileName(EntryParser.tokens(before))) {
            FileNames.complete(line.word(), candidates);
        } else {
            for (String w : next(EntryParser.tokens(before))) add(candidates, w, null, null);
            if (before.isBlank()) for (Commands.Command c : Commands.ALL) add(candidates, c.name(), "commands", c.summary());
        }
    }

    private void commandArgument(String command, String word, List<Candidate> candidates) {
        if (command.contains(" ")) return; // every command takes one argument at most
        Commands.Command c = Commands.find(command);
        if (c == null) return;
        switch (c.name()) {
            case ":load", ":save" -> FileNames.complete(word, candidates);
            case ":help" -> HelpText.words().forEach(t -> add(candidates, t, null, null));
            case ":json" -> List.of("on", "off").forEach(w -> add(candidates, w, null, null));
            case ":list" -> List.of("nets", "tables").forEach(w -> add(candidates, w, null, null));
            default -> { }
        }
    }

    /** The words that may follow these tokens (an empty list where a new name or a number goes). */
    List<String> next(List<? extends Token> tokens) {
        int start = lastStatementStart(tokens);
        if (start < 0) return Keywords.STATEMENTS;
        List<? extends Token> st = tokens.subList(start, tokens.size());
        return switch (st.get(0).getType()) {
            case NnLexer.TABLE -> table(st);
            case NnLexer.NET -> NetCompletion.next(st);
            case NnLexer.TRAIN -> train(st);
            case NnLexer.RELATIONS -> relations(st);
            case NnLexer.SHOW -> fixed(st, nets(), Keywords.STATEMENTS);
            case NnLexer.PREDICT -> st.size() == 2 ? inputsOfNet(st.get(1).getText()) : fixed(st, nets(), List.of(), Keywords.STATEMENTS);
            case NnLexer.INFO -> fixed(st, join(tables(), families()), Keywords.STATEMENTS);
            case NnLexer.FAMILY -> family(st);
            case NnLexer.COMPARE -> compare(st);
            case NnLexer.CURVE -> compare(st); // curve NET, NET on TABLE|FAMILY { ... }: the same names
            case NnLexer.EXPECT -> fixed(st, Keywords.EXPECT_METRICS, List.of("of"), nets(), List.of("on"), tables(),
                    Keywords.COMPARISONS, List.of(), Keywords.STATEMENTS);
            case NnLexer.PRINT -> fixed(st, List.of(), Keywords.STATEMENTS);
            default -> List.of();
        };
    }

    /** The word lists for positions 1, 2, ... of a statement; after the last, the last list again. */
    @SafeVarargs
    private static List<String> fixed(List<? extends Token> st, List<String>... positions) {
        return positions[Math.min(st.size(), positions.length) - 1];
    }

    private List<String> table(List<? extends Token> st) {
        if (st.size() == 1) return List.of();
        Token last = st.get(st.size() - 1);
        if (st.size() == 2) return List.of("=", "{");
        if (st.get(2).getType() == NnLexer.LBRACE) {
            return last.getType() == NnLexer.RBRACE ? Keywords.STATEMENTS : List.of();
        }
        if (st.size() == 3) return join(Keywords.generators(), List.of("inverse"));
        if (last.getType() == NnLexer.INVERSE) return tables();
        if (st.get(st.size() - 2).getType() == NnLexer.INVERSE) return Keywords.STATEMENTS;
        return generatorOptions(st, last, false);
    }

    /** family NAME = tree(8) instances 20 seed 1, or all(3). */
    private List<String> family(List<? extends Token> st) {
        if (st.size() == 1) return List.of();
        if (st.size() == 2) return List.of("=");
        if (st.size() == 3) return Keywords.familyGenerators();
        return generatorOptions(st, st.get(st.size() - 1), true);
    }

    /** After g(n): the options not yet given (seed, gates, and instances in a family), or the next statement. */
    private static List<String> generatorOptions(List<? extends Token> st, Token last, boolean family) {
        if (last.getType() == NnLexer.GATES) return List.of("all");
        if (last.getType() == NnLexer.SEED || last.getType() == NnLexer.INSTANCES) return List.of();
        int close = -1;
        for (int i = 0; i < st.size(); i++) if (st.get(i).getType() == NnLexer.RPAREN) close = i;
        if (close < 0) return List.of();
        String generator = st.get(3).getText();
        Set<Integer> given = new HashSet<>();
        for (Token t : st.subList(close, st.size())) given.add(t.getType());
        List<String> words = new ArrayList<>();
        if (Keywords.randomGenerators().contains(generator)) {
            if (!given.contains(NnLexer.SEED)) words.add("seed");
            if (family && !given.contains(NnLexer.INSTANCES)) words.add("instances");
            if (Keywords.gateGenerators().contains(generator) && !given.contains(NnLexer.GATES)) words.add("gates");
        }
        words.addAll(Keywords.STATEMENTS);
        return words;
    }

    /** compare NET, NET on TABLE|FAMILY { options }. */
    private List<String> compare(List<? extends Token> st) {
        Token last = st.get(st.size() - 1);
        if (last.getType() == NnLexer.ON) return join(tables(), families());
        if (st.size() == 1 || last.getType() == NnLexer.COMMA) return nets();
        for (Token t : st) if (t.getType() == NnLexer.ON) return List.of();
        return List.of(",", "on");
    }

    /** relations NET on TABLE [eps V] [rows X ...]: after rows, the table's inputs not yet named. */
    private List<String> relations(List<? extends Token> st) {
        if (st.size() < 4) return fixed(st, nets(), List.of("on"), tables());
        int rows = -1;
        boolean eps = false;
        for (int i = 4; i < st.size(); i++) {
            if (st.get(i).getType() == NnLexer.ROWS) rows = i;
            if (st.get(i).getType() == NnLexer.EPS) eps = true;
        }
        if (st.get(st.size() - 1).getType() == NnLexer.EPS) return List.of();
        if (rows < 0) return join(eps ? List.of("rows") : List.of("eps", "rows"), Keywords.STATEMENTS);
        List<String> named = new ArrayList<>();
        for (Token t : st.subList(rows + 1, st.size())) named.add(t.getText());
        List<String> words = new ArrayList<>();
        for (String x : inputsOfTable(st.get(3).getText())) if (!named.contains(x)) words.add(x);
        if (rows < st.size() - 1) words.addAll(Keywords.STATEMENTS);
        return words;
    }

    private List<String> train(List<? extends Token> st) {
        if (st.size() < 4) return fixed(st, nets(), List.of("on"), tables());
        Token last = st.get(st.size() - 1);
        Token beforeLast = st.get(st.size() - 2);
        if (last.getType() == NnLexer.RBRACE) return Keywords.STATEMENTS;
        if (beforeLast.getType() == NnLexer.UNTIL) return List.of("<");
        switch (last.getType()) {
            case NnLexer.OPTIMIZER: return Keywords.optimizers();
            case NnLexer.LOSS: return Keywords.losses();
            case NnLexer.BATCH: return List.of("full");
            case NnLexer.UNTIL: return Keywords.UNTIL_METRICS;
            case NnLexer.EPOCHS: case NnLexer.LR: case NnLexer.L2: case NnLexer.SEED: case NnLexer.EVERY:
            case NnLexer.LT: case NnLexer.MINUS:
                return List.of();
            default:
        }
        Set<String> given = new HashSet<>();
        boolean inRows = false;
        for (Token t : st.subList(4, st.size())) {
            String w = t.getText();
            if (Keywords.TRAIN_OPTIONS.contains(w)) {
                given.add(w);
                inRows = w.equals("rows");
            }
        }
        List<String> words = new ArrayList<>();
        if (inRows) words.addAll(inputsOfTable(st.get(3).getText()));
        for (String o : Keywords.TRAIN_OPTIONS) if (!given.contains(o)) words.add(o);
        if (st.size() == 4) words.add("{");
        return words;
    }

    /** True right after save or load (statements that take a file name, once the grammar has them). */
    private static boolean takesFileName(List<? extends Token> tokens) {
        if (tokens.isEmpty()) return false;
        String last = tokens.get(tokens.size() - 1).getText();
        return (last.equals("save") || last.equals("load")) && Keywords.STATEMENTS.contains(last);
    }

    private static int lastStatementStart(List<? extends Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) if (Keywords.startsStatement(tokens.get(i).getType())) return i;
        return -1;
    }

    private List<String> nets() { return new ArrayList<>(session.nets().keySet()); }

    private List<String> tables() { return new ArrayList<>(session.tables().keySet()); }

    private List<String> families() { return new ArrayList<>(session.families().keySet()); }

    private List<String> inputsOfNet(String name) {
        NetEntry n = session.net(name);
        return n != null && n.hasWeights() ? n.net().inputs().states() : List.of();
    }

    private List<String> inputsOfTable(String name) {
        Table t = session.table(name);
        return t == null ? List.of() : t.inputs().states();
    }

    private static List<String> join(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void add(List<Candidate> candidates, String word, String group, String description) {
        candidates.add(new Candidate(word, word, group, description, null, null, true));
    }
}
