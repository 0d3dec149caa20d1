package nnlang.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One option of a train statement, as written. */
public sealed interface TrainOption {
    /** The option's keyword, with its place (for "lr must be positive" pointing at it). */
    Word key();

    /** Which option this is. */
    default Kind kind() { return Kind.of(key()); }

    /** The options, named as the grammar's keywords are (a test keeps the two equal). */
    enum Kind {
        EPOCHS, LR, OPTIMIZER, LOSS, L2, SEED, BATCH, UNTIL, ROWS, EVERY, CONTINUE;

        /** The keyword, as written in a script. */
        public String word() { return name().toLowerCase(Locale.ROOT); }

        /** The kind of an option's keyword; the parser makes no other keys. */
        static Kind of(Word key) {
            for (Kind k : values()) if (k.word().equals(key.text())) return k;
            throw new IllegalArgumentException("'" + key + "' is not a train option");
        }

        /** Every keyword, in order. */
        public static List<String> words() {
            List<String> words = new ArrayList<>();
            for (Kind k : values()) words.add(k.word());
            return words;
        }
    }

    /** {@code epochs N}, {@code lr V}, {@code l2 V}, {@code seed N}, {@code every N}, {@code batch N}. */
    record Numeric(Word key, Num value) implements TrainOption {}

    /** {@code optimizer NAME [V]}, {@code loss NAME}, {@code batch full}. */
    record Named(Word key, Word name, Num value) implements TrainOption {}

    /** {@code until METRIC < V}. */
    record Until(Word key, Word metric, Num value) implements TrainOption {}

    /** {@code rows X X X}. */
    record Rows(Word key, List<Word> states) implements TrainOption {}

    /** {@code every N [relations|map|hidden]}: progress lines, and that report too, every N epochs; report may be null. */
    record Every(Word key, Num value, Word report) implements TrainOption {}

    /** {@code continue}. */
    record Flag(Word key) implements TrainOption {}
}
