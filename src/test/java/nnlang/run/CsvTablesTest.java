package nnlang.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.lang.NnError;
import nnlang.lang.Source;
import org.junit.jupiter.api.Test;

/** Tables from CSV text: how cells become states, when the first row is a header, and the errors. */
class CsvTablesTest {
    static Table read(String text) throws NnError { return CsvTables.read("t", new Source("d.csv", text)); }

    static String error(String text) {
        NnError e = assertThrows(NnError.class, () -> read(text));
        return e.diagnostics().get(0).headline();
    }

    @Test void oneCharacterFactorsAreJoinedSideBySide() throws NnError {
        Table t = read("x1, x2, y\n0, 0, 0\n0, 1, 1\n1, 0, 1\n1, 1, 0\n");
        assertEquals(List.of("00", "01", "10", "11"), t.inputs().states());
        assertEquals(new Row("01", List.of("1")), t.row("01"));
    }

    @Test void longerFactorsAreJoinedWithUnderscores() throws NnError {
        Table t = read("red,big,yes\nblue,small,no\n");
        assertEquals(List.of("red_big", "blue_small"), t.inputs().states());
        assertEquals(2, t.rows().size(), "names over names: no header");
    }

    @Test void rowsWithOneInputMakeANonFunction() throws NnError {
        Table t = read("# animal,sound\ndog,bark\ncat,meow\ndog,woof\ndog,bark\n");
        assertEquals(List.of("bark", "woof"), t.row("dog").targets());
        assertEquals(false, t.isFunction());
    }

    @Test void quotedCellsMayHoldCommas() throws NnError {
        Table t = read("\"a,b\", \"say \"\"hi\"\"\"\n");
        assertEquals(new Row("a,b", List.of("say \"hi\"")), t.rows().get(0));
    }

    @Test void errorsPointIntoTheFile() {
        assertEquals("d.csv:1:1: error: the file has no rows", error("\n\n"));
        assertEquals("d.csv:2:4: error: line 2 has 2 cells; the first row has 3", error("0,0,1\n1,1\n"));
        assertEquals("d.csv:2:7: error: line 2 has 4 cells; the first row has 3", error("0,0,1\n1,1,0,1\n"));
        assertEquals("d.csv:1:4: error: cell 2 of line 1 is empty", error("0, ,1\n"));
        assertEquals("d.csv:1:1: error: a row needs at least two cells: the input factors, then the output",
                error("0\n1\n"));
        assertEquals("d.csv:1:3: error: this quote is never closed", error("0,\"1\n"));
    }

    @Test void theRowLimitIsNamed() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= CsvTables.MAX_ROWS; i++) s.append(i).append(",0\n");
        assertEquals("d.csv:65537:1: error: the file has more than 65536 rows (the limit)", error(s.toString()));
    }
}
