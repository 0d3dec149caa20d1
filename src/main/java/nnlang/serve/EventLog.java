package nnlang.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of one run of a page, in order, for its event stream to follow: appended by the run,
 * read by index, so a stream that connects late or reconnects misses nothing. Closed when the run
 * is over; at most {@link #MAX} events are kept (a script of many long trainings drops its oldest frames).
 */
final class EventLog {
    static final int MAX = 4000;

    record Event(int id, String type, String data) {}

    private final List<Event> events = new ArrayList<>();
    private int dropped;
    private boolean closed;

    synchronized void add(String type, String data) {
        if (closed) return;
        events.add(new Event(dropped + events.size(), type, data));
        if (events.size() > MAX) {
            events.remove(0);
            dropped++;
        }
        notifyAll();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /**
     * The event numbered {@code id} (or the oldest kept, if it was dropped); waits up to
     * {@code millis} for it; null when none came in that time, or when the log is closed and read to its end.
     */
    synchronized Event next(int id, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (id >= dropped + events.size() && !closed) {
            long left = (until - System.nanoTime()) / 1_000_000L;
            if (left <= 0) return null;
            wait(left);
        }
        if (id >= dropped + events.size()) return null;
        return events.get(Math.max(0, id - dropped));
    }

    synchronized boolean isClosed() { return closed; }

    /** True when the log is closed and has no event numbered {@code id} or later. */
    synchronized boolean endsBefore(int id) { return closed && id >= dropped + events.size(); }
}
