package nnlang.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Runs tasks 0..n-1 on a fixed pool of daemon threads that take the next index in turn until none
 * is left or a stop is asked for (one worker: in the calling thread); a task that throws stops the others and is rethrown. The task
 * stores its own result by index, so the outcome does not depend on the thread count.
 */
final class TaskPool {
    private TaskPool() {}

    /** Runs the tasks; returns when all ran, a stop was asked for, or the caller was interrupted. */
    static void run(int n, int threads, String name, IntConsumer task, BooleanSupplier stopping, Runnable stop) {
        int workers = Math.max(1, Math.min(threads, n));
        if (workers == 1) {
            // one worker is the caller itself: no thread to start (a system at its thread limit
            // can still run with --threads 1), the same tasks in the same order
            try {
                for (int i = 0; i < n && !stopping.getAsBoolean(); i++) task.accept(i);
            } catch (RuntimeException | Error e) {
                stop.run();
                throw e;
            }
            return;
        }
        AtomicInteger next = new AtomicInteger(), names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, name + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int k = 0; k < workers; k++) {
                futures.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < n && !stopping.getAsBoolean();
                             i = next.getAndIncrement()) {
                            task.accept(i);
                        }
                    } catch (RuntimeException | Error e) {
                        stop.run(); // the other workers stop too
                        throw e;
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (ExecutionException e) {
            stop.run();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            stop.run(); // the caller is interrupted: report what completed
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }
}
