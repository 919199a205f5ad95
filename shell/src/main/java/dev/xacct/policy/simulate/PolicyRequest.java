package dev.xacct.policy.simulate;

import dev.xacct.policy.PolicySet;
import dev.xacct.policy.RequestContext;

/** A {@code xacct.policy-request/v1}: one request and the policies that apply to it. */
public record PolicyRequest(RequestContext context, String resourceAccount, PolicySet policies) {
    public static final String SCHEMA = "xacct.policy-request/v1";
}
