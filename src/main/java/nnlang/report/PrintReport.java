package nnlang.report;

/** A line a script prints with {@code print "..."}. */
public record PrintReport(String text) implements Report {
    @Override public String kind() { return "print"; }

    @Override public <R> R accept(Visitor<R> v) { return v.print(this); }

    @Override public String toString() { return text; }
}
