package nnlang.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnlang.data.Formula;
import nnlang.data.Gate;
import nnlang.data.Generators;
import nnlang.data.Table;
import nnlang.lang.FormulaNode;
import nnlang.lang.NnError;
import nnlang.lang.Statement;
import nnlang.lang.Suggest;
import nnlang.lang.Word;

/**
 * {@code table NAME(a, b, c) = a xor (b and c)}: the formula checked and read into a
 * {@link Formula}. Binary operators bind, tightest first: and nand, then xor xnor, then or nor,
 * each level from the left ({@code a nand b nand c} is {@code (a nand b) nand c}); not binds
 * tighter than all of them ({@code not a and b} is {@code (not a) and b}). A tuple
 * {@code (f, g)} as the whole formula makes a 2-bit output, f the left bit.
 */
final class FormulaTables {
    /** The binary operators and their levels: higher binds tighter. */
    private static final Map<String, Integer> LEVEL = new HashMap<>();
    private static final Map<String, Gate> GATE = new HashMap<>();
    static {
        for (String op : List.of("and", "nand")) LEVEL.put(op, 3);
        for (String op : List.of("xor", "xnor")) LEVEL.put(op, 2);
        for (String op : List.of("or", "nor")) LEVEL.put(op, 1);
        GATE.put("and", Gate.AND);
        GATE.put("nand", Gate.NAND);
        GATE.put("xor", Gate.XOR);
        GATE.put("xnor", Gate.XNOR);
        GATE.put("or", Gate.OR);
        GATE.put("nor", Gate.NOR);
    }
    /** The binary operators in the order messages list them. */
    static final List<String> OPERATORS = List.of("and", "nand", "xor", "xnor", "or", "nor");
    /** Words an input may not be called: the operators and maj (not is a keyword). */
    static final List<String> RESERVED = List.of("and", "nand", "xor", "xnor", "or", "nor", "maj");

    private final Failure fail;
    private final String table;
    private final List<String> inputs = new ArrayList<>();

    private FormulaTables(Failure fail, String table) {
        this.fail = fail;
        this.table = table;
    }

    static Table table(Statement.TableFormula s, Failure fail) throws NnError {
        FormulaTables f = new FormulaTables(fail, s.name().text());
        for (Word w : s.inputs()) f.input(w);
        List<Formula> outputs = new ArrayList<>();
        if (s.formula() instanceof FormulaNode.Group g && g.items().size() > 1) {
            if (g.items().size() > Generators.MAX_BITS) {
                throw fail.at(g.items().get(Generators.MAX_BITS).span(), "table " + s.name() + " has more than "
                        + Generators.MAX_BITS + " outputs (the limit)");
            }
            for (FormulaNode item : g.items()) outputs.add(f.read(item));
        } else {
            outputs.add(f.read(s.formula()));
        }
        return Formula.table(s.name().text(), f.inputs.size(), outputs).withBuilt(List.of("formula of "
                + String.join(", ", f.inputs) + " (" + f.inputs.get(0) + " the leftmost bit): " + text(s.formula())));
    }

    private void input(Word w) throws NnError {
        String name = w.text();
        if (RESERVED.contains(name)) {
            throw fail.at(w.span(), "'" + name + "' is a word of formulas and cannot name an input", "call it otherwise, e.g. " + name + "1");
        }
        if (inputs.contains(name)) throw fail.at(w.span(), "input " + name + " is named twice in table " + table);
        if (inputs.size() == Generators.MAX_BITS) {
            throw fail.at(w.span(), "table " + table + " has more than " + Generators.MAX_BITS + " inputs (2^"
                    + Generators.MAX_BITS + " rows at most)");
        }
        inputs.add(name);
    }

    private Formula read(FormulaNode node) throws NnError {
        if (node instanceof FormulaNode.Name n) return name(n.name());
        if (node instanceof FormulaNode.Constant c) {
            if (!c.value().text().equals("0") && !c.value().text().equals("1")) {
                throw fail.at(c.span(), "a constant in a formula is 0 or 1, not " + c.value().text());
            }
            return new Formula.Constant((int) c.value().value());
        }
        if (node instanceof FormulaNode.Not n) return new Formula.Not(read(n.operand()));
        if (node instanceof FormulaNode.Call c) return call(c);
        if (node instanceof FormulaNode.Group g) {
            if (g.items().size() > 1) {
                throw fail.at(g.span(), "a tuple (f, g) can only be the whole formula: it lists the output bits",
                        "write the tuple around the whole formula: (a and b, a xor b)");
            }
            return read(g.items().get(0));
        }
        return chain((FormulaNode.Chain) node);
    }

    private Formula name(Word w) throws NnError {
        int i = inputs.indexOf(w.text());
        if (i >= 0) return new Formula.Input(i, inputs.size());
        if (OPERATORS.contains(w.text())) {
            throw fail.at(w.span(), "operator " + w + " needs a term on each side", "write e.g. a " + w + " b");
        }
        // one letter is one edit from every other: no guess then
        throw fail.at(w.span(), "unknown input '" + w + "' (the inputs of " + table + " are " + String.join(", ", inputs)
                + ")", w.text().length() > 1 ? Suggest.hint(w.text(), inputs) : null);
    }

    private Formula call(FormulaNode.Call c) throws NnError {
        if (!c.function().text().equals("maj")) {
            throw fail.at(c.function().span(), "unknown function '" + c.function() + "' (formulas know maj(...))",
                    Suggest.hint(c.function().text(), List.of("maj")));
        }
        List<Formula> args = new ArrayList<>();
        for (FormulaNode a : c.args()) {
            args.add(read(a));
        }
        return new Formula.Majority(args);
    }

    /** Precedence climbing over the flat chain: operands and operators as written. */
    private Formula chain(FormulaNode.Chain c) throws NnError {
        for (Word op : c.ops()) {
            if (!LEVEL.containsKey(op.text())) {
                throw fail.at(op.span(), "unknown operator '" + op + "' (formulas know " + String.join(", ", OPERATORS)
                        + ", and not before a term)", Suggest.hint(op.text(), OPERATORS));
            }
        }
        List<Formula> terms = new ArrayList<>();
        for (FormulaNode t : c.terms()) terms.add(read(t));
        int[] at = {0};
        return climb(terms, c.ops(), at, 1);
    }

    // parse a term, then fold in every operator of at least this level (left to right)
    private static Formula climb(List<Formula> terms, List<Word> ops, int[] at, int minLevel) {
        Formula left = terms.get(at[0]);
        while (at[0] < ops.size() && LEVEL.get(ops.get(at[0]).text()) >= minLevel) {
            Word op = ops.get(at[0]);
            int level = LEVEL.get(op.text());
            at[0]++;
            Formula right = climb(terms, ops, at, level + 1);
            left = new Formula.Apply(GATE.get(op.text()), left, right);
        }
        return left;
    }

    /** The formula as written, one space between tokens, for info. */
    static String text(FormulaNode node) {
        if (node instanceof FormulaNode.Name n) return n.name().text();
        if (node instanceof FormulaNode.Constant c) return c.value().text();
        if (node instanceof FormulaNode.Not n) return "not " + text(n.operand());
        if (node instanceof FormulaNode.Call c) return c.function().text() + "(" + list(c.args()) + ")";
        if (node instanceof FormulaNode.Group g) return "(" + list(g.items()) + ")";
        FormulaNode.Chain ch = (FormulaNode.Chain) node;
        StringBuilder s = new StringBuilder(text(ch.terms().get(0)));
        for (int i = 0; i < ch.ops().size(); i++) s.append(' ').append(ch.ops().get(i).text()).append(' ').append(text(ch.terms().get(i + 1)));
        return s.toString();
    }

    private static String list(List<FormulaNode> nodes) {
        List<String> parts = new ArrayList<>();
        for (FormulaNode n : nodes) parts.add(text(n));
        return String.join(", ", parts);
    }
}
