package nnlang.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nnlang.lang.Source;
import nnlang.run.FileAccess;

/**
 * The pages open on a server, by the id each page chose, each with at most one run: a new run of a
 * page stops its old one. At most {@link #MAX_PAGES} pages; a new page takes the place of the
 * page whose run ended longest ago, and is refused when every page is running.
 */
final class Pages {
    static final int MAX_PAGES = 16;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** What the page asked for cannot be done now (every page running). */
    static final class Busy extends Exception {
        Busy(String message) { super(message, null, false, false); }
    }

    private final Map<String, PageRun> runs = new LinkedHashMap<>();
    private final FileAccess files;
    private final int threads;
    /** How long a run may last, paused time included (nn serve --timeout); 0: as long as it takes. */
    private final long limitNanos;
    private int nextRun = 1;

    Pages(FileAccess files, int threads, long limitNanos) {
        this.files = files;
        this.threads = threads;
        this.limitNanos = limitNanos;
    }

    /** Starts {@code source} as the page's run, after stopping the run it had. */
    PageRun start(String page, Source source, long pauseAt) throws Busy {
        PageRun old;
        synchronized (this) {
            old = runs.get(page);
        }
        if (old != null) old.stop(10_000);
        synchronized (this) {
            runs.remove(page);
            if (runs.size() >= MAX_PAGES) {
                String idle = null;
                for (Map.Entry<String, PageRun> e : runs.entrySet()) {
                    if (e.getValue().isOver()) {
                        idle = e.getKey();
                        break;
                    }
                }
                if (idle == null) throw new Busy("all " + MAX_PAGES + " pages are running a script; stop one first");
                runs.remove(idle);
            }
            PageRun run = new PageRun(nextRun++, source, files.forScript(source), threads, pauseAt, limitNanos);
            runs.put(page, run);
            run.start();
            return run;
        }
    }

    synchronized PageRun get(String page) { return runs.get(page); }

    /** Stops every run (the server is stopping). */
    void stopAll() {
        PageRun[] all;
        synchronized (this) {
            all = runs.values().toArray(new PageRun[0]);
        }
        for (PageRun r : all) r.stop(5_000);
    }
}
