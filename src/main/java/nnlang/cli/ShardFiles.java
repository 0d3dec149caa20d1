package nnlang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnlang.experiment.ShardFile;
import nnlang.experiment.ShardJson;

/** The files of a job array: where a shard writes its results, and reading them back for nn merge. */
final class ShardFiles {
    private static final Pattern SHARD = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    private ShardFiles() {}

    /** A shard option or file that cannot be used: the message says why. */
    static final class Bad extends Exception {
        Bad(String message) { super(message, null, false, false); }
    }

    /** I and N of {@code --shard I/N}, with 0 <= I < N. */
    static int[] parse(String option) throws Bad {
        Matcher m = SHARD.matcher(option);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
            throw new Bad("--shard takes I/N, shard I (from 0) of N, with I < N: --shard 0/3, 1/3, 2/3; not '" + option + "'");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** Beside the script: {@code foo.nn} gives {@code foo.shard-1-of-3.json}. */
    static Path pathFor(Path script, int shard, int shards) {
        String name = script.getFileName().toString();
        if (name.endsWith(".nn")) name = name.substring(0, name.length() - 3);
        return script.resolveSibling(name + ".shard-" + shard + "-of-" + shards + ".json");
    }

    /** The SHA-256 of a script's text, in hex: merge refuses shards of another text. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Writes the file whole or not at all (a temporary file moved into place). */
    static void write(Path path, ShardFile f) throws Bad {
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, ShardJson.write(f), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new Bad("cannot write " + path + ": " + e.getMessage());
        }
    }

    static ShardFile read(Path path) throws Bad {
        if (!Files.isRegularFile(path)) throw new Bad(Files.exists(path) ? "is not a file" : "no such file");
        try {
            if (Files.size(path) > 1L << 30) throw new Bad("is larger than a shard file nnlang writes");
            return ShardJson.read(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Bad("cannot read it: " + e.getMessage());
        } catch (ShardJson.Unreadable e) {
            throw new Bad(e.getMessage());
        }
    }
}
