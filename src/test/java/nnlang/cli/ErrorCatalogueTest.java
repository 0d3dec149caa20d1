package nnlang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nnlang.cli.GoldenScriptsTest.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs (docs/errors.md): each gets exactly this headline, a caret under
 * the source line, exit code 2, no standard output and no Java exception text.
 */
class ErrorCatalogueTest {
    static Stream<Arguments> catalogue() {
        return Stream.of(
            Arguments.of("unclosed block", "table xor {\n  00 -> 0\n  01 -> 1\n", "<stdin>:1:11: error: this '{' is never closed"),
            Arguments.of("stray token", "table xor = xor(2) }\n", "<stdin>:1:20: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set) after ')', found '}'"),
            Arguments.of("stray character", "info xor $\n", "<stdin>:1:10: error: unexpected character '$'"),
            Arguments.of("unknown table", "info xr\n", "<stdin>:1:6: error: unknown table 'xr'"),
            Arguments.of("misspelled statement keyword", "trian two on xor\n", "<stdin>:1:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set), found 'trian'"),
            Arguments.of("misspelled option", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epoch 100\n", "<stdin>:3:18: error: expected a train option, a statement or '{' after 'xor', found 'epoch'"),
            Arguments.of("misspelled activation", "net n = bits -> 2 sigmod -> sigmoid\n", "<stdin>:1:19: error: unknown activation 'sigmod' (known: sigmoid, tanh, relu, leaky_relu, linear)"),
            Arguments.of("misspelled generator", "table p = pairty(3)\n", "<stdin>:1:11: error: unknown generator 'pairty' (known: and, identity, majority, nand, nor, or, parity, xor)"),
            Arguments.of("zero epochs", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 0\n", "<stdin>:3:25: error: epochs must be a whole number from 1 to 100000000, not 0"),
            Arguments.of("negative lr", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr -1\n", "<stdin>:3:21: error: lr must be a positive finite number, not -1"),
            Arguments.of("a number too large for a double", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr 1e400\n", "<stdin>:3:21: error: lr must be a positive finite number, not 1e400"),
            Arguments.of("NaN", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr NaN\n", "<stdin>:3:21: error: expected a number after 'lr', found 'NaN'"),
            Arguments.of("empty table", "table t { }\n", "<stdin>:1:7: error: table t has no rows"),
            Arguments.of("malformed row", "table t { 0 -> }\n", "<stdin>:1:16: error: expected a state (a bit string, a number, a name or \"text\") after '->', found '}'"),
            Arguments.of("repeated input", "table t { 0 -> 1  0 -> 0 }\n", "<stdin>:1:19: error: input 0 appears in two rows of table t"),
            Arguments.of("three states on one sigmoid node", "table pets { dog -> bark  cat -> meow  cow -> moo }\nnet n = onehot -> sigmoid\ntrain n on pets\n", "<stdin>:3:7: error: one sigmoid node fits two output states or k-bit states; the table has 3 output states {bark, meow, moo}; use softmax"),
            Arguments.of("bit states of uneven width", "table t { 0 -> 1  01 -> 0 }\nnet n = bits -> sigmoid\ntrain n on t\n", "<stdin>:3:7: error: the table's inputs look like bit strings but differ in width (0 has 1, 01 has 2); write every state with the same number of bits"),
            Arguments.of("layer too large", "net n = bits -> 99999999999 tanh -> sigmoid\n", "<stdin>:1:17: error: a layer of 99999999999 nodes is too large (the limit is 4096)"),
            Arguments.of("generator too large", "table p = parity(40)\n", "<stdin>:1:18: error: parity(n) takes a whole number of bits from 1 to 16 (2^16 rows at most)"),
            Arguments.of("row not in the table", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor rows 00 02\n", "<stdin>:3:26: error: table xor has no row 02 (its inputs are {00, 01, 10, 11})"),
            Arguments.of("net not trained", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\nrelations two on xor\n", "<stdin>:3:11: error: net two has no weights yet"),
            Arguments.of("loss that does not fit the output", "table pets { dog -> bark  cat -> meow  cow -> moo }\nnet n = onehot -> softmax\ntrain n on pets loss bce\n", "<stdin>:3:22: error: bce needs sigmoid outputs; with softmax use loss ce"),
            Arguments.of("unknown optimizer", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor optimizer adma\n", "<stdin>:3:28: error: unknown optimizer 'adma' (known: sgd, momentum, adam)"),
            Arguments.of("writing outside the folder", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nsave two to \"../two.nn\"\n", "<stdin>:4:13: error: a script may only use files below the current folder; '../two.nn' climbs out with '..' (run with --allow-write DIR to allow a folder)"),
            Arguments.of("unclosed string", "print \"hello\n", "<stdin>:1:7: error: this string has no closing quote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void badInputGetsAPositionedMessage(String name, String script, String headline) throws IOException {
        Result r = Result.withInput(script, "-");
        assertEquals(2, r.exit(), r.err());
        assertEquals(headline, r.err().lines().findFirst().orElse(""));
        assertTrue(r.err().lines().anyMatch(l -> l.trim().startsWith("|") && l.contains("^")), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(Files.readString(Path.of("docs/errors.md")).contains(headline), "docs/errors.md lists: " + headline);
    }
}
