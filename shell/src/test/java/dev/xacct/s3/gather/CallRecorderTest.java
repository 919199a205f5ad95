package dev.xacct.s3.gather;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The critical path is the longest chain of calls each of which needed the one before: a task
 * starts at the depth its submitter reached, and each call in it is one deeper.
 */
class CallRecorderTest {
    @Test
    void callsSideBySideAreOneRoundTripAndAChainIsAsLongAsItIs() throws Exception {
        CallRecorder r = new CallRecorder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Three reads side by side; then one that needs the first, then one that needs that one.
            CompletableFuture<Void> first = CompletableFuture.runAsync(r.wrap(() -> call(r, "ListRolePolicies")), pool);
            CompletableFuture.runAsync(r.wrap(() -> call(r, "GetBucketPolicy")), pool)
                    .get();
            CompletableFuture.runAsync(r.wrap(() -> call(r, "GetBucketAcl")), pool)
                    .get();
            CompletableFuture<Void> chain = first.thenCompose(v -> CompletableFuture.runAsync(
                    r.wrap(() -> {
                        call(r, "GetPolicy");
                        call(r, "GetPolicyVersion");
                    }),
                    pool));
            // the continuation runs on the thread that finished the first call: it starts one deep
            r.wrap(() -> {}).run();
            chain.get();
        } finally {
            pool.shutdown();
        }
        assertThat(r.count()).isEqualTo(5);
        assertThat(r.criticalPath()).isBetween(2, 3);
        assertThat(r.calls())
                .filteredOn(c -> c.operation().equals("GetBucketAcl"))
                .singleElement()
                .satisfies(c -> assertThat(c.depth()).isEqualTo(1));
        assertThat(r.calls())
                .filteredOn(c -> c.operation().equals("GetPolicyVersion"))
                .singleElement()
                .satisfies(c -> assertThat(c.depth()).isGreaterThan(1));
    }

    @Test
    void workWrappedWithTheRecorderMakesItCurrentOnlyMeanwhile() {
        CallRecorder r = new CallRecorder();
        CallRecorder[] seen = new CallRecorder[1];
        r.wrap(() -> seen[0] = CallRecorder.current()).run();
        assertThat(seen[0]).isSameAs(r);
        assertThat(CallRecorder.current()).isNull();
        assertThat(new CallRecorder().criticalPath()).isZero();
    }

    /** What the interceptor does around one AWS call. */
    private static void call(CallRecorder r, String operation) {
        int depth = CallRecorder.callStarts();
        CallRecorder.callEnded(depth);
        r.record(new CallRecorder.Call("svc", operation, 0, 0, depth));
    }
}
