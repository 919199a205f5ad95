package dev.xacct.s3.gather;

import java.util.ArrayList;
import java.util.List;

/**
 * The AWS calls of one gathering, as {@link RecordingInterceptor} (an SDK ExecutionInterceptor)
 * saw them: how many, and the critical path — the number of dependent round trips, i.e. the
 * longest chain of calls each of which needed the answer of the one before. Dependency is
 * tracked, not guessed from timestamps (on a busy machine calls that need nothing may still
 * start late): every task the gatherer runs is wrapped with {@link #wrap}, which hands the task
 * the depth its submitter had reached; a call is one deeper than its task so far, and a task
 * that consumes another's result takes on that depth ({@link #atLeast}).
 */
public final class CallRecorder {
    private static final ThreadLocal<CallRecorder> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** One call: service, operation, when it started and ended (System.nanoTime), and its round trip. */
    public record Call(String service, String operation, long start, long end, int depth) {}

    private final List<Call> calls = new ArrayList<>();

    static CallRecorder current() {
        return CURRENT.get();
    }

    /** {@code work}, run with this recorder collecting its calls, starting at the submitter's depth. */
    public Runnable wrap(Runnable work) {
        int start = DEPTH.get()[0];
        return () -> {
            CallRecorder previous = CURRENT.get();
            int[] previousDepth = DEPTH.get();
            CURRENT.set(this);
            DEPTH.set(new int[] {start});
            try {
                work.run();
            } finally {
                CURRENT.set(previous);
                DEPTH.set(previousDepth);
            }
        };
    }

    /** The round trips the current task has gone through so far. */
    static int depth() {
        return DEPTH.get()[0];
    }

    /** The current task has consumed a result produced {@code depth} round trips deep. */
    static void atLeast(int depth) {
        int[] d = DEPTH.get();
        d[0] = Math.max(d[0], depth);
    }

    /** A call starts: one round trip deeper than the task so far. */
    static int callStarts() {
        return DEPTH.get()[0] + 1;
    }

    /** A call ended: the task is now at least that deep. */
    static void callEnded(int depth) {
        atLeast(depth);
    }

    synchronized void record(Call call) {
        calls.add(call);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized int count() {
        return calls.size();
    }

    /** The deepest call: the number of dependent round trips. */
    public synchronized int criticalPath() {
        return calls.stream().mapToInt(Call::depth).max().orElse(0);
    }
}
