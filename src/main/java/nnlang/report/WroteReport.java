package nnlang.report;

/**
 * A file that a statement wrote (a diagram, a saved net).
 *
 * @param file   the name as the script wrote it
 * @param bytes  its size
 * @param format what it holds: "svg", "png", "nn"
 */
public record WroteReport(String file, long bytes, String format) implements Report {
    @Override public String kind() { return "wrote"; }

    @Override public <R> R accept(Visitor<R> v) { return v.wrote(this); }

    @Override public String toString() { return TextRenderer.render(this); }
}
