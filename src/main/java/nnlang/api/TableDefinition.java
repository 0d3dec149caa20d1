package nnlang.api;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Table;

/**
 * A {@code table} statement being written; one of the finishing calls ({@link #define()} after
 * rows, or a generator such as {@link #parity(int)}) runs it and returns the table.
 * {@code toString()} shows the statement as it stands.
 * <pre>
 * nn.defineTable("xor").row("00", "0").row("01", "1").row("10", "1").row("11", "0").define();
 * nn.defineTable("back").row("0 -> 00 | 11").row("1 -> 01 | 10").define();
 * nn.defineTable("p3").parity(3);
 * nn.defineTable("inv").inverse("xor");
 * </pre>
 */
public final class TableDefinition {
    private final Nn nn;
    private final String name;
    private final List<String> rows = new ArrayList<>();

    TableDefinition(Nn nn, String name) {
        this.nn = nn;
        this.name = Words.name("the table's name", name);
    }

    /** Adds a row written as in the language: {@code "01 -> 1"} or {@code "0 -> 00 | 11"}. */
    public TableDefinition row(String row) {
        rows.add(row);
        return this;
    }

    /** Adds the row x -> y1 | y2 ...; states that are not one word or number get quoted. */
    public TableDefinition row(String x, String target, String... more) {
        StringBuilder s = new StringBuilder(Words.state(x)).append(" -> ").append(Words.state(target));
        for (String y : more) s.append(" | ").append(Words.state(y));
        return row(s.toString());
    }

    /** Runs {@code table NAME { rows }} and returns the table. */
    public Table define() { return run(statement()); }

    /** Runs {@code table NAME = GENERATOR(n)} (and, or, nand, nor, xor, parity, majority, identity). */
    public Table generated(String generator, int n) { return run(generatorStatement(generator, n)); }

    /** {@code table NAME = parity(n)}: 1 when an odd number of the n bits are 1. */
    public Table parity(int n) { return generated("parity", n); }

    /** {@code table NAME = xor(n)}: the same as parity(n). */
    public Table xor(int n) { return generated("xor", n); }

    /** {@code table NAME = and(n)}. */
    public Table and(int n) { return generated("and", n); }

    /** {@code table NAME = or(n)}. */
    public Table or(int n) { return generated("or", n); }

    /** {@code table NAME = majority(n)}: 1 when more than half of the n bits are 1. */
    public Table majority(int n) { return generated("majority", n); }

    /** {@code table NAME = identity(n)}: every n-bit string to itself. */
    public Table identity(int n) { return generated("identity", n); }

    /** {@code table NAME = inverse OTHER}: the other table with its two spaces swapped. */
    public Table inverse(String other) { return run("table " + name + " = inverse " + other); }

    private String generatorStatement(String generator, int n) {
        if (!rows.isEmpty()) throw new IllegalStateException("table " + name + " has rows already; call define()");
        return "table " + name + " = " + generator + "(" + n + ")";
    }

    private Table run(String statement) {
        nn.runOne(statement);
        return nn.table(name);
    }

    /** The statement with the rows given so far, on one line. */
    String statement() { return "table " + name + " { " + String.join("  ", rows) + (rows.isEmpty() ? "}" : " }"); }

    /** The statement as it stands: {@code table xor { 00 -> 0  01 -> 1 }}. */
    @Override public String toString() { return statement(); }
}
