package dev.xacct.s3.gather;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The critical path is the longest chain of calls each started after the previous one answered. */
class CallRecorderTest {
    @Test
    void callsSideBySideAreOneRoundTripAndAChainIsAsLongAsItIs() {
        CallRecorder r = new CallRecorder();
        // Three reads at once, then one that needed the first, then one that needed that one.
        r.record(new CallRecorder.Call("S3", "GetBucketPolicy", 0, 10));
        r.record(new CallRecorder.Call("S3", "GetBucketAcl", 1, 12));
        r.record(new CallRecorder.Call("IAM", "ListRolePolicies", 2, 9));
        r.record(new CallRecorder.Call("IAM", "GetRolePolicy", 9, 20));
        r.record(new CallRecorder.Call("KMS", "GetKeyPolicy", 12, 15));
        r.record(new CallRecorder.Call("IAM", "GetPolicyVersion", 21, 30));
        assertThat(r.count()).isEqualTo(6);
        assertThat(r.criticalPath()).isEqualTo(3);
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
}
