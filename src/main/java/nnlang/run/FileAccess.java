package nnlang.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a script may read and write. A stranger's script must be safe to run: by default only
 * files below the script's own folder (the working folder for the REPL and standard input), no
 * absolute paths and no '..'; the user widens this with
 * --allow-write DIR. Writes are atomic (a temporary file beside the target, then a rename), so an
 * error or a crash never leaves a half-written file and never destroys the previous one.
 */
public final class FileAccess {
    /** A refused path; the interpreter turns the message into a positioned error. */
    public static final class Refused extends Exception {
        Refused(String message) { super(message, null, false, false); }
    }

    private final Path base;
    private final String baseName;
    private final List<Path> allowed = new ArrayList<>();
    /** Why nothing may be written here, or null when writing is allowed (a script from a web page). */
    private String noWrites;

    /**
     * Access below {@code base} and below each allowed folder; {@code baseName} says what base is
     * in messages ("the script's folder", "the current folder").
     */
    public FileAccess(Path base, String baseName, List<Path> allowedFolders) {
        this.base = base.toAbsolutePath().normalize();
        this.baseName = baseName;
        for (Path p : allowedFolders) allowed.add(p.toAbsolutePath().normalize());
    }

    /** Access below the working folder and below each allowed folder (the REPL, standard input). */
    public FileAccess(Path base, List<Path> allowedFolders) { this(base, "the current folder", allowedFolders); }

    /** Access below the working folder only. */
    public static FileAccess workingFolder() { return new FileAccess(Path.of(""), List.of()); }

    /**
     * The fence of a script read from a file: its own folder, plus the allowed ones; a script that
     * comes from no file keeps this fence.
     */
    public FileAccess forScript(nnlang.lang.Source script) {
        if (script.folder() == null) return this;
        FileAccess f = new FileAccess(script.folder(), "the script's folder", allowed);
        f.noWrites = noWrites;
        return f;
    }

    /**
     * The same fence for reading, through which nothing is written: every write is refused with
     * {@code why} (a script that came from a web page or a link writes no files).
     */
    public FileAccess readOnly(String why) {
        FileAccess f = new FileAccess(base, baseName, allowed);
        f.noWrites = why;
        return f;
    }

    /** The path a statement of {@code source} named, resolved against its file's folder, if the script may use it. */
    public Path check(String written, nnlang.lang.Source source) throws Refused {
        if (written.isBlank()) throw new Refused("the file name is empty");
        if (written.indexOf('\0') >= 0) throw new Refused("a file name cannot hold a NUL character");
        Path asked;
        try {
            asked = Path.of(written);
        } catch (java.nio.file.InvalidPathException e) {
            throw new Refused("'" + written + "' is not a valid file name");
        }
        Path resolved = (source.folder() == null ? base : source.folder()).resolve(asked).toAbsolutePath().normalize();
        for (Path root : allowed) if (inside(resolved, root)) return real(resolved, written);
        if (asked.isAbsolute()) {
            throw new Refused("a script may only use files below " + baseName + ", not the absolute path '" + written
                    + "' (run with --allow-write DIR to allow a folder)");
        }
        for (Path part : asked) {
            if (part.toString().equals("..")) {
                throw new Refused("a script may only use files below " + baseName + "; '" + written
                        + "' climbs out with '..' (run with --allow-write DIR to allow a folder)");
            }
        }
        if (!inside(resolved, base)) throw new Refused("'" + written + "' lies outside " + baseName);
        return real(resolved, written);
    }

    /**
     * The real path (every symbolic link followed), which must lie below the fence's own real
     * folder or an allowed one: a link inside the folder that points out of it is refused, and a
     * write through a link goes to the real file, its temporary file beside it.
     */
    private Path real(Path resolved, String written) throws Refused {
        if (Files.isSymbolicLink(resolved) && !Files.exists(resolved)) {
            throw new Refused("'" + written + "' is a symbolic link to a file that does not exist");
        }
        Path real = realPath(resolved);
        if (real.startsWith(realPath(base))) return real;
        for (Path root : allowed) if (real.startsWith(realPath(root))) return real;
        throw new Refused("'" + written + "' leads through a symbolic link to " + real + ", outside " + baseName
                + " (run with --allow-write DIR to allow a folder)");
    }

    /** Below a folder as written or below its real path (a loaded file's folder is its real one). */
    private static boolean inside(Path p, Path folder) {
        return p.startsWith(folder) || p.startsWith(realPath(folder));
    }

    /** The real path of the longest part that exists, then the rest as written (for the command line's files). */
    public static Path realPathOf(Path p) { return realPath(p); }

    /** The real path of the longest part that exists, then the rest as written. */
    static Path realPath(Path p) {
        Path existing = p;
        java.util.Deque<Path> rest = new java.util.ArrayDeque<>();
        while (existing != null) {
            try {
                Path r = existing.toRealPath();
                for (Path part : rest) r = r.resolve(part);
                return r.normalize();
            } catch (IOException e) {
                if (existing.getFileName() != null) rest.push(existing.getFileName());
                existing = existing.getParent();
            }
        }
        return p;
    }

    /**
     * The path a statement names for writing: as for reading, and a file with an execute bit is
     * never overwritten (a script must not turn a program beside it into other code), unless it
     * lies in a folder the user allowed.
     */
    public Path checkWrite(String written, nnlang.lang.Source source) throws Refused {
        if (noWrites != null) throw new Refused(noWrites);
        Path target = check(written, source);
        for (Path root : allowed) if (target.startsWith(realPath(root))) return target;
        if (isExecutable(target)) {
            throw new Refused("'" + written + "' is an executable file; a script does not overwrite programs"
                    + " (run with --allow-write DIR to allow it)");
        }
        return target;
    }

    /** True when a checked path lies in a folder the user allowed with --allow-write (or the API's allowWrite). */
    public boolean inAllowedFolder(Path target) {
        for (Path root : allowed) if (target.startsWith(realPath(root))) return true;
        return false;
    }

    /** A regular file with any of its execute bits set. */
    static boolean isExecutable(Path p) {
        try {
            if (!Files.isRegularFile(p) || !Files.getFileStore(p).supportsFileAttributeView("posix")) return false;
            var perms = Files.getPosixFilePermissions(p);
            return perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE)
                    || perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE)
                    || perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException e) {
            return false;
        }
    }

    /** A new file gets rw-r--r-- (temporary files start private); a replaced one keeps its own. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) return;
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * The temporary files being written in this process: if it is stopped (Ctrl-C, SIGTERM) while
     * one is half written, the shutdown hook deletes it, so no hidden file is left behind.
     */
    private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicBoolean HOOKED = new java.util.concurrent.atomic.AtomicBoolean();

    private static void cleanUpAtExit() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path p : IN_FLIGHT) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // the process is ending; nothing more can be done
                    }
                }
            }, "nnlang-temporary-files"));
        }
    }

    /** A temporary file of ours this many minutes old is left from a process that was killed (kill -9, power off). */
    public static final int STALE_MINUTES = 10;

    /**
     * Deletes the temporary files of earlier writes of this target that a killed process left
     * (named as writeAtomically names them: .NAME.DIGITS.tmp) once they are older than STALE_MINUTES, so
     * that a write in progress elsewhere is never touched.
     */
    static void sweepStale(Path folder, Path target) {
        String prefix = "." + target.getFileName() + ".";
        long cutoff = System.currentTimeMillis() - STALE_MINUTES * 60_000L;
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String n = p.getFileName().toString();
                if (!n.startsWith(prefix) || !n.endsWith(".tmp")) continue;
                String middle = n.substring(prefix.length(), n.length() - ".tmp".length());
                if (middle.isEmpty() || !middle.chars().allMatch(Character::isDigit)) continue;
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p,
                        java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.lastModifiedTime().toMillis() < cutoff) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a sweep that fails leaves what it found: the write itself goes on
        }
    }

    /** Writes all bytes to a temporary file beside the target, then renames it over the target. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) Files.createDirectories(folder);
        if (folder != null) sweepStale(folder, target);
        cleanUpAtExit();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        IN_FLIGHT.add(temp);
        try {
            Files.write(temp, bytes);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
            IN_FLIGHT.remove(temp);
        }
    }
}
