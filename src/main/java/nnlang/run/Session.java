package nnlang.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nnlang.data.Family;
import nnlang.data.Table;
import nnlang.report.CompareReport;

/**
 * Everything a person has defined: tables and nets by name, in the order defined. A statement
 * that fails changes nothing here: the interpreter replaces entries only once a statement succeeds.
 */
public final class Session {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, NetEntry> nets = new LinkedHashMap<>();
    private final Map<String, CompareReport> comparisons = new LinkedHashMap<>();

    public Map<String, Table> tables() { return Collections.unmodifiableMap(tables); }

    public Map<String, NetEntry> nets() { return Collections.unmodifiableMap(nets); }

    public Table table(String name) { return tables.get(name); }

    /** The families by name, in the order defined (a name is a table's or a family's, never both). */
    public Map<String, Family> families() { return Collections.unmodifiableMap(families); }

    public Family family(String name) { return families.get(name); }

    public NetEntry net(String name) { return nets.get(name); }

    void put(Table t) {
        tables.put(t.name(), t);
        families.remove(t.name());
    }

    void put(Family f) {
        families.put(f.name(), f);
        tables.remove(f.name());
    }

    void put(NetEntry n) { nets.put(n.name(), n); }

    /** The last compare that ran the net on the table, or null: expect reads its rates. */
    public CompareReport comparison(String net, String table) { return comparisons.get(net + " on " + table); }

    void put(CompareReport c) {
        for (CompareReport.NetSummary n : c.nets()) comparisons.put(n.net() + " on " + c.table(), c);
    }

    /** A copy holding the same (immutable) tables and entries: to go back to (a failed load, a crashed REPL entry). */
    public Session copy() {
        Session c = new Session();
        c.replaceWith(this);
        return c;
    }

    /** Makes this session hold what the other holds. */
    public void replaceWith(Session other) {
        if (other == this) return;
        Map<String, Table> t = new LinkedHashMap<>(other.tables);
        Map<String, Family> f = new LinkedHashMap<>(other.families);
        Map<String, NetEntry> n = new LinkedHashMap<>(other.nets);
        Map<String, CompareReport> c = new LinkedHashMap<>(other.comparisons);
        clear();
        tables.putAll(t);
        families.putAll(f);
        nets.putAll(n);
        comparisons.putAll(c);
    }

    /**
     * Forgets the table and the net of this name, and the comparisons that ran that net or on
     * that table; what was trained on a dropped table keeps its weights. False when there was none.
     */
    public boolean drop(String name) {
        boolean found = tables.remove(name) != null | nets.remove(name) != null;
        comparisons.entrySet().removeIf(e -> e.getValue().table().equals(name)
                || e.getKey().equals(name + " on " + e.getValue().table()));
        return found;
    }

    /** Forgets everything. */
    public void clear() {
        tables.clear();
        families.clear();
        nets.clear();
        comparisons.clear();
    }

    @Override public String toString() { return "session: " + tables.size() + " tables, " + nets.size() + " nets"; }
}
