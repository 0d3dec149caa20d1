package nnlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nnlang.lang.parse.NnLexer;
import nnlang.lang.parse.NnParser;
import org.junit.jupiter.api.Test;

/** TrainOption.Kind names the grammar's train options, one for one. */
class TrainOptionKindTest {
    @Test
    void everyKindIsTheGrammarsKeyword() {
        for (TrainOption.Kind k : TrainOption.Kind.values()) {
            int type = -1;
            for (int t = 1; t <= NnLexer.VOCABULARY.getMaxTokenType(); t++) {
                if (k.name().equals(NnLexer.VOCABULARY.getSymbolicName(t))) type = t;
            }
            assertEquals("'" + k.word() + "'", NnLexer.VOCABULARY.getLiteralName(type), k.name());
        }
    }

    @Test
    void everyAlternativeOfTrainOptionHasAKind() {
        List<String> alternatives = new ArrayList<>();
        for (Class<?> c : NnParser.class.getDeclaredClasses()) {
            if (c.getSuperclass() == NnParser.TrainOptionContext.class) {
                alternatives.add(c.getSimpleName().replace("OptionContext", "").toLowerCase(Locale.ROOT));
            }
        }
        alternatives.sort(null);
        List<String> words = new ArrayList<>(TrainOption.Kind.words());
        words.sort(null);
        assertEquals(words, alternatives);
    }
}
