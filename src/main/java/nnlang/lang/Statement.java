package nnlang.lang;

import java.util.List;

/**
 * The syntax tree: one record per statement, each carrying the span of its first token.
 * Dispatch with {@code instanceof} patterns (Java 17 has no pattern switch).
 */
public sealed interface Statement {
    Span span();

    /** {@code table NAME { x -> y | z ... }} */
    record TableRows(Span span, Word name, List<RowNode> rows) implements Statement {}

    /** {@code table NAME = parity(3)} */
    record TableGenerator(Span span, Word name, Word generator, Num size) implements Statement {}

    /** {@code table NAME = inverse OTHER} */
    record TableInverse(Span span, Word name, Word source) implements Statement {}

    /** A net in either form; sizes and the encoding words are checked by the interpreter. */
    record NetDef(Span span, Word name, Word encoding, Num inputSize, List<LayerNode> layers, Word output,
                  Num outputSize) implements Statement {}

    /** {@code train NET on TABLE options...} */
    record Train(Span span, Word net, Word table, List<TrainOption> options) implements Statement {}

    /** {@code relations NET on TABLE [eps V]} */
    record Relations(Span span, Word net, Word table, Num eps) implements Statement {}

    /** {@code show NET} */
    record Show(Span span, Word net) implements Statement {}

    /** {@code predict NET STATE} */
    record Predict(Span span, Word net, Word state) implements Statement {}

    /** {@code info TABLE} */
    record Info(Span span, Word table) implements Statement {}

    /** {@code expect METRIC of NET on TABLE OP VALUE}; text is the expectation as written. */
    record Expect(Span span, Word metric, Word net, Word table, Word op, Num value, String text)
            implements Statement {}

    /** {@code print "text"} */
    record Print(Span span, String text) implements Statement {}

    /** {@code hidden NET on TABLE [bins B]} */
    record Hidden(Span span, Word net, Word table, Num bins) implements Statement {}

    /** {@code ablate NET NODE on TABLE} */
    record Ablate(Span span, Word net, Word node, Word table) implements Statement {}

    /** {@code compare NET, NET... on TABLE { trials N  rows K  train options... }} */
    record Compare(Span span, List<Word> nets, Word table, Num trials, List<TrainOption> options)
            implements Statement {}

    /** {@code plot NET}: the curves of the net's last training. */
    record Plot(Span span, Word net) implements Statement {}

    /** {@code map NET on TABLE}: p(y|x) over the input square of a two-input net. */
    record Map(Span span, Word net, Word table) implements Statement {}

    /** {@code draw NET [on TABLE] to "file.svg"}; file holds the written name and its place. */
    record Draw(Span span, Word net, Word table, Word file) implements Statement {}

    /** One table row: {@code x -> a | b}. */
    record RowNode(Word x, List<Word> targets) {}

    /** {@code dense SIZE ACTIVATION}, or a layer of the one-line form. */
    record LayerNode(Num size, Word activation) {}
}
