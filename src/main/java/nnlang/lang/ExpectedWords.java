package nnlang.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nnlang.data.InputEncoding;
import nnlang.data.OutputKind;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import nnlang.model.Activation;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Names ANTLR's expected-token sets in the words of the language reference. */
final class ExpectedWords {
    private static final Vocabulary VOCABULARY = NnLexer.VOCABULARY;

    /** Keywords that start a statement: when all are expected we say "a statement". */
    static final int[] STATEMENT_STARTS = GrammarWords.STATEMENT_TYPES.stream().mapToInt(Integer::intValue).toArray();

    /** Keywords that start a train option: when all are expected we say "a train option". */
    static final int[] TRAIN_OPTIONS = GrammarWords.TRAIN_OPTION_TYPES.stream().mapToInt(Integer::intValue).toArray();

    private ExpectedWords() {}

    static String describe(IntervalSet expected, ParserRuleContext ctx) {
        String named = nameInRule(ctx, expected);
        if (named != null) return named;
        Set<String> words = new LinkedHashSet<>();
        List<Integer> types = new ArrayList<>(expected.toList());
        boolean options = containsAll(expected, TRAIN_OPTIONS), statements = containsAll(expected, STATEMENT_STARTS);
        if (options) {
            words.add(statements ? "a train option" : "a train option (" + wordsOf(TRAIN_OPTIONS) + ")");
            removeAll(types, TRAIN_OPTIONS);
        }
        if (statements) {
            words.add(options ? "a statement" : "a statement (" + wordsOf(STATEMENT_STARTS) + ")");
            removeAll(types, STATEMENT_STARTS);
            // at the top level the end of the input goes without saying
            types.remove(Integer.valueOf(Token.EOF));
        }
        if (types.containsAll(List.of(NnLexer.ID, NnLexer.NUMBER, NnLexer.STRING))) {
            types.removeAll(List.of(NnLexer.ID, NnLexer.NUMBER, NnLexer.STRING));
            types.add(STATE);
        }
        for (int t : types) words.add(word(t));
        words.remove(null);
        return join(new ArrayList<>(words));
    }

    /** What an identifier means at this point of the grammar, e.g. "an activation". */
    private static String nameInRule(ParserRuleContext ctx, IntervalSet expected) {
        if (ctx == null) return null;
        if (ctx instanceof NnParser.OutputItemContext) return "an output (" + outputs() + ")";
        if (ctx instanceof NnParser.InputItemContext) return "an input encoding (" + encodings() + ")";
        if (ctx.getRuleIndex() == NnParser.RULE_state) return word(STATE);
        if (ctx.getRuleIndex() == NnParser.RULE_weights) return "the weights: w [[...], ...] then b [...]";
        if (ctx.getRuleIndex() == NnParser.RULE_weightRows && ctx.getChildCount() == 0) return "w [[...], ...]";
        if (ctx.getRuleIndex() == NnParser.RULE_biasRow && ctx.getChildCount() == 0) return "b [...]";
        if (expected.contains(NnLexer.INVERSE)) {
            return "a generator such as parity(3), or inverse TABLE";
        }
        if (!(expected.contains(NnLexer.ID) && expected.size() == 1)) return null;
        return switch (ctx.getRuleIndex()) {
            case NnParser.RULE_layer -> "an activation (" + String.join(", ", Activation.hiddenWords()) + ")";
            case NnParser.RULE_tableStmt -> "a name";
            case NnParser.RULE_netStmt -> "a name";
            case NnParser.RULE_netLine -> ctx.getChildCount() == 0 ? "an input encoding (" + encodings() + ")"
                    : "an output (" + outputs() + ") or a layer size";
            default -> null;
        };
    }

    private static String encodings() {
        List<String> w = new ArrayList<>();
        for (InputEncoding e : InputEncoding.values()) w.add(e.word());
        return String.join(", ", w);
    }

    private static String outputs() {
        List<String> w = new ArrayList<>();
        for (OutputKind k : OutputKind.values()) w.add(k.word());
        return String.join(", ", w);
    }

    /** "did you mean 'epochs'?" when an identifier is a near miss of an expected keyword. */
    static String keywordHint(String text, IntervalSet expected) {
        List<String> keywords = new ArrayList<>();
        for (int t : expected.toList()) {
            String literal = VOCABULARY.getLiteralName(t);
            if (literal != null && Character.isLetter(literal.charAt(1))) keywords.add(unquote(literal));
        }
        return Suggest.hint(text, keywords);
    }

    /** A pseudo token type standing for any state: a number, a name or a quoted string. */
    private static final int STATE = -100;

    private static String word(int type) {
        return switch (type) {
            case STATE -> "a state (a bit string, a number, a name or \"text\")";
            case Token.EOF -> "the end of the input";
            case NnLexer.ID -> "a name";
            case NnLexer.NUMBER -> "a number";
            case NnLexer.STRING -> "a string in double quotes";
            case NnLexer.MINUS -> null;
            default -> VOCABULARY.getLiteralName(type) != null ? VOCABULARY.getLiteralName(type)
                    : VOCABULARY.getDisplayName(type);
        };
    }

    private static String wordsOf(int[] types) {
        List<String> w = new ArrayList<>();
        for (int t : types) w.add(unquote(VOCABULARY.getLiteralName(t)));
        return String.join(", ", w);
    }

    private static String unquote(String literal) { return literal.substring(1, literal.length() - 1); }

    private static boolean containsAll(IntervalSet set, int[] types) {
        for (int t : types) if (!set.contains(t)) return false;
        return true;
    }

    private static void removeAll(List<Integer> types, int[] remove) {
        for (int t : remove) types.remove(Integer.valueOf(t));
    }

    private static String join(List<String> words) {
        if (words.isEmpty()) return "something else";
        if (words.size() == 1) return words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
