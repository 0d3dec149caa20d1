package nnlang.repl;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.parse.NnLexer;
import org.antlr.v4.runtime.Token;

/** What may follow inside a net statement, in its block form and its one-line form. */
final class NetCompletion {
    private NetCompletion() {}

    /** st starts with the net keyword and ends before the word being completed. */
    static List<String> next(List<? extends Token> st) {
        if (st.size() == 1) return List.of();
        if (st.size() == 2) return List.of("=", "{");
        Token last = st.get(st.size() - 1);
        return st.get(2).getType() == NnLexer.LBRACE ? block(st, last) : line(st, last);
    }

    private static List<String> block(List<? extends Token> st, Token last) {
        Token beforeLast = st.get(st.size() - 2);
        switch (last.getType()) {
            case NnLexer.RBRACE: return Keywords.STATEMENTS;
            case NnLexer.INPUT: return Keywords.encodings();
            case NnLexer.OUTPUT: return Keywords.outputs();
            case NnLexer.DENSE: return List.of();
            case NnLexer.NUMBER: if (beforeLast.getType() == NnLexer.DENSE) return Keywords.activations();
            // fall through: a size that ends an input or output line
            default:
        }
        if (last.getType() == NnLexer.GROUPS) return List.of();
        boolean afterLayer = last.getType() == NnLexer.ID && st.size() >= 3
                && st.get(st.size() - 3).getType() == NnLexer.DENSE;
        boolean hasInput = false, hasOutput = false;
        for (Token t : st) {
            hasInput |= t.getType() == NnLexer.INPUT;
            hasOutput |= t.getType() == NnLexer.OUTPUT;
        }
        List<String> items = new ArrayList<>();
        if (afterLayer) items.add("groups");
        if (!hasInput) items.add("input");
        if (!hasOutput) items.add("dense");
        if (!hasOutput) items.add("output");
        else items.add("}");
        return items;
    }

    /** bits 2 -> 2 tanh -> sigmoid: after = an encoding, after -> an output, after a size an activation. */
    private static List<String> line(List<? extends Token> st, Token last) {
        if (last.getType() == NnLexer.ASSIGN) return Keywords.encodings();
        if (last.getType() == NnLexer.ARROW) return Keywords.outputs();
        Token beforeLast = st.get(st.size() - 2);
        if (last.getType() == NnLexer.NUMBER && beforeLast.getType() == NnLexer.ARROW) return Keywords.activations();
        if (last.getType() == NnLexer.GROUPS) return List.of();
        // after a layer's activation: its groups, or the next arrow
        if (last.getType() == NnLexer.ID && beforeLast.getType() == NnLexer.NUMBER && st.size() >= 3
                && st.get(st.size() - 3).getType() == NnLexer.ARROW) {
            return List.of("groups", "->");
        }
        boolean ended = last.getType() == NnLexer.ID && Keywords.outputs().contains(last.getText())
                && beforeLast.getType() == NnLexer.ARROW;
        if (ended || (last.getType() == NnLexer.NUMBER && Keywords.outputs().contains(beforeLast.getText()))) {
            return Keywords.STATEMENTS;
        }
        return List.of("->");
    }
}
