package nnlang.report;

import java.util.List;

/**
 * The reports of one statement on several nets, side by side ({@code relations a, b on xor},
 * {@code map a, b on xor}): each part is the report the statement gives for that net alone.
 *
 * @param parts the reports, in the order the nets were named
 */
public record SideBySideReport(List<Report> parts) implements Report {
    public SideBySideReport {
        parts = List.copyOf(parts);
    }

    @Override public String kind() { return "side_by_side"; }

    @Override public <R> R accept(Visitor<R> v) { return v.sideBySide(this); }

    @Override public String toString() { return TextRenderer.render(this); }
}
