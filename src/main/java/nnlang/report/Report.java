package nnlang.report;

/**
 * What a statement answers: plain immutable data that never prints. {@link TextRenderer} turns a
 * report into lines for people, {@link JsonRenderer} into one JSON object for programs.
 */
public interface Report {
    /** The report's name in JSON ({@code "report": kind}): relations, show, predict, info, train, ... */
    String kind();
}
