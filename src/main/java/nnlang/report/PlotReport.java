package nnlang.report;

import nnlang.train.History;

/**
 * The loss and H(Y|X) curves of a net's last training, for {@code plot NET}. The text form draws
 * them with braille dots fitted to a width ({@link TextRenderer#render(Report, int)}).
 *
 * @param net     the net's name
 * @param table   the table it was trained on
 * @param history the sampled course of the training: loss in nats, H(Y|X) in bits
 */
public record PlotReport(String net, String table, History history) implements Report {
    @Override public String kind() { return "plot"; }

    @Override public <R> R accept(Visitor<R> v) { return v.plot(this); }

    @Override public String toString() { return TextRenderer.render(this); }
}
