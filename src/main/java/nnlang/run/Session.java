package nnlang.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nnlang.data.Table;
import nnlang.report.CompareReport;
import nnlang.report.CurveReport;

/**
 * Everything a person has defined: tables and nets by name, in the order defined. A statement
 * that fails changes nothing here: the interpreter replaces entries only once a statement succeeds.
 */
public final class Session {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, NetEntry> nets = new LinkedHashMap<>();
    private final Map<String, CompareReport> comparisons = new LinkedHashMap<>();
    private final Map<String, CurveReport> curves = new LinkedHashMap<>();

    public Map<String, Table> tables() { return Collections.unmodifiableMap(tables); }

    public Map<String, NetEntry> nets() { return Collections.unmodifiableMap(nets); }

    public Table table(String name) { return tables.get(name); }

    public NetEntry net(String name) { return nets.get(name); }

    void put(Table t) { tables.put(t.name(), t); }

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

    /** Makes this session hold what the other holds. */
    public void replaceWith(Session other) {
        if (other == this) return;
        Map<String, Table> t = new LinkedHashMap<>(other.tables);
        Map<String, NetEntry> n = new LinkedHashMap<>(other.nets);
        Map<String, CompareReport> c = new LinkedHashMap<>(other.comparisons);
        Map<String, CurveReport> k = new LinkedHashMap<>(other.curves);
        clear();
        tables.putAll(t);
        nets.putAll(n);
        comparisons.putAll(c);
        curves.putAll(k);
    }

    /** Forgets everything. */
    public void clear() {
        tables.clear();
        nets.clear();
        comparisons.clear();
        curves.clear();
    }

    @Override public String toString() { return "session: " + tables.size() + " tables, " + nets.size() + " nets"; }
}
