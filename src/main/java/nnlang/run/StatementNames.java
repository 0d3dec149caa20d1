package nnlang.run;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.Statement;
import nnlang.lang.Word;

/**
 * The names a statement defines and the names it uses: what the checker needs to report each
 * root cause once (a use of a name whose definition failed is not checked against a guess).
 */
final class StatementNames {
    private StatementNames() {}

    /** The table or net a statement defines or gives weights to; null for none (or, for load, unknown). */
    static Word defines(Statement s) {
        if (s instanceof Statement.TableRows t) return t.name();
        if (s instanceof Statement.TableGenerator t) return t.name();
        if (s instanceof Statement.TableInverse t) return t.name();
        if (s instanceof Statement.TableFile t) return t.name();
        if (s instanceof Statement.NetDef n) return n.name();
        if (s instanceof Statement.Train t) return t.net();
        if (s instanceof Statement.SetWeight w) return w.net();
        return null;
    }

    /** The tables and nets a statement reads. */
    static List<Word> uses(Statement s) {
        List<Word> used = new ArrayList<>();
        if (s instanceof Statement.TableInverse t) used.add(t.source());
        else if (s instanceof Statement.Train t) used.addAll(List.of(t.net(), t.table()));
        else if (s instanceof Statement.Relations r) used.addAll(List.of(r.net(), r.table()));
        else if (s instanceof Statement.Show x) used.add(x.net());
        else if (s instanceof Statement.Predict p) used.add(p.net());
        else if (s instanceof Statement.Info i) used.add(i.table());
        else if (s instanceof Statement.Expect e) {
            used.add(e.net());
            used.add(e.table());
        } else if (s instanceof Statement.Hidden h) used.addAll(List.of(h.net(), h.table()));
        else if (s instanceof Statement.Ablate a) used.addAll(List.of(a.net(), a.table()));
        else if (s instanceof Statement.Compare c) {
            used.addAll(c.nets());
            used.add(c.table());
        } else if (s instanceof Statement.Plot p) used.add(p.net());
        else if (s instanceof Statement.Map m) used.addAll(List.of(m.net(), m.table()));
        else if (s instanceof Statement.Draw d) {
            used.add(d.net());
            used.add(d.table());
        } else if (s instanceof Statement.Save v) used.add(v.net());
        else if (s instanceof Statement.SetWeight w) used.add(w.net());
        used.removeIf(w -> w == null);
        return used;
    }
}
