package dev.xacct.policy.simulate;

import dev.xacct.policy.Decision;
import dev.xacct.policy.PolicyEngine;
import java.nio.file.Path;

/** {@code policy simulate}: a request file in, a decision out. */
public final class PolicySimulator {
    private PolicySimulator() {}

    /** Reads and decides one {@code xacct.policy-request/v1} file; bad input throws InputFormatException. */
    public static Decision simulate(Path file) {
        return simulate(PolicyRequestReader.read(file));
    }

    public static Decision simulate(PolicyRequest request) {
        return PolicyEngine.decide(request.policies(), request.context(), request.resourceAccount());
    }
}
