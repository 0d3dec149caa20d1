package nnlang.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The canonical form of a script (what {@code nn fmt} prints), from its parse trees:
 * <ul>
 * <li>one statement per line, tokens one space apart ({@code parity(3)}, {@code -0.5},
 * {@code [a, b]}, {@code w[0][1]} without);
 * <li>a {@code { ... }} group written on one line stays on one line, items two spaces apart;
 * one written over several lines gets one row, item or option per line, indented two spaces,
 * and its '}' on a line of its own; a matrix of weights written over several lines gets one
 * row per line;
 * <li>comments stay: one after code stays after the code of its line, one on a line of its own
 * stays before the code that follows it, indented like it;
 * <li>blank lines between statements and between items stay, several as one.
 * </ul>
 * Formatting changes only white space and the place of comments: the tokens of the result are
 * checked to be those of the source, so a formatted script does exactly what the source did.
 */
public final class Formatter {
    private final List<Line> lines = new ArrayList<>();
    private final Map<Integer, Line> lineOfToken = new HashMap<>();
    private Line current;
    private Token previous, beforePrevious;
    private int pending = -1;
    private boolean inSet;

    /** One line of output: its code, and the comments that go before and after it. */
    private static final class Line {
        final int indent;
        final boolean noBlankBefore;
        final StringBuilder text = new StringBuilder();
        final List<Token> leading = new ArrayList<>();
        final List<Token> trailing = new ArrayList<>();
        int first = -1, last = -1;
        boolean closing;

        Line(int indent, boolean noBlankBefore) {
            this.indent = indent;
            this.noBlankBefore = noBlankBefore;
        }
    }

    private Formatter() {}

    /** The canonical text of a source; throws with its syntax errors if it has any. */
    public static String format(Source source) throws NnError {
        List<Token> tokens = Parsing.tokens(source);
        Formatter f = new Formatter();
        for (NnParser.ScriptContext tree : Parsing.trees(source, tokens)) {
            for (NnParser.StatementContext s : tree.statement()) {
                f.newLine(0, false);
                f.node(s);
                f.endLine();
            }
        }
        String text = f.render(tokens);
        verify(tokens, Parsing.tokens(new Source(source.name(), text)));
        return text;
    }

    // ---- layout ----

    private void node(ParseTree n) {
        if (n instanceof TerminalNode t) {
            token(t.getSymbol());
            return;
        }
        ParserRuleContext ctx = (ParserRuleContext) n;
        if (ctx instanceof NnParser.WeightRowsContext w && w.LBRACK().getSymbol().getLine()
                != w.RBRACK().getSymbol().getLine()) {
            matrix(w);
            return;
        }
        boolean wasInSet = inSet;
        if (ctx instanceof NnParser.SetStmtContext) inSet = true;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (type(c) == NnLexer.LBRACE) {
                int close = i + 1;
                while (type(ctx.getChild(close)) != NnLexer.RBRACE) close++;
                group(ctx, i, close);
                i = close;
            } else {
                node(c);
            }
        }
        inSet = wasInSet;
    }

    /** The items between '{' and '}': on one line, or one per line when the source spread them. */
    private void group(ParserRuleContext ctx, int open, int close) {
        Token lb = ((TerminalNode) ctx.getChild(open)).getSymbol(), rb = ((TerminalNode) ctx.getChild(close)).getSymbol();
        token(lb);
        if (lb.getLine() == rb.getLine()) {
            for (int i = open + 1; i < close; i++) {
                pending = i == open + 1 ? 1 : 2;
                node(ctx.getChild(i));
            }
            pending = close == open + 1 ? 0 : 1;
            token(rb);
            return;
        }
        int indent = current.indent;
        endLine();
        for (int i = open + 1; i < close; i++) {
            newLine(indent + 2, i == open + 1);
            node(ctx.getChild(i));
            endLine();
        }
        newLine(indent, true);
        current.closing = true;
        token(rb);
    }

    /** {@code w [[a, b],} then each further row on its own line, under the first. */
    private void matrix(NnParser.WeightRowsContext w) {
        int column = -1;
        for (int i = 0; i < w.getChildCount(); i++) {
            ParseTree c = w.getChild(i);
            if (c instanceof NnParser.VectorContext && column < 0) column = current.indent + current.text.length();
            node(c);
            if (type(c) == NnLexer.COMMA) {
                endLine();
                newLine(column, true);
            }
        }
    }

    private void token(Token t) {
        if (t.getType() == Token.EOF) return;
        if (current.text.length() > 0) {
            current.text.append(" ".repeat(pending >= 0 ? pending : spaceBefore(t)));
        }
        pending = -1;
        current.text.append(t.getText());
        if (current.first < 0) current.first = t.getLine();
        current.last = Math.max(current.last, t.getLine());
        lineOfToken.put(t.getStartIndex(), current);
        beforePrevious = previous;
        previous = t;
    }

    private int spaceBefore(Token t) {
        int p = previous.getType(), c = t.getType();
        if (c == NnLexer.COMMA || c == NnLexer.RBRACK || c == NnLexer.RPAREN) return 0;
        if (p == NnLexer.LBRACK || p == NnLexer.LPAREN || p == NnLexer.MINUS) return 0;
        // parity(3) and maj(a, b), but a xor (b and c): an operator word after a term
        if (c == NnLexer.LPAREN && p == NnLexer.ID && !(OPERATORS.contains(previous.getText()) && afterTerm(beforePrevious))) {
            return 0;
        }
        if (c == NnLexer.LBRACK && (p == NnLexer.RBRACK || inSet && p == NnLexer.ID)) return 0;
        return 1;
    }

    /** The binary operators of formulas (plain names to the grammar). */
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("and", "nand", "xor", "xnor", "or", "nor");

    private static boolean afterTerm(Token t) {
        return t != null && (t.getType() == NnLexer.ID || t.getType() == NnLexer.NUMBER || t.getType() == NnLexer.RPAREN);
    }

    private void newLine(int indent, boolean noBlankBefore) {
        current = new Line(indent, noBlankBefore);
    }

    private void endLine() {
        if (current.text.length() > 0) lines.add(current);
    }

    private static int type(ParseTree n) {
        return n instanceof TerminalNode t ? t.getSymbol().getType() : -1;
    }

    // ---- comments and blank lines ----

    private String render(List<Token> tokens) {
        List<Token> waiting = new ArrayList<>();
        Token lastCode = null;
        for (Token t : tokens) {
            if (t.getType() == NnLexer.COMMENT) {
                if (lastCode != null && lastCode.getLine() == t.getLine()) {
                    lineOfToken.get(lastCode.getStartIndex()).trailing.add(t);
                } else {
                    waiting.add(t);
                }
            } else if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                lastCode = t;
                if (!waiting.isEmpty()) lineOfToken.get(t.getStartIndex()).leading.addAll(waiting);
                waiting.clear();
            }
        }
        Out out = new Out();
        for (Line line : lines) {
            boolean noBlank = line.noBlankBefore;
            int commentIndent = line.closing ? line.indent + 2 : line.indent;
            for (Token c : line.leading) {
                out.entry(commentIndent, comment(c), null, c.getLine(), c.getLine(), noBlank);
                noBlank = false;
            }
            // a line takes one comment after it; earlier ones of merged lines go before it
            while (line.trailing.size() > 1) {
                out.entry(commentIndent, comment(line.trailing.remove(0)), null, line.first, line.first, noBlank);
                noBlank = false;
            }
            Token after = line.trailing.isEmpty() ? null : line.trailing.get(0);
            out.entry(line.indent, line.text.toString(), after == null ? null : comment(after), line.first,
                    after == null ? line.last : Math.max(line.last, after.getLine()), noBlank);
        }
        for (Token c : waiting) out.entry(0, comment(c), null, c.getLine(), c.getLine(), false);
        return out.text();
    }

    private static String comment(Token c) { return c.getText().stripTrailing(); }

    /**
     * The output: one blank line where the source had one or more between two entries; comments
     * after code on consecutive lines start in one column, two spaces after the longest code.
     */
    private static final class Out {
        private record Entry(String code, String comment, boolean blankBefore) {}

        private final List<Entry> entries = new ArrayList<>();
        private int previousLast = -1;

        void entry(int indent, String code, String comment, int first, int last, boolean noBlankBefore) {
            boolean blank = previousLast >= 0 && !noBlankBefore && first - previousLast >= 2;
            entries.add(new Entry(" ".repeat(indent) + code, comment, blank));
            previousLast = last;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < entries.size(); ) {
                int end = i, width = 0;
                while (end < entries.size() && entries.get(end).comment() != null
                        && (end == i || !entries.get(end).blankBefore())) {
                    width = Math.max(width, entries.get(end).code().length());
                    end++;
                }
                if (end == i) end = i + 1;
                for (int k = i; k < end; k++) {
                    Entry e = entries.get(k);
                    if (e.blankBefore()) text.append('\n');
                    text.append(e.code());
                    if (e.comment() != null) text.append(" ".repeat(width + 2 - e.code().length())).append(e.comment());
                    text.append('\n');
                }
                i = end;
            }
            return text.toString();
        }
    }

    /** The formatted text must hold the same code tokens and the same comments as the source. */
    private static void verify(List<Token> before, List<Token> after) {
        if (!significant(before).equals(significant(after))) {
            throw new IllegalStateException("the formatter changed the script's tokens; this is a bug in nnlang");
        }
    }

    private static List<String> significant(List<Token> tokens) {
        List<String> code = new ArrayList<>(), comments = new ArrayList<>();
        for (Token t : tokens) {
            if (t.getType() == NnLexer.COMMENT) comments.add(comment(t));
            else if (t.getChannel() == Token.DEFAULT_CHANNEL) code.add(t.getType() + " " + t.getText());
        }
        comments.sort(null);
        code.add("comments:");
        code.addAll(comments);
        return code;
    }
}
