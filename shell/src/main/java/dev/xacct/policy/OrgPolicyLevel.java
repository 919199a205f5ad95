package dev.xacct.policy;

import java.util.List;

/** The SCPs or RCPs attached at one level of the organization tree (root, OU, account). */
public record OrgPolicyLevel(String target, List<PolicyDocument> policies) {
    public OrgPolicyLevel {
        policies = List.copyOf(policies);
    }
}
