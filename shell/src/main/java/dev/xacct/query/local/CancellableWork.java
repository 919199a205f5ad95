package dev.xacct.query.local;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs blocking DuckDB work (a fetch, a cache build) on a worker thread while the calling thread
 * waits interruptibly. A thread inside DuckDB's native code does not see {@link
 * Thread#interrupt()}; the waiting caller does, and then asks DuckDB to stop (statement cancel,
 * which interrupts the connection). So Ctrl-C, which interrupts the shell thread, returns the
 * prompt at once even while an operator is mid-scan, and DuckDB stops soon after.
 */
final class CancellableWork {

    /** How long an interrupted caller waits for the cancelled work to wind down before it returns anyway. */
    static final Duration GRACE = Duration.ofMillis(300);

    private final ExecutorService workers;

    CancellableWork(ExecutorService workers) {
        this.workers = workers;
    }

    /** What the work throws besides an unchecked exception: DuckDB's {@link java.sql.SQLException}, I/O. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    /**
     * Runs {@code work} and returns its result, rethrowing what it throws. When the calling thread
     * is interrupted while waiting, runs {@code cancel}, waits at most {@link #GRACE} for the work
     * to end, and throws {@link InterruptedException}; the work may still be winding down then, and
     * must clean up after itself.
     */
    <T> T run(Work<T> work, Runnable cancel) throws Exception {
        Callable<T> task = work::call;
        Future<T> future = workers.submit(task);
        try {
            return future.get();
        } catch (InterruptedException e) {
            cancel.run();
            try {
                future.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException ignored) {
                // cancelled work fails or is still stopping: either way the caller leaves now
            }
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
    }
}
