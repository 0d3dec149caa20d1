package nnlang.info;

import java.util.ArrayList;
import java.util.List;
import nnlang.data.Family;
import nnlang.data.Row;
import nnlang.data.Table;
import nnlang.report.FamilyReport;
import nnlang.report.InfoReport;

/** |X|, |Y|, relations, function or not, floor, and the essay's worst-case hidden width k^n (E5). */
public final class TableInfo {
    /** How many rows with several targets the report names. */
    public static final int EXAMPLES = 3;

    private TableInfo() {}

    /**
     * The info of a table. A bit-string input of width n is n factors of 2 states (k^n = 2^n);
     * any other input space counts as one factor of |X| states (k^n = |X|).
     */
    public static InfoReport of(Table t) {
        List<String> many = new ArrayList<>();
        int manyRows = 0;
        for (Row r : t.rows()) {
            if (r.targets().size() < 2) continue;
            if (many.size() < EXAMPLES) many.add(r.x() + " -> " + String.join("|", r.targets()));
            manyRows++;
        }
        boolean bits = t.inputs().isBits();
        int n = bits ? t.inputs().bitWidth() : 1;
        int k = bits ? 2 : t.inputs().size();
        long width = bits ? pow2(n) : k;
        return new InfoReport(t.name(), t.inputs().states(), t.outputs().states(), t.rows().size(), manyRows == 0,
                many, manyRows, t.floor(), n, k, width, t.built());
    }

    /** The info of a family: how it was built, its spaces, and each instance's own note. */
    public static FamilyReport of(Family f) {
        List<FamilyReport.Instance> instances = new ArrayList<>(f.size());
        boolean oneBit = f.outputs().size() == 2;
        for (Table t : f.instances()) {
            int ones = 0;
            for (Row r : t.rows()) if (oneBit && r.targets().contains(f.outputs().state(1))) ones++;
            instances.add(new FamilyReport.Instance(t.name(), t.built(), oneBit ? ones : -1));
        }
        return new FamilyReport(f.name(), f.built(), f.inputs().states(), f.outputs().states(), instances);
    }

    private static long pow2(int n) { return n < 63 ? 1L << n : Long.MAX_VALUE; }
}
