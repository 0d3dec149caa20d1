package nnlang.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nnlang.data.Table;

/**
 * Everything a person has defined: tables and nets by name, in the order defined. A statement
 * that fails changes nothing here: the interpreter replaces entries only once a statement succeeds.
 */
public final class Session {
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, NetEntry> nets = new LinkedHashMap<>();

    public Map<String, Table> tables() { return Collections.unmodifiableMap(tables); }

    public Map<String, NetEntry> nets() { return Collections.unmodifiableMap(nets); }

    public Table table(String name) { return tables.get(name); }

    public NetEntry net(String name) { return nets.get(name); }

    void put(Table t) { tables.put(t.name(), t); }

    void put(NetEntry n) { nets.put(n.name(), n); }

    /** Forgets everything. */
    public void clear() {
        tables.clear();
        nets.clear();
    }

    @Override public String toString() { return "session: " + tables.size() + " tables, " + nets.size() + " nets"; }
}
