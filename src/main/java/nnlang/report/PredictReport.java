package nnlang.report;

import java.util.Arrays;
import java.util.List;

/**
 * p(y|x) of a net for one input state, every y of the output space; built by
 * {@link nnlang.info.Relations#predict}.
 *
 * @param net     the net's name
 * @param x       the input state
 * @param input   the encoded vector fed to the net
 * @param outputs Y as the model sees it, in order
 * @param p       p(y|x) per state of outputs
 * @param top     the index of the most probable y, or -1 on a tie (within 1e-12) or a NaN
 * @param tie     the top probabilities tie
 */
public record PredictReport(String net, String x, double[] input, List<String> outputs, double[] p, int top,
                            boolean tie) implements Report {
    public PredictReport {
        input = input.clone();
        outputs = List.copyOf(outputs);
        p = p.clone();
    }

    @Override public String kind() { return "predict"; }

    @Override public <R> R accept(Visitor<R> v) { return v.predict(this); }

    @Override public double[] input() { return input.clone(); }

    @Override public double[] p() { return p.clone(); }

    /** p(y|x) for the y at index y, without copying. */
    public double p(int y) { return p[y]; }

    /** The most probable state, or null on a tie. */
    public String topState() { return top < 0 ? null : outputs.get(top); }

    @Override public boolean equals(Object o) {
        return o instanceof PredictReport r && r.net.equals(net) && r.x.equals(x) && Arrays.equals(r.input, input)
                && r.outputs.equals(outputs) && Arrays.equals(r.p, p) && r.top == top && r.tie == tie;
    }

    @Override public int hashCode() { return x.hashCode() * 31 + Arrays.hashCode(p); }

    @Override public String toString() { return TextRenderer.render(this); }
}
