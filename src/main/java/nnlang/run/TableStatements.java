package nnlang.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nnlang.data.Families;
import nnlang.data.Family;
import nnlang.data.Generators;
import nnlang.data.RandomRelations;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Num;
import nnlang.lang.Span;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.lang.Word;

/** Makes tables from table statements, checking rows, generators and names. */
final class TableStatements {
    private TableStatements() {}

    static Table rows(Statement.TableRows s, Failure fail) throws NnError {
        if (s.rows().isEmpty()) {
            throw fail.at(s.name().span(), "table " + s.name() + " has no rows", "write rows like 00 -> 0 inside the braces");
        }
        if (s.rows().size() > CsvTables.MAX_ROWS) {
            throw fail.at(s.rows().get(CsvTables.MAX_ROWS).x().span(), "table " + s.name() + " has more than "
                    + CsvTables.MAX_ROWS + " rows (the limit)");
        }
        java.util.Map<String, Statement.RowNode> seen = new java.util.HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Statement.RowNode r : s.rows()) {
            plain(r.x(), fail);
            for (Word t : r.targets()) plain(t, fail);
            Statement.RowNode first = seen.putIfAbsent(r.x().text(), r);
            if (first != null) {
                List<String> both = new ArrayList<>();
                for (Word t : first.targets()) both.add(t.text());
                for (Word t : r.targets()) if (!both.contains(t.text())) both.add(t.text());
                throw fail.at(r.x().span(), "input " + r.x() + " appears in two rows of table " + s.name(),
                        "write one row with several targets: " + r.x() + " -> " + String.join(" | ", both));
            }
            Set<String> targets = new HashSet<>();
            List<String> ys = new ArrayList<>();
            for (Word t : r.targets()) {
                if (!targets.add(t.text())) throw fail.at(t.span(), "target " + t + " is repeated in this row");
                ys.add(t.text());
            }
            rows.add(new Row(r.x().text(), ys));
        }
        return Table.of(s.name().text(), rows);
    }

    /**
     * A state is shown on one line in every report (a row of relations, a cell of a table), so it
     * holds no tab, line break or other control character: quoted states may spell them (\t, \n).
     */
    static void plain(Word state, Failure fail) throws NnError {
        String control = ControlCharacters.first(state.text());
        if (control != null) {
            throw fail.at(state.span(), "a state cannot hold " + control + ": every report shows a state on one line",
                    "write a space or _ in its place");
        }
    }

    static Table generated(Statement.TableGenerator s, Failure fail) throws NnError {
        String g = s.generator().text();
        if (g.equals("all")) {
            throw fail.at(s.generator().span(), "all(n) makes a family of tables, not one table",
                    "write: family " + s.name() + " = all(" + s.size().text() + ")");
        }
        if (!Generators.exists(g)) {
            throw fail.at(s.generator().span(), "unknown generator '" + g + "' (known: "
                    + String.join(", ", Generators.names()) + ")", Suggest.hint(g, Generators.names()));
        }
        int n = bits(s.size(), g, RandomRelations.exists(g) ? RandomRelations.minBits(g) : 1, Generators.MAX_BITS, fail);
        Options o = options(s.options(), g, false, fail);
        if (!RandomRelations.exists(g)) return Generators.generate(s.name().text(), g, n);
        return RandomRelations.generate(s.name().text(), g, n, o.allGates, o.seed);
    }

    /** {@code family NAME = tree(8) instances 20 seed 1} or {@code family NAME = all(3)}. */
    static Family family(Statement.FamilyDef s, Failure fail) throws NnError { return family(s, fail, () -> false); }

    /** As above; a stop asked for while the instances are made (a large family takes seconds) ends it here. */
    static Family family(Statement.FamilyDef s, Failure fail, java.util.function.BooleanSupplier stop) throws NnError {
        String g = s.generator().text();
        String name = s.name().text();
        if (g.equals("all")) {
            int n = bits(s.size(), g, 1, Families.MAX_ALL_BITS, fail);
            options(s.options(), g, true, fail);
            return Families.all(name, n);
        }
        if (!RandomRelations.exists(g)) {
            List<String> known = new ArrayList<>(RandomRelations.NAMES);
            known.add(0, "all");
            String hint = Generators.exists(g) ? g + "(n) makes one table: write table " + name + " = " + g + "("
                    + s.size().text() + ")" : Suggest.hint(g, known);
            throw fail.at(s.generator().span(), "a family is made by all(n) or a random generator ("
                    + String.join(", ", known) + "), not '" + g + "'", hint);
        }
        int n = bits(s.size(), g, RandomRelations.minBits(g), Generators.MAX_BITS, fail);
        Options o = options(s.options(), g, true, fail);
        if (o.instances < 0) {
            throw fail.at(s.generator().span(), "a family of " + g + "(" + n + ") needs a number of instances",
                    "write: family " + name + " = " + g + "(" + n + ") instances 20 seed 1");
        }
        // the rows of all instances at once stay within what one big table may hold
        if ((long) o.instances << n > MAX_FAMILY_ROWS) {
            throw fail.at(o.instancesSpan, "a family of " + o.instances + " instances of " + (1 << n) + " rows would hold "
                    + ((long) o.instances << n) + " rows; the limit is " + MAX_FAMILY_ROWS);
        }
        Family f = Families.random(name, g, n, o.allGates, o.instances, o.seed, stop);
        if (f == null) {
            throw fail.at(s.span(), "stopped here while checking the script (the time limit, or Ctrl-C); nothing ran");
        }
        return f;
    }

    /** All rows of a family's instances together, at most. */
    static final long MAX_FAMILY_ROWS = 1L << 22;
    /** The most instances a family may have. */
    static final int MAX_INSTANCES = 100_000;

    /** The options of a generator as read: the seed (default 1), gates all, instances (-1 if not given). */
    private record Options(long seed, boolean allGates, int instances, Span instancesSpan) {}

    private static Options options(List<Statement.GeneratorOption> options, String g, boolean family, Failure fail)
            throws NnError {
        long seed = 1;
        boolean all = false;
        int instances = -1;
        Span instancesSpan = null;
        Set<String> given = new HashSet<>();
        boolean random = RandomRelations.exists(g);
        for (Statement.GeneratorOption o : options) {
            String key = o.key().text();
            if (!given.add(key)) throw fail.at(o.key().span(), key + " is given twice");
            switch (key) {
                case "seed" -> {
                    if (!random) throw fail.at(o.key().span(), g + "(n) is not random: it takes no seed");
                    Num v = o.number();
                    // as train's seed: a whole number a double holds exactly
                    if (v.value() != Math.rint(v.value()) || Math.abs(v.value()) > 9.0e15) {
                        throw fail.at(v.span(), Math.abs(v.value()) > 9.0e15 && v.value() == Math.rint(v.value())
                        ? "a seed is a whole number from -9000000000000000 to 9000000000000000, not " + v
                        : "a seed is a whole number, not " + v);
                    }
                    seed = (long) v.value();
                }
                case "gates" -> {
                    if (!RandomRelations.hasGates(g)) throw fail.at(o.key().span(), "only tree and chain are made of gates; "
                            + g + "(n) takes no gates option");
                    if (!o.word().text().equals("all")) {
                        throw fail.at(o.word().span(), "gates takes the word all (all ten two-input gates, xor and xnor "
                                + "too); without it the gates are the eight without xor and xnor", Suggest.hint(o.word().text(), List.of("all")));
                    }
                    all = true;
                }
                default -> {
                    if (!family) {
                        throw fail.at(o.key().span(), "a table is one relation; instances makes a family",
                                "write: family NAME = " + g + "(n) instances N seed S");
                    }
                    if (!random) throw fail.at(o.key().span(), g + "(n) lists its instances itself; it takes no instances option");
                    Num v = o.number();
                    if (!v.isInt() || v.value() < 1 || v.value() > MAX_INSTANCES) {
                        throw fail.at(v.span(), "instances is a whole number from 1 to " + MAX_INSTANCES);
                    }
                    instances = (int) v.value();
                    instancesSpan = v.span();
                }
            }
        }
        return new Options(seed, all, instances, instancesSpan);
    }

    /** The n of g(n): a whole number from min to max. */
    private static int bits(Num size, String g, int min, int max, Failure fail) throws NnError {
        double n = size.value();
        if (!size.isInt() || n < min || n > max) {
            String why = max == Generators.MAX_BITS ? " (2^" + max + " rows at most)"
                    : " (all(" + (max + 1) + ") would be " + (1L << (1 << (max + 1))) + " tables)";
            throw fail.at(size.span(), g + "(n) takes a whole number of bits from " + min + " to " + max + why);
        }
        return (int) n;
    }

    static Table inverse(Statement.TableInverse s, Table source) {
        return Generators.inverse(s.name().text(), source);
    }
}
