package dev.xacct.s3.gather;

import dev.xacct.s3.evidence.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one gathering runs its reads: on the pool, as every perspective or the first that can
 * (owner first), and with the round trips a value took carried to whoever waits for it, so
 * {@link CallRecorder} measures the critical path. What to read, and when, is
 * {@link EvidenceGatherer}'s.
 */
final class ReadSchedule {

    private final Executor ex;
    private final List<S3Reads> ownerFirst;
    private final Map<CompletableFuture<?>, int[]> produced = Collections.synchronizedMap(new IdentityHashMap<>());

    /** @param ownerFirst the perspectives' readers, the bucket owner's (if any) first */
    ReadSchedule(Executor ex, List<S3Reads> ownerFirst) {
        this.ex = ex;
        this.ownerFirst = ownerFirst;
    }

    Executor executor() {
        return ex;
    }

    /** One read as every perspective, in {@code ownerFirst} order. */
    <T> List<CompletableFuture<Fact<T>>> each(Function<S3Reads, Fact<T>> read) {
        return ownerFirst.stream().map(r -> async(() -> read.apply(r))).toList();
    }

    /**
     * One fact, owner first: a later perspective reads only when the earlier ones could not
     * (the caller is usually refused what the owner just read), so the same facts cost fewer calls.
     */
    <T> CompletableFuture<Fact<T>> firstKnown(Function<S3Reads, Fact<T>> read) {
        CompletableFuture<Fact<T>> earlier = null;
        List<CompletableFuture<Fact<T>>> all = new ArrayList<>();
        for (S3Reads r : ownerFirst) {
            CompletableFuture<Fact<T>> next = earlier == null
                    ? async(() -> read.apply(r))
                    : earlier.thenCompose(
                            f -> f.isUnknown() ? async(() -> read.apply(r)) : CompletableFuture.completedFuture(f));
            all.add(next);
            earlier = next;
        }
        return track(earlier.thenApply(last ->
                EvidenceInference.best(all.stream().map(ReadSchedule::await).toList())));
    }

    /** Work on the pool; the round trips its value took are taken on by the orchestrator when it joins it. */
    <T> CompletableFuture<T> async(Supplier<T> work) {
        return track(CompletableFuture.supplyAsync(work, ex));
    }

    /** The value, taking on the round trips it took (see {@link CallRecorder#atLeast}). */
    <T> T join(CompletableFuture<T> f) {
        T v = await(f);
        int[] depth = produced.get(f);
        if (depth != null) CallRecorder.atLeast(depth[0]);
        return v;
    }

    private <T> CompletableFuture<T> track(CompletableFuture<T> f) {
        int[] depth = new int[1];
        CompletableFuture<T> g = f.thenApply(v -> {
            depth[0] = CallRecorder.depth();
            return v;
        });
        produced.put(g, depth);
        return g;
    }

    /** {@link CompletableFuture#join()} that rethrows the read's own exception, not a CompletionException. */
    static <T> T await(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
