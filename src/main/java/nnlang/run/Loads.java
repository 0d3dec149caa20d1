package nnlang.run;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * What all resolving in one interpreter shares, so that loads stay bounded: the files being
 * loaded (a file may not load itself), how many statements the scripts and their loads have come
 * to (files that load each other several times grow exponentially), and the stop signal
 * (--timeout, Ctrl-C), polled before every statement is resolved.
 */
final class Loads {
    /** The most statements one text and its loads may come to, counted every time a file is loaded. */
    static final long MAX_STATEMENTS = 100_000;

    final Deque<Path> stack = new ArrayDeque<>();
    /** The script files whose loads are being resolved now (a save in a loaded file may not overwrite them). */
    final java.util.Set<Path> loaders = new java.util.HashSet<>();
    final BooleanSupplier stop;
    long statements;
    /**
     * The "X has an error" lines of failed loads, by identity, with the files below X that the
     * error is in (nearest first): a load of a load that fails says so in one line, not one a level.
     */
    final java.util.Map<nnlang.lang.Diagnostic, java.util.List<String>> failedLoads = new java.util.IdentityHashMap<>();

    Loads(BooleanSupplier stop) { this.stop = stop; }
}
