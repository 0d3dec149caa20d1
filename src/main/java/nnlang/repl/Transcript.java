package nnlang.repl;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.Source;
import nnlang.lang.Span;
import nnlang.lang.Statement;
import nnlang.lang.parse.NnLexer;
import nnlang.run.NetEntry;
import nnlang.run.StatementEffects;
import nnlang.run.Session;
import nnlang.train.StopReason;
import org.antlr.v4.runtime.Token;

/**
 * The statements that built the session (tables, nets, trainings, weight edits, loads), as written, in order. Replayed
 * they rebuild the same state: training is deterministic for a seed, and a training stopped by
 * Ctrl-C is written with the epochs it actually ran.
 */
final class Transcript {
    private final List<String> statements = new ArrayList<>();

    /** Remembers a statement that has just succeeded, if it changed the session. */
    void record(Statement s, Source source, Session session) {
        String text = textOf(s.span(), source);
        if (s instanceof Statement.Train t) {
            NetEntry n = session.net(t.net().text());
            if (n != null && n.lastTraining() != null && n.lastTraining().reason() == StopReason.INTERRUPTED) {
                text = withEpochs(text, n.lastTraining().epochsRun());
            }
        }
        // every statement that changes the session, so that nothing typed is lost on :save
        if (StatementEffects.of(s).changesSession()) statements.add(text);
    }

    void clear() { statements.clear(); }

    /** What it holds now, to put back with {@link #restore} (:undo). */
    List<String> snapshot() { return List.copyOf(statements); }

    /** Holds exactly what a snapshot held. */
    void restore(List<String> snapshot) {
        statements.clear();
        statements.addAll(snapshot);
    }

    /**
     * Forgets what built a dropped name: the statements about it (net NAME, table NAME, train NAME,
     * set NAME) and the compares that ran it. A table's rows stay while a kept statement still
     * trains on it, so that a saved session still runs.
     */
    void forget(String name) {
        statements.removeIf(st -> subject(st).equals(name) && !isTable(st) || mentionsInCompare(st, name));
        boolean used = false;
        for (String st : statements) used |= !subject(st).equals(name) && mentions(st, name);
        if (!used) statements.removeIf(st -> subject(st).equals(name));
    }

    /** The last statement that defines this name (table NAME ..., family NAME ... or net NAME ...), or null. */
    String definition(String name) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            String st = statements.get(i);
            var tokens = EntryParser.tokens(st);
            if (subject(st).equals(name) && (tokens.get(0).getType() == NnLexer.NET || isTable(st)
                    || tokens.get(0).getType() == NnLexer.FAMILY)) return st;
        }
        return null;
    }

    /** The name a statement is about: the word after its keyword. */
    private static String subject(String statement) {
        var tokens = EntryParser.tokens(statement);
        return tokens.size() > 1 ? tokens.get(1).getText() : "";
    }

    private static boolean isTable(String statement) {
        return EntryParser.tokens(statement).get(0).getType() == NnLexer.TABLE;
    }

    private static boolean mentions(String statement, String name) {
        for (Token t : EntryParser.tokens(statement)) if (t.getType() == NnLexer.ID && t.getText().equals(name)) return true;
        return false;
    }

    /** A compare or curve that ran it (it is a run of the name, not a definition that others need). */
    private static boolean mentionsInCompare(String statement, String name) {
        int kind = EntryParser.tokens(statement).get(0).getType();
        return (kind == NnLexer.COMPARE || kind == NnLexer.CURVE) && mentions(statement, name);
    }

    /** Forgets the statements recorded after the first n (an entry that was taken back). */
    void truncate(int n) {
        while (statements.size() > n) statements.remove(statements.size() - 1);
    }

    int size() { return statements.size(); }

    /** The session as a script that rebuilds it (:save writes it). */
    String text() {
        StringBuilder s = new StringBuilder("# an nnlang session, saved from the REPL; run it with :load or scripts/nn\n");
        for (String st : statements) s.append(st).append('\n');
        return s.toString();
    }

    /**
     * The text of the statement that starts at this span: up to the end of its last token before
     * the next statement keyword (comments and blank lines after it are left out).
     */
    static String textOf(Span start, Source source) {
        String text = source.text();
        int from = offset(text, start.line(), start.column());
        String rest = text.substring(from);
        int end = 0;
        boolean first = true;
        for (Token t : EntryParser.tokens(rest)) {
            if (!first && Keywords.startsStatement(t.getType())) break;
            first = false;
            end = rest.offsetByCodePoints(0, t.getStopIndex() + 1);
        }
        return rest.substring(0, end);
    }

    /** A train statement with its epochs set to n (replacing the written number, or adding the option). */
    static String withEpochs(String train, int n) {
        List<? extends Token> tokens = EntryParser.tokens(train);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() == NnLexer.EPOCHS) {
                Token number = tokens.get(i + 1);
                int a = train.offsetByCodePoints(0, number.getStartIndex());
                int b = train.offsetByCodePoints(0, number.getStopIndex() + 1);
                return train.substring(0, a) + n + train.substring(b);
            }
        }
        for (Token t : tokens) {
            if (t.getType() == NnLexer.LBRACE) {
                int a = train.offsetByCodePoints(0, t.getStopIndex() + 1);
                return train.substring(0, a) + " epochs " + n + train.substring(a);
            }
        }
        return train + " epochs " + n;
    }

    /** The char offset of 1-based line and column (columns count code points, as the lexer does). */
    private static int offset(String text, int line, int column) {
        int lineStart = 0;
        for (int l = 1; l < line; l++) lineStart = text.indexOf('\n', lineStart) + 1;
        return text.offsetByCodePoints(lineStart, column - 1);
    }
}
