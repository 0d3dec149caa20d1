package nnlang.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nnlang.data.Generators;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.lang.NnError;
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

    static Table generated(Statement.TableGenerator s, Failure fail) throws NnError {
        String g = s.generator().text();
        if (!Generators.exists(g)) {
            throw fail.at(s.generator().span(), "unknown generator '" + g + "' (known: "
                    + String.join(", ", Generators.names()) + ")", Suggest.hint(g, Generators.names()));
        }
        double n = s.size().value();
        if (!s.size().isInt() || n < 1 || n > Generators.MAX_BITS) {
            throw fail.at(s.size().span(), g + "(n) takes a whole number of bits from 1 to " + Generators.MAX_BITS
                    + " (2^" + Generators.MAX_BITS + " rows at most)");
        }
        return Generators.generate(s.name().text(), g, (int) n);
    }

    static Table inverse(Statement.TableInverse s, Table source) {
        return Generators.inverse(s.name().text(), source);
    }
}
