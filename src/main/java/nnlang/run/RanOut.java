package nnlang.run;

/**
 * What to tell a person when the JVM runs out of something: memory, or threads. The JVM calls a
 * thread limit of the system (ulimit -u, a container's pids limit) an OutOfMemoryError too, but
 * "out of memory" then sends people looking in the wrong place.
 */
public final class RanOut {
    private RanOut() {}

    /** A short phrase for the error: "out of memory", "no thread could be started ...", "the input nests too deeply". */
    public static String describe(Error e) {
        if (e instanceof StackOverflowError) return "the input nests too deeply";
        String m = e.getMessage();
        if (m != null && m.contains("native thread")) {
            return "no new thread could be started (the system's limit on threads or processes is reached;"
                    + " --threads 1 needs none)";
        }
        return "out of memory";
    }
}
