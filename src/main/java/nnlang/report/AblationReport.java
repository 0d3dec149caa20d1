package nnlang.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The effect of silencing one hidden node, relation by relation, built by
 * {@link nnlang.info.Ablation#of}: the net's relations before, and after the node's outgoing
 * weights are set to 0 so that the next layer receives 0 from it whatever the input.
 *
 * @param net        the net's name
 * @param table      the table's name
 * @param node       the silenced node's name (h2, or h1_2 in a deeper net)
 * @param layer      its hidden layer, counted from 1
 * @param activation its activation word: for sigmoid, 0 is one end of the range, not a resting value
 * @param intoOutput true when the next layer is the output layer
 * @param before     the relations of the net as it is
 * @param after      the relations with the node silenced
 */
public record AblationReport(String net, String table, String node, int layer, String activation,
                             boolean intoOutput, RelationsReport before, RelationsReport after) implements Report {
    /** A relation moved when |p after - p before| exceeds this. */
    public static final double MOVED = 0.1;

    @Override public String kind() { return "ablate"; }

    @Override public <R> R accept(Visitor<R> v) { return v.ablate(this); }

    @Override public String toString() { return TextRenderer.render(this); }

    /** The relations (x, y) whose p(y|x) moved by more than {@link #MOVED}, in row order then Y order. */
    public List<Moved> moved() {
        List<Moved> moved = new ArrayList<>();
        for (int r = 0; r < before.rows().size(); r++) {
            RelationsReport.Row b = before.rows().get(r), a = after.rows().get(r);
            for (int y = 0; y < b.size(); y++) {
                if (Math.abs(a.p(y) - b.p(y)) > MOVED) moved.add(new Moved(b.x(), before.outputs().get(y), b.p(y), a.p(y)));
            }
        }
        return moved;
    }

    /** True when row r's most probable y (or its tie) is not the same after as before. */
    public boolean changed(int r) {
        RelationsReport.Row b = before.rows().get(r), a = after.rows().get(r);
        return b.top() != a.top() || b.tie() != a.tie();
    }

    /** The number of rows whose prediction changed. */
    public int changed() {
        int n = 0;
        for (int r = 0; r < before.rows().size(); r++) if (changed(r)) n++;
        return n;
    }

    /** One relation that moved: p(y|x) before and after. */
    public record Moved(String x, String y, double before, double after) {}
}
