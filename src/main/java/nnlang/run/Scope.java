package nnlang.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nnlang.data.Family;
import nnlang.data.Table;
import nnlang.report.CompareReport;

/**
 * What the resolver knows while it goes through a script: the tables and nets defined so far
 * (a trained net by a net of its shape, whose weights are not yet those it will have), which
 * nets have a training history, which compares have run and whether they held rows out, and
 * which files the script's saves write. It starts from a session and never changes one.
 */
final class Scope {
    final Map<String, Table> tables = new LinkedHashMap<>();
    /** Families by name; a name is a table's or a family's, never both. */
    final Map<String, Family> families = new LinkedHashMap<>();
    final Map<String, NetEntry> nets = new LinkedHashMap<>();
    /** Nets with a training history in this session (plot needs one). */
    final Set<String> trained = new HashSet<>();
    /** "net on table" of every compare so far: whether it held rows out. */
    final Map<String, Boolean> compared = new HashMap<>();
    /** Curves so far by "net on table", "first, second on table" and "all nets on table": their K's. */
    final Map<String, java.util.List<Integer>> curves = new HashMap<>();
    /**
     * The files that saves before this point write, with the names each brings back when loaded:
     * a load of one is resolved against those (its text is read when it runs).
     */
    final Map<Path, Scope> saved = new HashMap<>();

    static Scope of(Session session) {
        Scope s = new Scope();
        s.tables.putAll(session.tables());
        s.families.putAll(session.families());
        s.nets.putAll(session.nets());
        s.curves.putAll(session.curveKeys());
        for (NetEntry n : session.nets().values()) {
            if (n.lastTraining() != null) s.trained.add(n.name());
            for (Table t : session.tables().values()) {
                CompareReport c = session.comparison(n.name(), t.name());
                if (c != null) s.compared.put(key(n.name(), t.name()), c.hasHeldout());
            }
            // a compare on a family: the pooled report under the family's name, one per instance
            for (Family f : session.families().values()) {
                List<String> names = new ArrayList<>();
                names.add(f.name());
                for (Table t : f.instances()) names.add(t.name());
                for (String t : names) {
                    CompareReport c = session.comparison(n.name(), t);
                    if (c != null) s.compared.put(key(n.name(), t), c.hasHeldout());
                }
            }
        }
        return s;
    }

    /** Declares what a loaded file written by save brings back: its tables, its nets with weights but no history. */
    void declareLoaded(Scope written) {
        tables.putAll(written.tables);
        for (String t : written.tables.keySet()) families.remove(t);
        families.putAll(written.families);
        for (String f : written.families.keySet()) tables.remove(f);
        nets.putAll(written.nets);
        trained.removeAll(written.nets.keySet());
    }

    static String key(String net, String table) { return net + " on " + table; }

    /** A copy to resolve a loaded file on: adopted only if all of the file resolves. */
    Scope copy() {
        Scope c = new Scope();
        c.adopt(this);
        return c;
    }

    /** Makes this scope know what the other knows. */
    void adopt(Scope other) {
        if (other == this) return;
        tables.clear();
        tables.putAll(other.tables);
        families.clear();
        families.putAll(other.families);
        nets.clear();
        nets.putAll(other.nets);
        trained.clear();
        trained.addAll(other.trained);
        compared.clear();
        compared.putAll(other.compared);
        curves.clear();
        curves.putAll(other.curves);
        saved.clear();
        saved.putAll(other.saved);
    }
}
