package nnlang.lang;

import java.util.List;

/**
 * A formula as written ({@code a xor (b and c)}): the syntax tree keeps the binary operators as
 * a flat chain in written order, so the interpreter can say "unknown operator" with its place and
 * apply the precedence (not > and nand > xor xnor > or nor) itself.
 */
public sealed interface FormulaNode {
    /** The place of the node's first token. */
    Span span();

    /** An input name: {@code a}. */
    record Name(Word name) implements FormulaNode {
        @Override public Span span() { return name.span(); }
    }

    /** A constant: {@code 0} or {@code 1} (the interpreter checks which). */
    record Constant(Num value) implements FormulaNode {
        @Override public Span span() { return value.span(); }
    }

    /** {@code not x}. */
    record Not(Word op, FormulaNode operand) implements FormulaNode {
        @Override public Span span() { return op.span(); }
    }

    /** {@code maj(a, b, c)}: a function by name, its arguments. */
    record Call(Word function, List<FormulaNode> args) implements FormulaNode {
        public Call { args = List.copyOf(args); }

        @Override public Span span() { return function.span(); }
    }

    /** {@code (x)} or, with several items, a tuple {@code (x, y)} (only the whole formula may be one). */
    record Group(Span span, List<FormulaNode> items) implements FormulaNode {
        public Group { items = List.copyOf(items); }
    }

    /** {@code x op y op z ...}: terms and the operator words between them, as written. */
    record Chain(List<FormulaNode> terms, List<Word> ops) implements FormulaNode {
        public Chain {
            terms = List.copyOf(terms);
            ops = List.copyOf(ops);
        }

        @Override public Span span() { return terms.get(0).span(); }
    }
}
