package dev.xacct.s3.gather;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The AWS calls of one gathering, as {@link RecordingInterceptor} (an SDK ExecutionInterceptor)
 * saw them: how many, and the critical path — the longest chain of calls each of which started
 * only after the one before it had answered, i.e. the dependent round trips that set how long
 * gathering takes however fast the reads in between run side by side. Work the gatherer runs is
 * wrapped with {@link #wrap} so calls made on any of its threads are recorded here.
 */
public final class CallRecorder {
    private static final ThreadLocal<CallRecorder> CURRENT = new ThreadLocal<>();

    /** One call: service and operation, and when it started and ended (System.nanoTime). */
    public record Call(String service, String operation, long start, long end) {}

    private final List<Call> calls = new ArrayList<>();

    static CallRecorder current() {
        return CURRENT.get();
    }

    /** {@code work}, run with this recorder collecting the calls it makes. */
    public Runnable wrap(Runnable work) {
        return () -> {
            CallRecorder previous = CURRENT.get();
            CURRENT.set(this);
            try {
                work.run();
            } finally {
                CURRENT.set(previous);
            }
        };
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

    /** The number of calls on the longest chain where each starts after the previous one ended. */
    public synchronized int criticalPath() {
        List<Call> byStart = new ArrayList<>(calls);
        byStart.sort(Comparator.comparingLong(Call::start));
        int[] depth = new int[byStart.size()];
        int best = 0;
        for (int i = 0; i < byStart.size(); i++) {
            depth[i] = 1;
            for (int j = 0; j < i; j++) {
                if (byStart.get(j).end() <= byStart.get(i).start()) depth[i] = Math.max(depth[i], depth[j] + 1);
            }
            best = Math.max(best, depth[i]);
        }
        return best;
    }
}
