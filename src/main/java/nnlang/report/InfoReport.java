package nnlang.report;

import java.util.List;

/**
 * The shape of a table, built by {@link nnlang.info.TableInfo#of}.
 *
 * @param table           the table's name
 * @param inputStates     X in order
 * @param outputStates    Y in order (the states the table names)
 * @param rows            the number of rows
 * @param function        every row has exactly one target
 * @param manyTargets     up to {@link nnlang.info.TableInfo#EXAMPLES} rows with several targets, as "x -> a|b"
 * @param manyTargetRows  how many rows have several targets
 * @param floor           mean over rows of log2 |S(x)|, in bits
 * @param factors         n: the input's factors (bits of a bit-string input; 1 otherwise)
 * @param statesPerFactor k: the states of each factor (2 for bits; |X| otherwise)
 * @param worstCaseWidth  k^n: hidden nodes one hidden layer may need, one per input variant
 * @param built           how the table was made (a formula, a random tree's gates, ...); empty for rows as written
 */
public record InfoReport(String table, List<String> inputStates, List<String> outputStates, int rows,
                         boolean function, List<String> manyTargets, int manyTargetRows, double floor, int factors,
                         int statesPerFactor, long worstCaseWidth, List<String> built) implements Report {
    public InfoReport {
        inputStates = List.copyOf(inputStates);
        outputStates = List.copyOf(outputStates);
        manyTargets = List.copyOf(manyTargets);
        built = built == null ? List.of() : List.copyOf(built);
    }

    public InfoReport(String table, List<String> inputStates, List<String> outputStates, int rows, boolean function,
                      List<String> manyTargets, int manyTargetRows, double floor, int factors, int statesPerFactor,
                      long worstCaseWidth) {
        this(table, inputStates, outputStates, rows, function, manyTargets, manyTargetRows, floor, factors,
                statesPerFactor, worstCaseWidth, List.of());
    }

    @Override public String kind() { return "info"; }

    @Override public <R> R accept(Visitor<R> v) { return v.info(this); }

    /** |X|. */
    public int inputs() { return inputStates.size(); }

    /** |Y|. */
    public int outputs() { return outputStates.size(); }

    /** |X| * |Y|. */
    public long relations() { return (long) inputs() * outputs(); }

    @Override public String toString() { return TextRenderer.render(this); }
}
