package nnlang.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nnlang.lang.parse.NnLexer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The canonical form: (input, exact output) pairs, and idempotence over every script we ship or test. */
public class FormatterTest {
    /** Golden files that are broken on purpose: they must stay unformattable, not change. */
    public static final Set<String> BROKEN = Set.of("syntax_errors.nn", "unclosed_brace.nn");

    static String fmt(String text) throws NnError { return Formatter.format(new Source("t.nn", text)); }

    @Test void spacingIsCanonical() throws NnError {
        assertEquals("table p = parity(3)\n", fmt("table   p=parity ( 3 )"));
        assertEquals("train two on xor epochs 10 lr -0.5 rows 00 01\n", fmt("train two on xor\n  epochs 10\n lr - 0.5 rows 00   01"));
        assertEquals("set hand layer 1 w[0][1] = -5.2e-3\n", fmt("set hand layer 1 w [0] [ 1 ]=-5.2e-3"));
        assertEquals("net deep = bits -> 2 tanh -> sigmoid\n", fmt("net deep=bits->2 tanh->sigmoid"));
        assertEquals("print \"a \\\"b\\\"\"\n", fmt("print   \"a \\\"b\\\"\""));
        assertEquals("table g(a, b, c) = a xor (b and c) or maj(a, not b, c)\n",
                fmt("table g( a,b ,c )=a xor(b and c)or maj (a,not b,c)"));
        assertEquals("table add(a, b) = (a and b, a xor b)\n", fmt("table add(a,b)=(a and b,a xor b)"));
        assertEquals("family trees = tree(8) gates all instances 20 seed 1\n", fmt("family trees=tree (8) gates all instances 20 seed 1"));
        assertEquals("net tree = bits 8 -> 8 tanh groups 4 -> sigmoid\n", fmt("net tree=bits 8->8 tanh groups 4->sigmoid"));
    }

    @Test void groupsOnOneLineStayOnOneLine() throws NnError {
        assertEquals("table pets { dog -> bark  cat -> meow }\n", fmt("table pets {dog->bark cat -> meow}"));
        assertEquals("net two { input bits  dense 2 sigmoid { w [[1, 2], [3, 4]]  b [0, 0] }  output sigmoid }\n",
                fmt("net two {input bits dense 2 sigmoid {w [[1,2],[3,4]] b [0,0]} output sigmoid}"));
        assertEquals("train two on xor {}\n", fmt("train two on xor { }"));
    }

    @Test void groupsOverSeveralLinesGetOneItemPerLine() throws NnError {
        assertEquals("""
                train two on xor {
                  epochs 10
                  lr 1
                }
                """, fmt("train two on xor { epochs 10  lr 1\n}"));
        assertEquals("""
                net two {
                  input bits
                  dense 2 sigmoid {
                    w [[1, 2],
                       [3, 4]]
                    b [0, 0]
                  }
                  output sigmoid
                }
                """, fmt("net two {\ninput bits dense 2 sigmoid {\n w [[1, 2],\n[3, 4]] b [0, 0] }\n output sigmoid }"));
    }

    @Test void commentsStayWithTheirCode() throws NnError {
        assertEquals("""
                # about xor

                table xor {  # the table
                  # first row
                  00 -> 0
                  01 -> 1  # second
                  # before the brace
                }
                info xor  # tail
                relations a on xor
                # the end
                """, fmt("""
                # about xor



                table xor {   # the table
                    # first row
                  00 -> 0
                  01 -> 1 # second
                      # before the brace
                }
                info xor # tail
                relations a on xor
                   # the end
                """));
    }

    @Test void commentsOfLinesThatBecomeOneStayInOrder() throws NnError {
        assertEquals("# a\ntrain n on t epochs 5 lr 1  # b\nprint \"x\"\n",
                fmt("train n on t  # a\n  epochs 5   # b\n  lr 1\nprint \"x\""));
    }

    @Test void blankLinesCollapseButNeverOpenOrCloseABlock() throws NnError {
        assertEquals("table t {\n  0 -> 1\n\n  1 -> 0\n}\n\ninfo t\n",
                fmt("table t {\n\n  0 -> 1\n\n\n  1 -> 0\n\n}\n\n\n\ninfo t\n\n"));
    }

    @Test void aScriptWithSyntaxErrorsIsRefused() {
        NnError e = assertThrows(NnError.class, () -> fmt("table t { 0 -> }"));
        assertTrue(e.getMessage().contains("t.nn:1:16"), e.getMessage());
    }

    @Test void statesThatAreNotNamesAreQuoted() {
        assertEquals("01", Canonical.state("01"));
        assertEquals("dog", Canonical.state("dog"));
        assertEquals("\"input\"", Canonical.state("input"));
        assertEquals("\"two words\"", Canonical.state("two words"));
        assertEquals("\"-1\"", Canonical.state("-1"));
        assertEquals("\"a\\\"b\"", Canonical.state("a\"b"));
    }

    /** Every .nn file in scripts/ and the test resources: fmt of fmt is fmt, and fmt keeps the code tokens. */
    @TestFactory Stream<DynamicTest> formattingIsIdempotent() throws IOException {
        return shippedScripts().stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            String text = Files.readString(p);
            if (BROKEN.contains(p.getFileName().toString())) {
                assertThrows(NnError.class, () -> Formatter.format(new Source(p.toString(), text)));
                return;
            }
            String once = Formatter.format(new Source(p.toString(), text));
            assertEquals(once, Formatter.format(new Source(p.toString(), once)), "fmt is not idempotent on " + p);
            assertEquals(codeTokens(text), codeTokens(once));
            // and on the same script laid out anew
            String relaid = relaidOut(text, 1);
            assertEquals(codeTokens(text), codeTokens(relaid));
            String again = Formatter.format(new Source(p.toString(), relaid));
            assertEquals(again, Formatter.format(new Source(p.toString(), again)), "fmt is not idempotent on " + p + " laid out anew");
            assertEquals(codeTokens(text), codeTokens(again));
        }));
    }

    /**
     * The same tokens laid out anew, as a person might type them: every run of white space
     * replaced by another (one with a line break by another with a line break, so comments end
     * where they did), and some tokens that touched pulled apart by a space. What fmt must turn
     * back into a script that does the same.
     */
    public static String relaidOut(String text, long seed) {
        Random random = new Random(seed);
        String[] breaks = {"\n", "\n\n", "  \n\t", "\n   \n "};
        String[] spaces = {" ", "   ", "\t", "\n", " \n  "};
        StringBuilder out = new StringBuilder();
        boolean touching = false;
        for (Token t : Parsing.tokens(new Source("t", text))) {
            if (t.getType() == NnLexer.WS) {
                String[] choices = t.getText().contains("\n") ? breaks : spaces;
                out.append(choices[random.nextInt(choices.length)]);
                touching = false;
            } else {
                if (touching && random.nextInt(3) == 0) out.append(' ');
                out.append(t.getText());
                touching = t.getType() != NnLexer.COMMENT;
            }
        }
        return out.toString();
    }

    /** The .nn scripts under scripts/ and src/test/resources, in a stable order. */
    public static List<Path> shippedScripts() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String root : List.of("scripts", "src/test/resources")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".nn")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    private static List<String> codeTokens(String text) {
        List<String> code = new ArrayList<>();
        for (var t : Parsing.tokens(new Source("t", text))) {
            if (t.getChannel() == org.antlr.v4.runtime.Token.DEFAULT_CHANNEL) code.add(t.getText());
        }
        return code;
    }
}
