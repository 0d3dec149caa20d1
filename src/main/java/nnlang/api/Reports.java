package nnlang.api;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import nnlang.report.JsonRenderer;
import nnlang.report.Report;

/**
 * The reports one piece of nnlang text produced, in order: a read-only {@code List<Report>}
 * whose {@code toString()} is their text, one report after another, as the {@code nn} command
 * prints them. Each report is a record with accessors for its numbers.
 * <pre>
 * Reports out = nn.run("train two on xor epochs 5000 lr 1 seed 2  relations two on xor");
 * RelationsReport r = out.first(RelationsReport.class);
 * double bits = r.entropy();
 * </pre>
 */
public final class Reports extends AbstractList<Report> {
    private final List<Report> reports;

    Reports(List<Report> reports) { this.reports = List.copyOf(reports); }

    @Override public Report get(int index) { return reports.get(index); }

    @Override public int size() { return reports.size(); }

    /** The reports of one kind, in order; for example {@code all(TrainReport.class)}. */
    public <T extends Report> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Report r : reports) if (type.isInstance(r)) found.add(type.cast(r));
        return found;
    }

    /** The first report of a kind; throws {@link IllegalStateException} when there is none. */
    public <T extends Report> T first(Class<T> type) {
        List<T> found = all(type);
        if (found.isEmpty()) throw new IllegalStateException("no " + type.getSimpleName() + " among " + kinds());
        return found.get(0);
    }

    /** The last report; throws {@link IllegalStateException} when the text produced none. */
    public Report last() {
        if (reports.isEmpty()) throw new IllegalStateException("the text produced no reports");
        return reports.get(reports.size() - 1);
    }

    /** The reports as JSON Lines: one object per report, keys as in the {@code --json} output. */
    public String json() {
        StringBuilder s = new StringBuilder();
        for (Report r : reports) s.append(JsonRenderer.render(r)).append('\n');
        return s.toString();
    }

    /**
     * The text of every report in order, as the {@code nn} command prints it: a report of several
     * lines stands apart from its neighbours by a blank line. "(no reports)" when there are none.
     */
    @Override public String toString() {
        if (reports.isEmpty()) return "(no reports)";
        StringBuilder s = new StringBuilder();
        boolean lastWasBlock = false;
        for (Report r : reports) {
            String text = r.toString();
            boolean block = text.indexOf('\n') >= 0;
            if (s.length() > 0) s.append(block || lastWasBlock ? "\n\n" : "\n");
            s.append(text);
            lastWasBlock = block;
        }
        return s.toString();
    }

    private List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        for (Report r : reports) kinds.add(r.kind());
        return kinds;
    }
}
