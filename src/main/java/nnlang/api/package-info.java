/**
 * nnlang from Java and JShell: a session that runs nnlang text and hands back tables, nets and
 * reports as objects, and fluent builders that write the same statements a script would.
 *
 * <p>{@code scripts/nn jshell} opens JShell with nnlang on the class path and this package
 * imported; {@code scripts/nn jshell scripts/xor.jsh} runs an example and exits. Experiment E3
 * (XOR needs a hidden layer) in Java:
 * <pre>
 * var nn = Nn.session();
 * nn.defineTable("xor").xor(2);                                     // table xor = xor(2)
 * nn.defineNet("two").input("bits").dense(2, "sigmoid").output("sigmoid");
 * var trained = nn.train("two").on("xor").epochs(5000).lr(1).seed(2).run();
 * var r = nn.relations("two", "xor");        // entropy per relation, in bits
 * System.out.println(r);                     // the same text as the nn command prints
 * if (r.accuracy() &lt; 1) throw new AssertionError("XOR not learned:\n" + r);
 * nn.run("hidden two on xor");               // any nnlang text; returns its reports
 * </pre>
 *
 * <p>Everything goes through the language and its interpreter, so the API gives the same
 * numbers and the same positioned error messages as a script. Errors throw the unchecked
 * {@link nnlang.api.NnException}. Every object a JShell user meets has a readable
 * {@code toString()}: reports print their text form, builders print the statement they will
 * run, tables and nets print a one-line summary.
 *
 * <ul>
 *   <li>{@link nnlang.api.Nn}: the session; run text, define, train, ask for reports, look up
 *   <li>{@link nnlang.api.TableDefinition}, {@link nnlang.api.NetDefinition},
 *       {@link nnlang.api.Training}: the builders behind {@code defineTable}, {@code defineNet}
 *       and {@code train}
 *   <li>{@link nnlang.api.Reports}: the reports a text produced, as a list that prints as text
 *   <li>{@link nnlang.api.NnException}: the diagnostics of a failing statement
 * </ul>
 */
package nnlang.api;
