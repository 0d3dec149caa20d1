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
 * the source line, exit code 2, no standard output and no Java exception text; each learner
 * mistake gets exactly its whole message, one error at its root cause with its fix.
 */
class ErrorCatalogueTest {
    static Stream<Arguments> catalogue() {
        return Stream.of(
            Arguments.of("unclosed block", "table xor {\n  00 -> 0\n  01 -> 1\n", "<stdin>:1:11: error: this '{' is never closed"),
            Arguments.of("stray token", "table xor = xor(2) }\n", "<stdin>:1:20: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve) after ')', found '}'"),
            Arguments.of("stray character", "info xor $\n", "<stdin>:1:10: error: unexpected character '$'"),
            Arguments.of("unknown table", "info xr\n", "<stdin>:1:6: error: unknown table 'xr'"),
            Arguments.of("misspelled statement keyword", "trian two on xor\n", "<stdin>:1:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve), found 'trian'"),
            Arguments.of("misspelled option", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epoch 100\n", "<stdin>:3:18: error: expected a train option, a statement or '{' after 'xor', found 'epoch'"),
            Arguments.of("misspelled activation", "net n = bits -> 2 sigmod -> sigmoid\n", "<stdin>:1:19: error: unknown activation 'sigmod' (known: sigmoid, tanh, relu, leaky_relu, linear)"),
            Arguments.of("misspelled generator", "table p = pairty(3)\n", "<stdin>:1:11: error: unknown generator 'pairty' (known: and, chain, identity, majority, nand, nor, or, parity, random, threshold, tree, xor)"),
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
            Arguments.of("unclosed string", "print \"hello\n", "<stdin>:1:7: error: this string has no closing quote"),
            Arguments.of("curve: A curve without its rows", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { trials 5 }\n", "<stdin>:4:1: error: a curve needs the training rows at each point: rows K1 K2 ..."),
            Arguments.of("curve: A K that holds nothing out", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 8 }\n", "<stdin>:4:27: error: in curve, rows are how many of the table's 8 rows each trial trains on: whole numbers from 1 to 7 (some must be held out)"),
            Arguments.of("curve: K's out of order", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 4 2 }\n", "<stdin>:4:27: error: the rows of a curve ascend: 2 comes after 4"),
            Arguments.of("curve: An equivalence margin out of range", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 4  equivalence 0 }\n", "<stdin>:4:42: error: equivalence is a margin of held-out accuracy, above 0 and below 1 (such as 0.02)"),
            Arguments.of("curve: continue in a curve", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 4 continue }\n", "<stdin>:4:29: error: every trial trains fresh nets; 'continue' has no meaning in curve"),
            Arguments.of("curve: expect on a curve that has not run", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\nexpect auc_difference of a, b on m3 > 0\n", "<stdin>:4:8: error: auc_difference is a measure of a curve, and no curve of a, b on m3 (as its first two nets) has run"),
            Arguments.of("curve: expect at a K the curve did not run", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 4  trials 2  epochs 10 }\nexpect heldout_accuracy of a on m3 at 3 > 0.5\n", "<stdin>:5:39: error: the last curve of a on m3 has no point at 3 rows (its rows: 2 4)"),
            Arguments.of("curve: expect of a curve without its K", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 4  trials 2  epochs 10 }\nexpect heldout_accuracy of a on m3 > 0.5\n", "<stdin>:5:8: error: no compare of a on m3 has run, but a curve has: heldout_accuracy of a curve is measured at one K"),
            Arguments.of("curve: a measure of two nets given one", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 4  trials 2  epochs 10 }\nexpect auc_difference of a on m3 > 0\n", "<stdin>:5:8: error: auc_difference is a measure of two nets of a curve (the first minus the second)"),
            Arguments.of("curve: auc_difference at a K", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 4  trials 2  epochs 10 }\nexpect auc_difference of a, b on m3 at 2 > 0\n", "<stdin>:5:40: error: auc_difference is over all the K's of the curve; leave out 'at 2'"),
            Arguments.of("curve: an unknown measure of a curve", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 { rows 2 4  trials 2  epochs 10 }\nexpect heldout_acuracy of a on m3 at 2 > 0.5\n", "<stdin>:5:8: error: unknown measure of a curve 'heldout_acuracy' (of a net at K: fit_rate, heldout_accuracy, heldout_ce, epochs; of two nets: auc_difference, difference, both_fit_difference, p_holm)"),
            Arguments.of("curve: draw curve before the curve", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ndraw curve a, b on m3 to \"c.svg\"\n", "<stdin>:4:12: error: no curve of a, b on m3 has run"));
    }

    /** The mistakes learners make (issue 18), each with the whole message: headline, caret and fix. */
    static Stream<Arguments> learnerMistakes() {
        return Stream.of(
            Arguments.of("misspelled option after the first", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr 1 evry 10\n",
                    "<stdin>:3:23: error: expected a train option or a statement after '1', found 'evry'\n  | train two on xor lr 1 evry 10\n  |                       ^^^^ did you mean 'every'?"),
            Arguments.of("misspelled option in a block", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor { epochs 10 lr 1 evry 10 }\n",
                    "<stdin>:3:35: error: expected a train option (epochs, lr, optimizer, loss, l2, seed, batch, until, rows, every, continue) or '}' after '1', found 'evry'\n  | train two on xor { epochs 10 lr 1 evry 10 }\n  |                                   ^^^^ did you mean 'every'?"),
            Arguments.of("misspelled compare option", "table xor = xor(2)\nnet a = bits -> sigmoid\ncompare a on xor { trials 5 epoch 10 }\n",
                    "<stdin>:3:29: error: expected a train option (epochs, lr, optimizer, loss, l2, seed, batch, until, rows, every, continue), 'trials', 'equivalence' or '}' after '5', found 'epoch'\n  | compare a on xor { trials 5 epoch 10 }\n  |                             ^^^^^ did you mean 'epochs'?"),
            Arguments.of("British spelling of an option", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr 1 optimiser adam\n",
                    "<stdin>:3:23: error: expected a train option or a statement after '1', found 'optimiser'\n  | train two on xor lr 1 optimiser adam\n  |                       ^^^^^^^^^ did you mean 'optimizer'?"),
            Arguments.of("unknown option after the first", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr 1 banana 3\n",
                    "<stdin>:3:23: error: expected a train option (epochs, lr, optimizer, loss, l2, seed, batch, until, rows, every, continue) or a statement after '1', found 'banana'\n  | train two on xor lr 1 banana 3\n  |                       ^^^^^^"),
            Arguments.of("capital statement keyword", "Train two on xor\n",
                    "<stdin>:1:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve), found 'Train'\n  | Train two on xor\n  | ^^^^^ did you mean 'train'?"),
            Arguments.of("capital first option", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor EPOCHS 10\n",
                    "<stdin>:3:18: error: expected a train option, a statement or '{' after 'xor', found 'EPOCHS'\n  | train two on xor EPOCHS 10\n  |                  ^^^^^^ did you mean 'epochs'?"),
            Arguments.of("capital later option", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr 1 Epochs 10\n",
                    "<stdin>:3:23: error: expected a train option or a statement after '1', found 'Epochs'\n  | train two on xor lr 1 Epochs 10\n  |                       ^^^^^^ did you mean 'epochs'?"),
            Arguments.of("capital net item", "net n { Input bits output sigmoid }\n",
                    "<stdin>:1:9: error: expected 'input', 'dense', 'output' or '}' after '{', found 'Input'\n  | net n { Input bits output sigmoid }\n  |         ^^^^^ did you mean 'input'?"),
            Arguments.of("capital encoding", "net n = Bits -> sigmoid\n",
                    "<stdin>:1:9: error: unknown input encoding 'Bits' (known: bits, scalar, onehot)\n  | net n = Bits -> sigmoid\n  |         ^^^^ did you mean 'bits'?"),
            Arguments.of("capital activation", "net n = bits -> 2 ReLU -> sigmoid\n",
                    "<stdin>:1:19: error: unknown activation 'ReLU' (known: sigmoid, tanh, relu, leaky_relu, linear)\n  | net n = bits -> 2 ReLU -> sigmoid\n  |                   ^^^^ did you mean 'relu'?"),
            Arguments.of("capital output", "net n = bits -> 2 tanh -> Sigmoid\n",
                    "<stdin>:1:27: error: unknown output 'Sigmoid' (known: sigmoid, softmax)\n  | net n = bits -> 2 tanh -> Sigmoid\n  |                           ^^^^^^^ did you mean 'sigmoid'?"),
            Arguments.of("capital generator", "table p = XOR(2)\n",
                    "<stdin>:1:11: error: unknown generator 'XOR' (known: and, chain, identity, majority, nand, nor, or, parity, random, threshold, tree, xor)\n  | table p = XOR(2)\n  |           ^^^ did you mean 'xor'?"),
            Arguments.of("capital optimizer", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor optimizer Adam\n",
                    "<stdin>:3:28: error: unknown optimizer 'Adam' (known: sgd, momentum, adam)\n  | train two on xor optimizer Adam\n  |                            ^^^^ did you mean 'adam'?"),
            Arguments.of("keyword as a state", "table q { \"in put\" -> yes  set -> no }\n",
                    "<stdin>:1:28: error: 'set' is a reserved word; a state named like it is written in quotes\n  | table q { \"in put\" -> yes  set -> no }\n  |                            ^^^ write \"set\""),
            Arguments.of("keyword as a target state", "table t { a -> input }\n",
                    "<stdin>:1:16: error: 'input' is a reserved word; a state named like it is written in quotes\n  | table t { a -> input }\n  |                ^^^^^ write \"input\""),
            Arguments.of("keyword as an input of predict", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\npredict two input\n",
                    "<stdin>:3:13: error: 'input' is a reserved word; a state named like it is written in quotes\n  | predict two input\n  |             ^^^^^ write \"input\""),
            Arguments.of("keyword as a table name", "table table = xor(2)\n",
                    "<stdin>:1:7: error: 'table' is a reserved word and cannot name a table\n  | table table = xor(2)\n  |       ^^^^^ choose another name, such as 'table2'"),
            Arguments.of("keyword as a net name", "net on = bits -> sigmoid\n",
                    "<stdin>:1:5: error: 'on' is a reserved word and cannot name a net\n  | net on = bits -> sigmoid\n  |     ^^ choose another name, such as 'on2'"),
            Arguments.of("hidden for dense", "net d { input bits hidden 2 tanh output sigmoid }\n",
                    "<stdin>:1:20: error: 'hidden' is not a net item; a hidden layer is written dense N ACTIVATION\n  | net d { input bits hidden 2 tanh output sigmoid }\n  |                    ^^^^^^ write dense 2 tanh"),
            Arguments.of("layer for dense", "net d { input bits layer 2 tanh output sigmoid }\n",
                    "<stdin>:1:20: error: 'layer' is not a net item; a hidden layer is written dense N ACTIVATION\n  | net d { input bits layer 2 tanh output sigmoid }\n  |                    ^^^^^ write dense 2 tanh"),
            Arguments.of("a dangling arrow", "net deep = bits -> 2 tanh ->\n",
                    "<stdin>:1:29: error: expected a layer (N ACTIVATION) or an output (sigmoid, softmax) after '->', but the input ends here\n  | net deep = bits -> 2 tanh ->\n  |                             ^ end the net with its output, e.g. -> sigmoid"),
            Arguments.of("a dangling arrow before the next statement", "net deep = bits -> 2 tanh ->\ntrain deep on xor\n",
                    "<stdin>:1:29: error: expected a layer (N ACTIVATION) or an output (sigmoid, softmax) after '->', before the next statement 'train'\n  | net deep = bits -> 2 tanh ->\n  |                             ^ end the net with its output, e.g. -> sigmoid"),
            Arguments.of("a layer without its size", "net deep = bits -> tanh -> sigmoid\n",
                    "<stdin>:1:20: error: expected a layer size before 'tanh'\n  | net deep = bits -> tanh -> sigmoid\n  |                    ^^^^ write the number of nodes first: -> 2 tanh"),
            Arguments.of("a layer's size after its activation", "net n = bits -> tanh 2 -> sigmoid\n",
                    "<stdin>:1:17: error: the layer size comes before the activation\n  | net n = bits -> tanh 2 -> sigmoid\n  |                 ^^^^^^ write 2 tanh"),
            Arguments.of("dense with the activation first", "net n { input bits dense tanh 2 output sigmoid }\n",
                    "<stdin>:1:26: error: expected a number after 'dense', found 'tanh'\n  | net n { input bits dense tanh 2 output sigmoid }\n  |                          ^^^^ write the number of nodes first: dense 2 tanh"),
            Arguments.of("a block layer without its activation", "net n { input bits dense 2 output sigmoid }\n",
                    "<stdin>:1:28: error: expected an activation (sigmoid, tanh, relu, leaky_relu, linear) after '2', found 'output'\n  | net n { input bits dense 2 output sigmoid }\n  |                            ^^^^^^ a layer is a size and an activation, e.g. 2 tanh"),
            Arguments.of("a one-line layer without its activation", "net n = bits -> 2 -> sigmoid\n",
                    "<stdin>:1:19: error: expected an activation (sigmoid, tanh, relu, leaky_relu, linear) after '2', found '->'\n  | net n = bits -> 2 -> sigmoid\n  |                   ^^ a layer is a size and an activation, e.g. 2 tanh"),
            Arguments.of("output size before the kind", "net n { input bits output 1 sigmoid }\n",
                    "<stdin>:1:27: error: expected an output (sigmoid, softmax) after 'output', found '1'\n  | net n { input bits output 1 sigmoid }\n  |                           ^ the size comes after the output: output sigmoid 1"),
            Arguments.of("input size before the encoding", "net n { input 2 bits output sigmoid }\n",
                    "<stdin>:1:15: error: expected an input encoding (bits, scalar, onehot) after 'input', found '2'\n  | net n { input 2 bits output sigmoid }\n  |               ^ the size comes after the encoding: input bits 2"),
            Arguments.of("= before a net block", "net two = { input bits output sigmoid }\n",
                    "<stdin>:1:9: error: '=' starts the one-line form; a block follows the name directly\n  | net two = { input bits output sigmoid }\n  |         ^ drop the '=': net two { ... }"),
            Arguments.of("= before a table block", "table t = { 0 -> 1 }\n",
                    "<stdin>:1:9: error: '=' starts the one-line form; a block follows the name directly\n  | table t = { 0 -> 1 }\n  |         ^ drop the '=': table t { ... }"),
            Arguments.of("a number with no digit before its point", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr .5\n",
                    "<stdin>:3:21: error: a number needs a digit before its point\n  | train two on xor lr .5\n  |                     ^^ write 0.5"),
            Arguments.of("a decimal comma", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor lr 0,5\n",
                    "<stdin>:3:21: error: a decimal number is written with a point\n  | train two on xor lr 0,5\n  |                     ^^^ write 0.5"),
            Arguments.of("commas between rows", "table t { 00 -> 0, 01 -> 1 }\n",
                    "<stdin>:1:18: error: rows are separated by spaces or new lines, not commas\n  | table t { 00 -> 0, 01 -> 1 }\n  |                  ^ drop the ','"),
            Arguments.of("commas between options", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10, lr 1\n",
                    "<stdin>:3:27: error: the parts of a statement are separated by spaces or new lines, not commas\n  | train two on xor epochs 10, lr 1\n  |                           ^ drop the ','"),
            Arguments.of("= for ==", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\nexpect accuracy of two on xor = 1\n",
                    "<stdin>:3:31: error: expected 'at', '<', '>=', '<=', '>' or '==' after 'xor', found '='\n  | expect accuracy of two on xor = 1\n  |                               ^ write '==' to compare"),
            Arguments.of("until with =", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor until entropy = 0.01\n",
                    "<stdin>:3:32: error: expected '<' after 'entropy', found '='\n  | train two on xor until entropy = 0.01\n  |                                ^ until stops below a value: until entropy < V"),
            Arguments.of("=> for ->", "table t { 00 => 0 }\n",
                    "<stdin>:1:14: error: expected '->' after '00', found '='\n  | table t { 00 => 0 }\n  |              ^ an arrow is written '->'"),
            Arguments.of("a generator without parentheses", "table p = parity 3\n",
                    "<stdin>:1:18: error: expected '(' after 'parity', found '3'\n  | table p = parity 3\n  |                  ^ write parity(3)"),
            Arguments.of("print without quotes", "print hello\n",
                    "<stdin>:1:7: error: expected a string in double quotes after 'print', found 'hello'\n  | print hello\n  |       ^^^^^ write \"hello\""),
            Arguments.of("a file name without quotes", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\nsave two to two.nn\n",
                    "<stdin>:3:13: error: expected a string in double quotes after 'to', found 'two.nn'\n  | save two to two.nn\n  |             ^^^^^^ write \"two.nn\""),
            Arguments.of("a semicolon", "net two = bits -> 2 sigmoid -> sigmoid;\n",
                    "<stdin>:1:39: error: unexpected character ';'\n  | net two = bits -> 2 sigmoid -> sigmoid;\n  |                                       ^ drop the ';': a statement ends where the next one begins"),
            Arguments.of("on forgotten", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\nrelations two xor\n",
                    "<stdin>:3:15: error: expected 'on' after 'two', found 'xor'\n  | relations two xor\n  |               ^^^ write 'on' before 'xor'"),
            Arguments.of("of forgotten", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\nexpect accuracy two on xor >= 1\n",
                    "<stdin>:3:17: error: expected 'of' after 'accuracy', found 'two'\n  | expect accuracy two on xor >= 1\n  |                 ^^^ write 'of' before 'two'"),
            Arguments.of("to forgotten", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ndraw two on xor \"two.svg\"\n",
                    "<stdin>:3:17: error: expected 'to' after 'xor', found '\"two.svg\"'\n  | draw two on xor \"two.svg\"\n  |                 ^^^^^^^^^ write 'to' before '\"two.svg\"'"),
            Arguments.of("nets to compare without commas", "table xor = xor(2)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncompare a b on xor\n",
                    "<stdin>:4:11: error: expected 'on' or ',' after 'a', found 'b'\n  | compare a b on xor\n  |           ^ separate the nets with commas: a, b"),
            Arguments.of("two inputs to predict", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\npredict two 01 10\n",
                    "<stdin>:3:16: error: '10' is one word too many: predict NET X ends after '01'\n  | predict two 01 10\n  |                ^^ predict one input at a time: predict two 10"),
            Arguments.of("a word too many", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\nshow two extra\n",
                    "<stdin>:3:10: error: 'extra' is one word too many: show NET ends after 'two'\n  | show two extra\n  |          ^^^^^ remove it, or start a new statement"),
            Arguments.of("a number too many", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10 20\n",
                    "<stdin>:3:28: error: '20' is one word too many: train NET on TABLE [options] ends after '10'\n  | train two on xor epochs 10 20\n  |                            ^^ remove it, or start a new statement"),
            Arguments.of("two tables to info", "table xor = xor(2)\ninfo xor xor\n",
                    "<stdin>:2:10: error: 'xor' is one word too many: info TABLE ends after 'xor'\n  | info xor xor\n  |          ^^^ remove it, or start a new statement"),
            Arguments.of("a train option without its train", "epochs 5000 lr 1\n",
                    "<stdin>:1:1: error: 'epochs' is a train option, not a statement\n  | epochs 5000 lr 1\n  | ^^^^^^ write it on its train's line, or in { ... } after it"),
            Arguments.of("help in a script", "help\n",
                    "<stdin>:1:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve), found 'help'\n  | help\n  | ^^^^ 'help' is a command of the REPL: type :help at the nn> prompt"),
            Arguments.of("? in a script", "?\n",
                    "<stdin>:1:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve), found '?'\n  | ?\n  | ^ '?' is a command of the REPL: type :help at the nn> prompt"),
            Arguments.of("exit in a script", "exit\n",
                    "<stdin>:1:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve), found 'exit'\n  | exit\n  | ^^^^ 'exit' is a command of the REPL: type :quit at the nn> prompt"),
            Arguments.of("quit in a script", "quit\n",
                    "<stdin>:1:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve), found 'quit'\n  | quit\n  | ^^^^ 'quit' is a command of the REPL: type :quit at the nn> prompt"),
            Arguments.of("unknown input in a formula", "table g(a, b, c) = a xor (b and d)\n",
                    "<stdin>:1:33: error: unknown input 'd' (the inputs of g are a, b, c)\n  | table g(a, b, c) = a xor (b and d)\n  |                                 ^"),
            Arguments.of("a misspelled input in a formula", "table g(left, right) = left and rigth\n",
                    "<stdin>:1:33: error: unknown input 'rigth' (the inputs of g are left, right)\n  | table g(left, right) = left and rigth\n  |                                 ^^^^^ did you mean 'right'?"),
            Arguments.of("an input named twice", "table g(a, b, a) = a\n",
                    "<stdin>:1:15: error: input a is named twice in table g\n  | table g(a, b, a) = a\n  |               ^"),
            Arguments.of("a formula of too many inputs", "table g(a, b, c, d, e, f, g1, h, i, j, k, l, m, n, o, p, q) = a\n",
                    "<stdin>:1:58: error: table g has more than 16 inputs (2^16 rows at most)\n  | table g(a, b, c, d, e, f, g1, h, i, j, k, l, m, n, o, p, q) = a\n  |                                                          ^"),
            Arguments.of("unknown operator", "table g(a, b) = a xr b\n",
                    "<stdin>:1:19: error: unknown operator 'xr' (formulas know and, nand, xor, xnor, or, nor, and not before a term)\n  | table g(a, b) = a xr b\n  |                   ^^ did you mean 'xor'?"),
            Arguments.of("an operator as an input name", "table g(xor, b) = b\n",
                    "<stdin>:1:9: error: 'xor' is a word of formulas and cannot name an input\n  | table g(xor, b) = b\n  |         ^^^ call it otherwise, e.g. xor1"),
            Arguments.of("a constant other than 0 and 1", "table g(a, b) = 2 and a\n",
                    "<stdin>:1:17: error: a constant in a formula is 0 or 1, not 2\n  | table g(a, b) = 2 and a\n  |                 ^"),
            Arguments.of("a tuple inside a formula", "table g(a, b) = (a, (a, b))\n",
                    "<stdin>:1:21: error: a tuple (f, g) can only be the whole formula: it lists the output bits\n  | table g(a, b) = (a, (a, b))\n  |                     ^ write the tuple around the whole formula: (a and b, a xor b)"),
            Arguments.of("unknown function in a formula", "table g(a, b) = mj(a, b)\n",
                    "<stdin>:1:17: error: unknown function 'mj' (formulas know maj(...))\n  | table g(a, b) = mj(a, b)\n  |                 ^^ did you mean 'maj'?"),
            Arguments.of("a seed for a generator that is not random", "table t = xor(3) seed 3\n",
                    "<stdin>:1:18: error: xor(n) is not random: it takes no seed\n  | table t = xor(3) seed 3\n  |                  ^^^^"),
            Arguments.of("gates for a generator without gates", "table t = random(8) gates all\n",
                    "<stdin>:1:21: error: only tree and chain are made of gates; random(n) takes no gates option\n  | table t = random(8) gates all\n  |                     ^^^^^"),
            Arguments.of("instances in a table", "table t = tree(8) instances 3\n",
                    "<stdin>:1:19: error: a table is one relation; instances makes a family\n  | table t = tree(8) instances 3\n  |                   ^^^^^^^^^ write: family NAME = tree(n) instances N seed S"),
            Arguments.of("all(n) as one table", "table t = all(3)\n",
                    "<stdin>:1:11: error: all(n) makes a family of tables, not one table\n  | table t = all(3)\n  |           ^^^ write: family t = all(3)"),
            Arguments.of("a random family without its instances", "family f = tree(8)\n",
                    "<stdin>:1:12: error: a family of tree(8) needs a number of instances\n  | family f = tree(8)\n  |            ^^^^ write: family f = tree(8) instances 20 seed 1"),
            Arguments.of("a family of a generator that is not random", "family f = xor(3)\n",
                    "<stdin>:1:12: error: a family is made by all(n) or a random generator (all, chain, random, threshold, tree), not 'xor'\n  | family f = xor(3)\n  |            ^^^ xor(n) makes one table: write table f = xor(3)"),
            Arguments.of("all of four bits", "family f = all(4)\n",
                    "<stdin>:1:16: error: all(n) takes a whole number of bits from 1 to 3 (all(4) would be 65536 tables)\n  | family f = all(4)\n  |                ^"),
            Arguments.of("a family where one table is needed", "family f = all(2)\nnet n = bits -> sigmoid\ntrain n on f\n",
                    "<stdin>:3:12: error: f is a family of 16 tables, not one table\n  | train n on f\n  |            ^ compare takes a family: compare NET, NET on f"),
            Arguments.of("groups that do not divide the nodes", "net n = bits -> 6 tanh groups 4 -> sigmoid\n",
                    "<stdin>:1:31: error: layer 1 has 6 nodes, which 4 groups do not divide\n  | net n = bits -> 6 tanh groups 4 -> sigmoid\n  |                               ^ make the nodes a multiple of 4"),
            Arguments.of("groups that do not divide the table's inputs", "table x = xor(3)\nnet n = bits -> 4 tanh groups 2 -> sigmoid\ntrain n on x\n",
                    "<stdin>:3:7: error: layer 1 of net n has 2 groups, which must divide its 3 inputs (bits encodes the table's inputs {000, 001, 010, 011, 100, 101, 110, 111} in 3) and its 4 nodes\n  | train n on x\n  |       ^"),
            Arguments.of("set of a weight outside the blocks", "table x = xor(2)\nnet n = bits -> 4 tanh groups 2 -> sigmoid\ntrain n on x epochs 5\nset n layer 1 w[0][3] = 1\n",
                    "<stdin>:4:15: error: layer 1 of n has 2 groups: w[0][3] joins input 0 (group 0) to node 3 (group 1), a weight that does not exist\n  | set n layer 1 w[0][3] = 1\n  |               ^ node group g sees only input group g"),
            Arguments.of("a written weight outside the blocks", "net n {\n  input bits 2\n  dense 2 tanh groups 2 { w [[1, 0.5], [0, 1]]  b [0, 0] }\n  output sigmoid { w [[1], [1]]  b [0] }\n}\n",
                    "<stdin>:3:34: error: w[0][1] of layer 1 is outside the blocks of its 2 groups (input 0 is in group 0, node 1 in group 1): that weight does not exist, write 0\n  |   dense 2 tanh groups 2 { w [[1, 0.5], [0, 1]]  b [0, 0] }\n  |                                  ^^^"),
            Arguments.of("groups without its number", "net n = bits -> 8 tanh groups -> sigmoid\n",
                    "<stdin>:1:31: error: expected a number after 'groups', found '->'\n  | net n = bits -> 8 tanh groups -> sigmoid\n  |                               ^^ groups takes how many equal groups the layer's inputs and nodes are cut into, e.g. 8 tanh groups 2"),
            Arguments.of("group for groups", "net n = bits -> 8 tanh group 4 -> sigmoid\n",
                    "<stdin>:1:24: error: expected '->' after 'tanh', found 'group'\n  | net n = bits -> 8 tanh group 4 -> sigmoid\n  |                        ^^^^^ did you mean 'groups'? (8 tanh groups 4)"),
            Arguments.of("groups on a layer without a size", "net n = bits -> sigmoid groups 2 -> sigmoid\n",
                    "<stdin>:1:25: error: a layer with groups needs its size first: N sigmoid groups 2\n  | net n = bits -> sigmoid groups 2 -> sigmoid\n  |                         ^^^^^^ the output layer, an activation alone, has no groups; e.g. 8 sigmoid groups 2 -> sigmoid"),
            Arguments.of("a plus in a formula", "table g(a, b) = a + b\n",
                    "<stdin>:1:19: error: '+' is no operator of a formula; formulas write their operators as words\n  | table g(a, b) = a + b\n  |                   ^ write or (a or b); + of two bits mod 2 is xor"),
            Arguments.of("an ampersand in a formula", "table g(a, b) = a & b\n",
                    "<stdin>:1:19: error: '&' is no operator of a formula; formulas write their operators as words\n  | table g(a, b) = a & b\n  |                   ^ write and (a and b)"),
            Arguments.of("an exclamation mark in a formula", "table g(a, b) = !a\n",
                    "<stdin>:1:17: error: '!' is no operator of a formula; formulas write their operators as words\n  | table g(a, b) = !a\n  |                 ^ write not (not a)"),
            Arguments.of("an instance of a family as a table", "family f = tree(4) instances 3 seed 1\nnet a = bits -> 2 tanh -> sigmoid\ntrain a on f[1] epochs 50\n",
                    "<stdin>:3:12: error: a family's instance, such as f[1], cannot be named as a table\n  | train a on f[1] epochs 50\n  |            ^^^^ info f shows each instance's generator and seed; write it as a table of its own, e.g. table t = tree(8) seed S"),
            Arguments.of("help after a statement", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\nhelp\n",
                    "<stdin>:3:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve) after 'sigmoid', found 'help'\n  | help\n  | ^^^^ 'help' is a command of the REPL: type :help at the nn> prompt"),
            Arguments.of("exit after a train", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nexit\n",
                    "<stdin>:4:1: error: expected a statement (table, net, train, relations, show, predict, info, expect, print, hidden, ablate, compare, plot, map, draw, save, load, set, family, curve) after '10', found 'exit'\n  | exit\n  | ^^^^ 'exit' is a command of the REPL: type :quit at the nn> prompt"),
            Arguments.of("a net ending at a hidden layer", "net n = bits -> 2 tanh\n",
                    "<stdin>:1:23: error: the net ends at a hidden layer ('2 tanh'); a net ends with its output\n  | net n = bits -> 2 tanh\n  |                       ^ add -> sigmoid (or -> softmax)"),
            Arguments.of("another word for on", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two with xor\n",
                    "<stdin>:3:11: error: expected 'on' after 'two', found 'with'\n  | train two with xor\n  |           ^^^^ write 'on' in place of 'with'"),
            Arguments.of("another word for on in hidden", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nhidden two for xor\n",
                    "<stdin>:4:12: error: expected 'on' after 'two', found 'for'\n  | hidden two for xor\n  |            ^^^ write 'on' in place of 'for'"),
            Arguments.of("on missing at the end", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nrelations two\n",
                    "<stdin>:4:14: error: expected 'on' after 'two', but the input ends here\n  | relations two\n  |              ^ the form is relations NET on TABLE [eps V] [rows X ...]"),
            Arguments.of("a statement keyword alone", "info\n",
                    "<stdin>:1:5: error: expected a name after 'info', but the input ends here\n  | info\n  |     ^ the form is info TABLE"),
            Arguments.of("train alone", "train\n",
                    "<stdin>:1:6: error: expected a name after 'train', but the input ends here\n  | train\n  |      ^ the form is train NET on TABLE [options]"),
            Arguments.of("predict without its input", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\npredict two\n",
                    "<stdin>:4:12: error: expected a state (a bit string, a number, a name or \"text\") after 'two', but the input ends here\n  | predict two\n  |            ^ name the input: predict two 01"),
            Arguments.of("a table after show", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nshow two on xor\n",
                    "<stdin>:4:10: error: 'show' takes only a net: show NET ends after 'two'\n  | show two on xor\n  |          ^^ relations two on xor shows it on a table"),
            Arguments.of("a table after plot", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nplot two on xor\n",
                    "<stdin>:4:10: error: 'plot' takes only a net: plot NET ends after 'two'\n  | plot two on xor\n  |          ^^ plot shows the net's last training: plot two"),
            Arguments.of("a thousands separator", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 5,000\n",
                    "<stdin>:3:25: error: a number is written without thousands separators\n  | train two on xor epochs 5,000\n  |                         ^^^^^ write 5000"),
            Arguments.of("a row picked twice in relations", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nrelations two on xor rows 01 01\n",
                    "<stdin>:4:30: error: row 01 is listed twice\n  | relations two on xor rows 01 01\n  |                              ^^"),
            Arguments.of("a row not in the table for relations", "table xor = xor(2)\nnet two = bits -> 2 sigmoid -> sigmoid\ntrain two on xor epochs 10\nrelations two on xor rows 01 02\n",
                    "<stdin>:4:30: error: table xor has no row 02 (its inputs are {00, 01, 10, 11})\n  | relations two on xor rows 01 02\n  |                              ^^ did you mean '00'?"),
            Arguments.of("nets of a curve without commas", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a b on m3 rows 2 4\n",
                    "<stdin>:4:9: error: expected 'on' or ',' after 'a', found 'b'\n  | curve a b on m3 rows 2 4\n  |         ^ separate the nets with commas: a, b"),
            Arguments.of("misspelled curve option after the first", "table m3 = majority(3)\nnet a = bits -> sigmoid\nnet b = bits -> 2 tanh -> sigmoid\ncurve a, b on m3 rows 2 4 trials 5 equivalance 0.1\n",
                    "<stdin>:4:36: error: expected a train option or a statement after '5', found 'equivalance'\n  | curve a, b on m3 rows 2 4 trials 5 equivalance 0.1\n  |                                    ^^^^^^^^^^^ did you mean 'equivalence'?"),
            Arguments.of("a curve on a name that is neither a table nor a family", "family trees = tree(4) instances 3 seed 1\nnet a = bits -> sigmoid\ncurve a on tree { rows 4 8 }\n",
                    "<stdin>:3:12: error: unknown table or family 'tree'\n  | curve a on tree { rows 4 8 }\n  |            ^^^^ did you mean 'trees'?"));
    }

    /** Reliability (issue 13): states kept to one line, carets under wide characters; whole messages. */
    static Stream<Arguments> reliability() {
        return Stream.of(
            Arguments.of("a tab in a quoted state", "table q { \"a\\tb\" -> yes  c -> no }\n",
                    "<stdin>:1:11: error: a state cannot hold a tab (\\t): every report shows a state on one line\n  | table q { \"a\\tb\" -> yes  c -> no }\n  |           ^^^^^^ write a space or _ in its place"),
            Arguments.of("a line break in a quoted state", "table q { a -> \"y\\nes\"  c -> no }\n",
                    "<stdin>:1:16: error: a state cannot hold a line break (\\n): every report shows a state on one line\n  | table q { a -> \"y\\nes\"  c -> no }\n  |                ^^^^^^^ write a space or _ in its place"),
            Arguments.of("the caret under wide characters", "table t { 日本 -> 語  日本 -> x }\n",
                    "<stdin>:1:20: error: input 日本 appears in two rows of table t\n  | table t { 日本 -> 語  日本 -> x }\n  |                       ^^^^ write one row with several targets: 日本 -> 語 | x"),
            Arguments.of("a file where a folder of the path should be", "table t = xor(2)\nnet n = bits -> 2 tanh -> sigmoid\ntrain n on t epochs 3\nsave n to \"README.md/x.nn\"\n",
                    "<stdin>:4:11: error: cannot write README.md/x.nn: README.md is a file, not a folder (nothing was written; a file already there is unchanged)\n  | save n to \"README.md/x.nn\"\n  |           ^^^^^^^^^^^^^^^^"),
            Arguments.of("save to a file that is not .nn", "table t { \"$(cmd)\" -> 1  b -> 0 }\nnet n = onehot -> sigmoid\ntrain n on t epochs 1\nsave n to \"run.sh\"\n",
                    "<stdin>:4:11: error: save writes .nn files, not 'run.sh'\n  | save n to \"run.sh\"\n  |           ^^^^^^^^ name it with .nn, e.g. run.nn"),
            Arguments.of("save session to the folder itself", "table t = xor(2)\nsave session to \".\"\n",
                    "<stdin>:2:17: error: save writes .nn files, not '.'\n  | save session to \".\"\n  |                 ^^^ name it with .nn, e.g. session.nn"),
            Arguments.of("a seed too large for a double to hold exactly", "table t = chain(8) seed 99999999999999999999999\n",
                    "<stdin>:1:25: error: a seed is a whole number from -9000000000000000 to 9000000000000000, not 99999999999999999999999\n  | table t = chain(8) seed 99999999999999999999999\n  |                         ^^^^^^^^^^^^^^^^^^^^^^^"),
            Arguments.of("a line break in a message is shown escaped", "table t = xor(2)\nnet n = bits -> 2 tanh -> sigmoid\ntrain n on t rows \"00\\nsave\" epochs 2\n",
                    "<stdin>:3:19: error: table t has no row 00\\nsave (its inputs are {00, 01, 10, 11})\n  | train n on t rows \"00\\nsave\" epochs 2\n  |                   ^^^^^^^^^^"),
            Arguments.of("a misspelled option after rows in compare", "table xor = xor(2)\nnet one = bits -> sigmoid\nnet two = bits -> 2 tanh -> sigmoid\ncompare two, one on xor { rows 2 trails 5 }\n",
                    "<stdin>:4:34: error: in compare, rows takes one number (how many rows each trial trains on), then options; 'trails' is not an option\n  | compare two, one on xor { rows 2 trails 5 }\n  |                                  ^^^^^^ did you mean 'trials'?"),
            Arguments.of("a reserved word as a formula's input", "table g(input, b) = b\n",
                    "<stdin>:1:9: error: 'input' is a reserved word and cannot name an input\n  | table g(input, b) = b\n  |         ^^^^^ choose another name, such as 'input1'"),
            Arguments.of("the caret under a wide emoji", "table t { a -> b }\nprint 😀\n",
                    "<stdin>:2:7: error: unexpected character '😀'\n  | print 😀\n  |       ^^"),
            Arguments.of("the caret under an escape character, shown as four", "table t {\n  a\u001bb -> 0\n}\n",
                    "<stdin>:2:4: error: unexpected character '\\x1b'\n  |   a\\x1bb -> 0\n  |    ^^^^"),
            Arguments.of("the caret after an escape character", "print \"a\u001b[2Jb\" zz\n",
                    "<stdin>:1:16: error: 'zz' is one word too many: print \"TEXT\" ends after '\"a\\x1b[2Jb\"'\n  | print \"a\\x1b[2Jb\" zz\n  |                   ^^ remove it, or start a new statement"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reliability")
    void reliabilityCaseGetsItsMessage(String name, String script, String message) throws IOException {
        // some fail while running (a write), after reports of the statements before them
        Result r = Result.withInput(script, "-");
        assertEquals(2, r.exit(), r.err());
        assertEquals(message, r.err().stripTrailing());
        assertTrue(Files.readString(Path.of("docs/errors.md")).contains(message), "docs/errors.md shows: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("learnerMistakes")
    void learnerMistakeGetsItsFix(String name, String script, String message) throws IOException {
        Result r = Result.withInput(script, "-");
        assertEquals(2, r.exit(), r.err());
        assertEquals(message, r.err().stripTrailing());
        assertEquals("", r.out());
        assertTrue(Files.readString(Path.of("docs/errors.md")).contains(message), "docs/errors.md shows: " + message);
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
