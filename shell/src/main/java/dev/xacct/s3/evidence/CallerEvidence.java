package dev.xacct.s3.evidence;

import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import java.util.List;

/**
 * The caller and the policies on its side. {@code arn} is "anonymous" (with a null
 * account) for an unsigned request. An absent SCP chain means "in no organization".
 */
public record CallerEvidence(
        String arn,
        String account,
        Fact<String> orgId,
        Fact<List<PolicyDocument>> identityPolicies,
        Fact<PolicyDocument> permissionsBoundary,
        Fact<PolicyDocument> sessionPolicy,
        Fact<List<OrgPolicyLevel>> serviceControlPolicies,
        Fact<PolicyDocument> vpcEndpointPolicy) {

    public static Builder builder(String arn, String account) {
        return new Builder(arn, account);
    }

    /** Facts not set stay unknown: the gatherer sets exactly what it could read. */
    public static final class Builder {
        private final String arn;
        private final String account;
        private Fact<String> orgId = Fact.unknown();
        private Fact<List<PolicyDocument>> identityPolicies = Fact.unknown();
        private Fact<PolicyDocument> permissionsBoundary = Fact.unknown();
        private Fact<PolicyDocument> sessionPolicy = Fact.unknown();
        private Fact<List<OrgPolicyLevel>> serviceControlPolicies = Fact.unknown();
        private Fact<PolicyDocument> vpcEndpointPolicy = Fact.unknown();

        private Builder(String arn, String account) {
            this.arn = arn;
            this.account = account;
        }

        public Builder orgId(Fact<String> v) {
            orgId = v;
            return this;
        }

        public Builder identityPolicies(Fact<List<PolicyDocument>> v) {
            identityPolicies = v;
            return this;
        }

        public Builder permissionsBoundary(Fact<PolicyDocument> v) {
            permissionsBoundary = v;
            return this;
        }

        public Builder sessionPolicy(Fact<PolicyDocument> v) {
            sessionPolicy = v;
            return this;
        }

        public Builder serviceControlPolicies(Fact<List<OrgPolicyLevel>> v) {
            serviceControlPolicies = v;
            return this;
        }

        public Builder vpcEndpointPolicy(Fact<PolicyDocument> v) {
            vpcEndpointPolicy = v;
            return this;
        }

        public CallerEvidence build() {
            return new CallerEvidence(
                    arn,
                    account,
                    orgId,
                    identityPolicies,
                    permissionsBoundary,
                    sessionPolicy,
                    serviceControlPolicies,
                    vpcEndpointPolicy);
        }
    }
}
