package nnlang.lang;

import java.util.List;

/** One option of a train statement, as written. */
public sealed interface TrainOption {
    /** The option's keyword, with its place (for "lr must be positive" pointing at it). */
    Word key();

    /** {@code epochs N}, {@code lr V}, {@code l2 V}, {@code seed N}, {@code every N}, {@code batch N}. */
    record Numeric(Word key, Num value) implements TrainOption {}

    /** {@code optimizer NAME [V]}, {@code loss NAME}, {@code batch full}. */
    record Named(Word key, Word name, Num value) implements TrainOption {}

    /** {@code until METRIC < V}. */
    record Until(Word key, Word metric, Num value) implements TrainOption {}

    /** {@code rows X X X}. */
    record Rows(Word key, List<Word> states) implements TrainOption {}

    /** {@code continue}. */
    record Flag(Word key) implements TrainOption {}
}
