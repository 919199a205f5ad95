package dev.xacct.s3.authz;

import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyEvaluator.Kind;
import dev.xacct.policy.PolicyLayer;
import dev.xacct.s3.evidence.CallerEvidence;
import dev.xacct.s3.evidence.Fact;
import java.util.List;

/** Every policy layer of the evidence, evaluated once against the request. */
record CallerLayers(
        LayerOutcome scp,
        LayerOutcome vpce,
        LayerOutcome identity,
        LayerOutcome boundary,
        LayerOutcome session,
        LayerOutcome bucketPolicy,
        LayerOutcome accessPointPolicy,
        LayerView bucketPolicyView,
        LayerView accessPointView) {

    static CallerLayers of(Situation s) {
        CallerEvidence c = s.ev().caller();
        boolean iamPrincipal = !s.caller().isAnonymous() && !s.caller().isService();
        LayerOutcome scp = iamPrincipal
                ? LayerOutcome.chain(
                        PolicyLayer.SCP,
                        c.serviceControlPolicies(),
                        "caller.serviceControlPolicies",
                        "scp",
                        s.identity(),
                        Kind.IDENTITY,
                        false)
                : LayerOutcome.absent("caller.serviceControlPolicies");
        LayerOutcome vpce = LayerOutcome.list(
                PolicyLayer.VPC_ENDPOINT,
                c.vpcEndpointPolicy().map(List::of),
                "caller.vpcEndpointPolicy",
                "vpce",
                s.identity(),
                Kind.RESOURCE,
                true);
        LayerOutcome identity = iamPrincipal
                ? LayerOutcome.list(
                        PolicyLayer.IDENTITY,
                        c.identityPolicies(),
                        "caller.identityPolicies",
                        "identity",
                        s.identity(),
                        Kind.IDENTITY,
                        false)
                : LayerOutcome.absent("caller.identityPolicies");
        LayerOutcome boundary = LayerOutcome.list(
                PolicyLayer.BOUNDARY,
                c.permissionsBoundary().map(List::of),
                "caller.permissionsBoundary",
                "boundary",
                s.identity(),
                Kind.IDENTITY,
                true);
        LayerOutcome session = LayerOutcome.list(
                PolicyLayer.SESSION,
                c.sessionPolicy().map(List::of),
                "caller.sessionPolicy",
                "session",
                s.identity(),
                Kind.IDENTITY,
                true);
        Fact<PolicyDocument> bp = s.ev().bucket().policy();
        Fact<PolicyDocument> ap = s.viaAccessPoint() ? s.ev().bucket().accessPointPolicy() : Fact.absent();
        return new CallerLayers(
                scp,
                vpce,
                identity,
                boundary,
                session,
                LayerOutcome.single(
                        PolicyLayer.RESOURCE, bp, "bucket.policy", "bucket-policy", s.bucket(), Kind.RESOURCE),
                LayerOutcome.single(
                        PolicyLayer.RESOURCE,
                        ap,
                        "bucket.accessPointPolicy",
                        "access-point-policy",
                        s.accessPoint() == null ? s.bucket() : s.accessPoint(),
                        Kind.RESOURCE),
                LayerView.of(bp, "bucket.policy", "bucket-policy", s.bucket(), Kind.RESOURCE),
                LayerView.of(
                        ap,
                        "bucket.accessPointPolicy",
                        "access-point-policy",
                        s.accessPoint() == null ? s.bucket() : s.accessPoint(),
                        Kind.RESOURCE));
    }
}
