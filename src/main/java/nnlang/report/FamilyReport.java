package nnlang.report;

import java.util.List;

/**
 * {@code info FAMILY}: how a family was built and its instances, built by
 * {@link nnlang.info.TableInfo#of(nnlang.data.Family)}.
 *
 * @param family       the family's name
 * @param built        how it was made, e.g. {@code tree(8) instances 20 seed 1}
 * @param inputStates  X, shared by every instance
 * @param outputStates Y, shared by every instance
 * @param instances    the instances in order
 */
public record FamilyReport(String family, String built, List<String> inputStates, List<String> outputStates,
                           List<Instance> instances) implements Report {
    public FamilyReport {
        inputStates = List.copyOf(inputStates);
        outputStates = List.copyOf(outputStates);
        instances = List.copyOf(instances);
    }

    @Override public String kind() { return "family"; }

    @Override public <R> R accept(Visitor<R> v) { return v.family(this); }

    @Override public String toString() { return TextRenderer.render(this); }

    /**
     * One instance.
     *
     * @param table the instance's name, {@code FAMILY[i]}
     * @param built how it was made (the lines of its info), e.g. {@code tree(8) seed 1234} and its gates
     * @param ones  the rows whose target is the second output state (1), for a one-bit output; -1 otherwise
     */
    public record Instance(String table, List<String> built, int ones) {
        public Instance { built = List.copyOf(built); }
    }
}
