package nnlang.lang;

import java.util.ArrayList;
import java.util.List;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import org.antlr.v4.runtime.atn.ATN;

/**
 * The keywords that start a statement and a train option, read from the grammar (the only
 * definition of the syntax), for the error messages, completion and :help alike: a statement or
 * an option added to the grammar joins them all.
 */
public final class GrammarWords {
    /** The token types and words that can start a statement, in the grammar's order. */
    public static final List<Integer> STATEMENT_TYPES = firstTokens(NnParser.RULE_statement);
    public static final List<String> STATEMENTS = words(STATEMENT_TYPES);
    /** The token types and words that can start a train option (compare takes trials too). */
    public static final List<Integer> TRAIN_OPTION_TYPES = firstTokens(NnParser.RULE_trainOption);
    public static final List<String> TRAIN_OPTIONS = words(TRAIN_OPTION_TYPES);

    private GrammarWords() {}

    private static List<Integer> firstTokens(int rule) {
        ATN atn = NnParser._ATN;
        List<Integer> types = new ArrayList<>();
        for (int type : atn.nextTokens(atn.ruleToStartState[rule]).toList()) {
            if (NnLexer.VOCABULARY.getLiteralName(type) != null) types.add(type);
        }
        return List.copyOf(types);
    }

    private static List<String> words(List<Integer> types) {
        List<String> words = new ArrayList<>();
        for (int type : types) words.add(word(type));
        return List.copyOf(words);
    }

    /** The keyword of a token type, without the grammar's quotes. */
    public static String word(int type) {
        String literal = NnLexer.VOCABULARY.getLiteralName(type);
        return literal.substring(1, literal.length() - 1);
    }
}
