package dev.xacct.shell;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Ctrl-C reaches. Interrupting the command's thread is not enough: a thread blocked in a
 * socket read (an AWS call to an endpoint that does not answer) does not notice an interrupt. So
 * code that waits on something outside the JVM registers how to abort it (the HTTP client aborts
 * its in-flight request), and the console's signal handler runs every registered abort after
 * interrupting the thread. The command then unwinds as interrupted: Athena queries are stopped
 * on the way out ({@code StopQueryExecution}), files being written are left untouched.
 *
 * <p>Process-wide, as signals are. Thread-safe.
 */
public final class Interrupts {

    /** A registered abort; closing it removes it (the wait ended normally). */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static final Set<Runnable> ABORTS = ConcurrentHashMap.newKeySet();
    private static volatile boolean requested;

    private Interrupts() {}

    /** Registers {@code abort} to run on Ctrl-C until the registration is closed. */
    public static Registration onInterrupt(Runnable abort) {
        ABORTS.add(abort);
        return () -> ABORTS.remove(abort);
    }

    /**
     * Ctrl-C: marks the run as interrupted, interrupts {@code thread} (the one running the
     * command) and aborts every registered wait. Called from a signal handler's thread.
     */
    public static void interrupt(Thread thread) {
        requested = true;
        thread.interrupt();
        for (Runnable abort : ABORTS.toArray(Runnable[]::new)) {
            try {
                abort.run();
            } catch (RuntimeException e) {
                // an abort that fails leaves that wait to its own timeout; the others still run
            }
        }
    }

    /** Whether Ctrl-C came since the last {@link #clear}: the statement that ran is reported as interrupted. */
    public static boolean requested() {
        return requested;
    }

    /** Forgets an earlier Ctrl-C (before the next statement), and the thread's interrupt flag with it. */
    public static void clear() {
        requested = false;
        Thread.interrupted();
    }
}
