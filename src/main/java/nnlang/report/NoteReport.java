package nnlang.report;

/** A remark on what a statement did that a person would want to know, such as a replaced trained net. */
public record NoteReport(String text) implements Report {
    @Override public String kind() { return "note"; }

    @Override public <R> R accept(Visitor<R> v) { return v.note(this); }

    @Override public String toString() { return text; }
}
