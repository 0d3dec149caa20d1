package nnlang.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nnlang.data.Family;
import nnlang.data.Table;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;

/**
 * Everything a person has defined: tables and nets by name, in the order defined. A statement
 * that fails changes nothing here: the interpreter replaces entries only once a statement succeeds.
 */
public final class Session {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, NetEntry> nets = new LinkedHashMap<>();
    private final Map<String, CompareReport> comparisons = new LinkedHashMap<>();
    private final Map<String, CurveReport> curves = new LinkedHashMap<>();

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

    /** The last curve known by key ("net on table", "first, second on table", "all nets on table"), or null. */
    public CurveReport curve(String key) { return curves.get(key); }

    void put(CurveReport c) {
        for (String key : CurveStatement.keys(c.nets(), c.table(), c.rows()).keySet()) curves.put(key, c);
    }

    /** Every key of a curve, with its K's. */
    Map<String, java.util.List<Integer>> curveKeys() {
        Map<String, java.util.List<Integer>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, CurveReport> e : curves.entrySet()) keys.put(e.getKey(), e.getValue().rows());
        return keys;
    }

    /** A copy holding the same (immutable) tables and entries: to go back to (a failed load, a crashed REPL entry). */
    public Session copy() {
        Session c = new Session();
        c.replaceWith(this);
        return c;
    }

    /**
     * True when this session holds the same objects under the same names as the other (what
     * {@link #copy()} shares: entries are never changed in place, so the same objects mean the same state).
     */
    public boolean sameAs(Session other) {
        return same(tables, other.tables) && same(families, other.families) && same(nets, other.nets)
                && same(comparisons, other.comparisons) && same(curves, other.curves);
    }

    private static <V> boolean same(Map<String, V> a, Map<String, V> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        for (Map.Entry<String, V> e : a.entrySet()) if (e.getValue() != b.get(e.getKey())) return false;
        return true;
    }

    /** Makes this session hold what the other holds. */
    public void replaceWith(Session other) {
        if (other == this) return;
        Map<String, Table> t = new LinkedHashMap<>(other.tables);
        Map<String, Family> f = new LinkedHashMap<>(other.families);
        Map<String, NetEntry> n = new LinkedHashMap<>(other.nets);
        Map<String, CompareReport> c = new LinkedHashMap<>(other.comparisons);
        Map<String, CurveReport> k = new LinkedHashMap<>(other.curves);
        clear();
        tables.putAll(t);
        families.putAll(f);
        nets.putAll(n);
        comparisons.putAll(c);
        curves.putAll(k);
    }

    /**
     * Forgets the table and the net of this name, and the comparisons that ran that net or on
     * that table; what was trained on a dropped table keeps its weights. False when there was none.
     */
    public boolean drop(String name) {
        boolean found = tables.remove(name) != null | nets.remove(name) != null | families.remove(name) != null;
        comparisons.entrySet().removeIf(e -> e.getValue().table().equals(name)
                || e.getKey().equals(name + " on " + e.getValue().table()));
        // a curve that ran on it or trained it goes too: expect and draw curve would read a stale one
        curves.values().removeIf(c -> c.table().equals(name) || c.nets().contains(name));
        return found;
    }

    /** Forgets everything. */
    public void clear() {
        tables.clear();
        families.clear();
        nets.clear();
        comparisons.clear();
        curves.clear();
    }

    @Override public String toString() { return "session: " + tables.size() + " tables, " + nets.size() + " nets"; }
}
