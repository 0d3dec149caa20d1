package nnlang.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nnlang.lang.Statement;
import nnlang.lang.Word;

/**
 * What a statement does to the names of a session, by an exhaustive visitor: the table or net it
 * defines or gives weights to, the tables and nets it reads, and whether it changes the session
 * at all (the REPL's :save keeps exactly those statements). The resolver uses the names to report
 * each root cause once.
 */
public record StatementEffects(Word defines, List<Word> uses, boolean changesSession) {
    public static StatementEffects of(Statement s) {
        try {
            return s.accept(VISITOR);
        } catch (nnlang.lang.NnError e) {
            throw new IllegalStateException(e); // the visitor below throws nothing
        }
    }

    private static StatementEffects defines(Word name, Word... uses) { return new StatementEffects(name, list(uses), true); }

    private static StatementEffects reads(Word... uses) { return new StatementEffects(null, list(uses), false); }

    /** Reads the first net, the nets after it and the table (relations a, b on t). */
    private static StatementEffects readsAll(Word net, List<Word> more, Word table) {
        List<Word> uses = new ArrayList<>();
        uses.add(net);
        uses.addAll(more);
        uses.add(table);
        return reads(uses.toArray(new Word[0]));
    }

    private static List<Word> list(Word... words) {
        List<Word> l = new ArrayList<>(Arrays.asList(words));
        l.removeIf(w -> w == null);
        return l;
    }

    private static final Statement.Visitor<StatementEffects> VISITOR = new Statement.Visitor<>() {
        @Override public StatementEffects tableRows(Statement.TableRows s) { return defines(s.name()); }
        @Override public StatementEffects tableGenerator(Statement.TableGenerator s) { return defines(s.name()); }
        @Override public StatementEffects tableInverse(Statement.TableInverse s) { return defines(s.name(), s.source()); }
        @Override public StatementEffects tableFile(Statement.TableFile s) { return defines(s.name()); }
        @Override public StatementEffects tableFormula(Statement.TableFormula s) { return defines(s.name()); }
        @Override public StatementEffects family(Statement.FamilyDef s) { return defines(s.name()); }
        @Override public StatementEffects netDef(Statement.NetDef s) { return defines(s.name()); }
        @Override public StatementEffects train(Statement.Train s) { return defines(s.net(), s.net(), s.table()); }
        @Override public StatementEffects setWeight(Statement.SetWeight s) { return defines(s.net(), s.net()); }
        @Override public StatementEffects relations(Statement.Relations s) { return readsAll(s.net(), s.more(), s.table()); }
        @Override public StatementEffects show(Statement.Show s) { return reads(s.net()); }
        @Override public StatementEffects predict(Statement.Predict s) { return reads(s.net()); }
        @Override public StatementEffects info(Statement.Info s) { return reads(s.table()); }
        @Override public StatementEffects expect(Statement.Expect s) { return reads(s.net(), s.second(), s.table()); }
        @Override public StatementEffects print(Statement.Print s) { return reads(); }
        @Override public StatementEffects hidden(Statement.Hidden s) { return reads(s.net(), s.table()); }
        @Override public StatementEffects ablate(Statement.Ablate s) { return reads(s.net(), s.table()); }
        @Override public StatementEffects plot(Statement.Plot s) { return reads(s.net()); }
        @Override public StatementEffects map(Statement.Map s) { return readsAll(s.net(), s.more(), s.table()); }
        @Override public StatementEffects draw(Statement.Draw s) { return reads(s.net(), s.table()); }
        @Override public StatementEffects save(Statement.Save s) { return reads(s.net()); }

        // a compare keeps its rates in the session, for expect
        @Override public StatementEffects compare(Statement.Compare s) {
            List<Word> uses = new ArrayList<>(s.nets());
            uses.add(s.table());
            return new StatementEffects(null, uses, true);
        }

        // a curve keeps its results in the session, for expect and draw curve
        @Override public StatementEffects curve(Statement.Curve s) {
            List<Word> uses = new ArrayList<>(s.nets());
            uses.add(s.table());
            return new StatementEffects(null, uses, true);
        }

        @Override public StatementEffects drawCurve(Statement.DrawCurve s) {
            List<Word> uses = new ArrayList<>(s.nets());
            uses.add(s.table());
            return new StatementEffects(null, uses, false);
        }

        // what a load defines is known only from its file
        @Override public StatementEffects load(Statement.Load s) { return new StatementEffects(null, List.of(), true); }
    };
}
