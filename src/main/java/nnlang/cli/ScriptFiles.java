package nnlang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nnlang.lang.NnError;
import nnlang.lang.Source;

/** Reads the scripts named on the command line, for nn and for fmt. */
final class ScriptFiles {
    /** Larger scripts are refused before they are read, as loaded files are. */
    static final long MAX_BYTES = 16L << 20;

    private ScriptFiles() {}

    /** A file that cannot be read at all (missing, a folder, too large): the message says why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) { super(message, null, false, false); }
    }

    /**
     * The script a command-line argument names ('-' is standard input), with its folder, against
     * which the paths its statements name are resolved. Strict UTF-8 (a bad byte is an error at
     * its line and column); a byte-order mark is skipped.
     */
    static Source read(String name, InputStream stdin) throws Unreadable, NnError {
        if (name.equals("-")) {
            try {
                byte[] bytes = stdin.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) throw new Unreadable("standard input has more than " + MAX_BYTES
                        + " bytes; the limit is " + MAX_BYTES);
                return Source.decode("<stdin>", bytes);
            } catch (IOException e) {
                throw new Unreadable("cannot read standard input: " + e.getMessage());
            }
        }
        Path path;
        try {
            path = Path.of(name).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new Unreadable("not a valid file name");
        }
        if (Files.isDirectory(path)) throw new Unreadable("is a folder, not a script");
        if (!Files.exists(path)) throw new Unreadable("no such file");
        // a device or a pipe has no size to check and may never end (/dev/zero) or block (a FIFO)
        if (!Files.isRegularFile(path)) throw new Unreadable("is not a regular file (a device or a pipe?)");
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) throw new Unreadable("has " + size + " bytes; the limit is " + MAX_BYTES);
            return Source.decode(name, path.getParent(), Files.readAllBytes(path));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new Unreadable("permission denied");
        } catch (IOException e) {
            throw new Unreadable("cannot read it: " + e.getMessage());
        }
    }
}
