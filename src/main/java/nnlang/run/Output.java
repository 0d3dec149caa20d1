package nnlang.run;

import nnlang.report.Report;

/** Where the interpreter sends its reports; the host decides how (and whether) to print them. */
@FunctionalInterface
public interface Output {
    void emit(Report report);

    Output NONE = r -> { };
}
