package nnlang.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnlang.data.Generators;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.report.InfoReport;
import org.junit.jupiter.api.Test;

class TableInfoTest {
    @Test void xorIsAFunctionOfTwoBinaryFactors() {
        InfoReport r = TableInfo.of(Generators.generate("xor", "xor", 2));
        assertEquals(4, r.inputs());
        assertEquals(2, r.outputs());
        assertEquals(8, r.relations());
        assertEquals(4, r.rows());
        assertTrue(r.function());
        assertEquals(0, r.floor());
        assertEquals(2, r.factors());
        assertEquals(2, r.statesPerFactor());
        assertEquals(4, r.worstCaseWidth());
    }

    @Test void inverseXorIsANonFunctionWithAFloorOfOneBit() {
        InfoReport r = TableInfo.of(Generators.inverse("inv", Generators.generate("xor", "xor", 2)));
        assertFalse(r.function());
        assertEquals(1, r.floor(), 1e-15);
        assertEquals(List.of("0 -> 00|11", "1 -> 01|10"), r.manyTargets());
        assertEquals(2, r.manyTargetRows());
        assertEquals(2, r.worstCaseWidth());
    }

    @Test void symbolicInputsAreOneFactor() {
        InfoReport r = TableInfo.of(Table.of("pets", List.of(new Row("dog", List.of("bark")),
                new Row("cat", List.of("meow")), new Row("cow", List.of("moo")))));
        assertEquals(1, r.factors());
        assertEquals(3, r.statesPerFactor());
        assertEquals(3, r.worstCaseWidth());
    }

    @Test void sixteenBitsNeedUpTo65536HiddenNodes() {
        InfoReport r = TableInfo.of(Generators.generate("p16", "parity", 16));
        assertEquals(65536, r.worstCaseWidth());
        assertEquals(16, r.factors());
    }

    @Test void namesOnlyAFewRowsWithSeveralTargets() {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) rows.add(new Row("x" + i, List.of("a", "b", "c", "d")));
        InfoReport r = TableInfo.of(Table.of("many", rows));
        assertEquals(5, r.manyTargetRows());
        assertEquals(List.of("x0 -> a|b|c|d", "x1 -> a|b|c|d", "x2 -> a|b|c|d"), r.manyTargets());
        assertEquals(2, r.floor(), 1e-15);
    }
}
