package nnlang.model;

import java.util.List;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;

/**
 * A network as written, before it meets a table: the input encoding (with its size, if given),
 * the hidden layers, and the output kind (with its size, if given).
 */
public record NetSpec(InputEncoding input, Integer inputSize, List<LayerSpec> hidden, OutputKind output,
                      Integer outputSize) implements java.io.Serializable {
    public NetSpec {
        hidden = List.copyOf(hidden);
    }

    /** The one-line form, e.g. {@code bits -> 2 tanh -> 3 tanh -> sigmoid}. */
    @Override public String toString() {
        StringBuilder s = new StringBuilder(input.word());
        if (inputSize != null) s.append(' ').append(inputSize);
        for (LayerSpec l : hidden) s.append(" -> ").append(l);
        s.append(" -> ").append(output.word());
        if (outputSize != null) s.append(' ').append(outputSize);
        return s.toString();
    }
}
