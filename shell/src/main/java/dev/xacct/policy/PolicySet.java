package dev.xacct.policy;

import java.util.List;

/**
 * Every policy that applies to one request. {@code null} for a single policy, or for the
 * SCP/RCP chains, means that policy type does not apply (no organization, no boundary…).
 */
public record PolicySet(
        List<PolicyDocument> identityPolicies,
        PolicyDocument resourcePolicy,
        List<PolicyDocument> permissionsBoundaries,
        PolicyDocument sessionPolicy,
        List<OrgPolicyLevel> serviceControlPolicies,
        List<OrgPolicyLevel> resourceControlPolicies,
        List<PolicyDocument> vpcEndpointPolicies) {

    public PolicySet {
        identityPolicies = identityPolicies == null ? List.of() : List.copyOf(identityPolicies);
        permissionsBoundaries = permissionsBoundaries == null ? List.of() : List.copyOf(permissionsBoundaries);
        vpcEndpointPolicies = vpcEndpointPolicies == null ? List.of() : List.copyOf(vpcEndpointPolicies);
    }
}
