package dev.xacct.s3.authz;

import dev.xacct.policy.PolicyEvaluator.Kind;
import dev.xacct.policy.PolicyLayer;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.BucketEvidence;
import dev.xacct.s3.evidence.CallerEvidence;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.PublicAccessBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Spec §1 step 2: an explicit Deny anywhere wins, checked in the spec's order — SCPs, RCPs,
 * VPC endpoint policy, identity policies, permissions boundary, session policy, bucket and
 * access point policy, then Block Public Access (RestrictPublicBuckets, BlockPublicAcls).
 */
final class ExplicitDenyChecks {
    private ExplicitDenyChecks() {}

    static List<Finding> run(Situation s, CallerLayers layers) {
        List<Finding> out = new ArrayList<>();
        CallerEvidence c = s.ev().caller();
        BucketEvidence b = s.ev().bucket();
        out.add(deny(
                "scp-deny",
                "Organizations ListPoliciesForTarget/DescribePolicy (SCP)",
                layers.scp(),
                s,
                DeniedBy.SCP,
                RootCause.SCP_DENY,
                "the caller's account is in no organization"));
        if (b.ownerIsManagementAccount()) {
            out.add(Finding.skip(
                    "rcp-deny", "Organizations (RCP)", "RCPs do not apply to the management account's buckets"));
        } else if (s.caller().isService()) {
            out.add(Finding.skip("rcp-deny", "Organizations (RCP)", "RCPs do not restrict AWS service principals"));
        } else {
            out.add(deny(
                    "rcp-deny",
                    "Organizations ListPoliciesForTarget/DescribePolicy (RCP)",
                    LayerOutcome.chain(
                            PolicyLayer.RCP,
                            b.resourceControlPolicies(),
                            "bucket.resourceControlPolicies",
                            "rcp",
                            s.bucket(),
                            Kind.RESOURCE,
                            true),
                    s,
                    DeniedBy.RCP,
                    RootCause.RCP_DENY,
                    "the bucket's account is in no organization"));
        }
        out.add(deny(
                "vpce-deny",
                "EC2 DescribeVpcEndpoints PolicyDocument",
                layers.vpce(),
                s,
                DeniedBy.VPC_ENDPOINT_POLICY,
                RootCause.VPCE_POLICY_DENY,
                "the request does not go through a VPC endpoint"));
        out.add(deny(
                "identity-deny",
                "IAM identity policies",
                layers.identity(),
                s,
                DeniedBy.IDENTITY_POLICY,
                RootCause.IDENTITY_POLICY_DENY,
                "the caller has no identity policies"));
        out.add(deny(
                "boundary-deny",
                "IAM GetRole PermissionsBoundary",
                layers.boundary(),
                s,
                DeniedBy.PERMISSIONS_BOUNDARY,
                RootCause.BOUNDARY_DENY,
                "no permissions boundary"));
        out.add(deny(
                "session-deny",
                "STS AssumeRole session policy",
                layers.session(),
                s,
                DeniedBy.SESSION_POLICY,
                RootCause.SESSION_POLICY_DENY,
                "no session policy"));
        out.add(deny(
                "bucket-policy-deny",
                "GetBucketPolicy",
                layers.bucketPolicy(),
                s,
                DeniedBy.RESOURCE_POLICY,
                RootCause.BUCKET_POLICY_DENY,
                "the bucket has no policy"));
        if (s.viaAccessPoint()) {
            out.add(deny(
                    "access-point-policy-deny",
                    "GetAccessPointPolicy",
                    layers.accessPointPolicy(),
                    s,
                    DeniedBy.RESOURCE_POLICY,
                    RootCause.BUCKET_POLICY_DENY,
                    "the access point has no policy"));
        }
        out.add(restrictPublicBuckets(s));
        out.add(blockPublicAcls(s));
        return out;
    }

    private static Finding deny(
            String id, String evidence, LayerOutcome l, Situation s, DeniedBy by, RootCause cause, String absentText) {
        if (!l.applies()) return Finding.skip(id, evidence, absentText);
        if (l.deny() == Tri.TRUE) {
            return Finding.fail(
                    id, evidence, "explicit Deny in " + l.denyingStatements(s.names()), Denial.explicit(by, cause));
        }
        if (l.deny() == Tri.UNKNOWN) {
            return Finding.unknown(
                    id,
                    evidence,
                    l.unknownFacts().contains(l.fact())
                            ? l.fact() + " could not be read; it may hold a Deny"
                            : "a Deny depends on " + String.join(", ", l.unknownFacts()),
                    l.unknownFacts().stream().map(f -> ResolveBy.fact(f, s)).toList());
        }
        return Finding.pass(id, evidence, "no Deny applies");
    }

    /**
     * RestrictPublicBuckets: a bucket whose policy is public refuses every principal outside
     * the bucket owner's account, except AWS service principals (spec §1 step 2). When
     * {@code policyIsPublic} was not read, the engine judges the policy itself.
     */
    private static Finding restrictPublicBuckets(Situation s) {
        String id = "restrict-public-buckets";
        String ev = "GetPublicAccessBlock, GetBucketPolicyStatus";
        if (s.caller().isService()) return Finding.skip(id, ev, "AWS service principals are exempt");
        if (s.sameAccount() == Tri.TRUE) return Finding.skip(id, ev, "the caller is in the bucket owner's account");
        Fact<PublicAccessBlock> bpa = s.ev().bucket().publicAccessBlock();
        Tri restrict = bpa.isUnknown()
                ? Tri.UNKNOWN
                : Tri.of(bpa.orElse(PublicAccessBlock.NONE).restrictPublicBuckets());
        Tri isPublic = PolicyPublicity.of(s);
        Tri denies = restrict.and(isPublic).and(s.sameAccount().not());
        List<UnknownFact> unknowns = new ArrayList<>();
        if (restrict == Tri.UNKNOWN) unknowns.add(ResolveBy.fact("bucket.publicAccessBlock", s));
        if (isPublic == Tri.UNKNOWN) unknowns.add(ResolveBy.fact("bucket.policyIsPublic", s));
        return switch (denies) {
            case TRUE ->
                Finding.fail(
                        id,
                        ev,
                        "RestrictPublicBuckets is on and the bucket policy is public, so only the owner's account"
                                + " and AWS services may use the bucket",
                        Denial.explicit(DeniedBy.BLOCK_PUBLIC_ACCESS, RootCause.BPA_RESTRICT_PUBLIC_BUCKETS));
            case UNKNOWN -> Finding.unknown(id, ev, "RestrictPublicBuckets may refuse the caller", unknowns);
            case FALSE ->
                Finding.pass(
                        id,
                        ev,
                        restrict == Tri.FALSE ? "RestrictPublicBuckets is off" : "the bucket policy is not public");
        };
    }

    /** BlockPublicAcls: a write carrying a public ACL (canned or x-amz-grant-* to AllUsers/AuthenticatedUsers). */
    private static Finding blockPublicAcls(Situation s) {
        String id = "block-public-acls";
        String ev = "GetPublicAccessBlock";
        if (!s.op().carriesAcl() || !PublicAcl.inRequest(s.ev().request().headers())) {
            return Finding.skip(id, "request headers", "the request carries no public ACL");
        }
        Fact<PublicAccessBlock> bpa = s.ev().bucket().publicAccessBlock();
        if (bpa.isUnknown()) {
            return Finding.unknown(
                    id,
                    ev,
                    "the request carries a public ACL and Block Public Access is unknown",
                    List.of(ResolveBy.fact("bucket.publicAccessBlock", s)));
        }
        if (bpa.orElse(PublicAccessBlock.NONE).blockPublicAcls()) {
            return Finding.fail(
                    id,
                    ev,
                    "the request carries a public ACL and BlockPublicAcls is on",
                    Denial.explicit(DeniedBy.BLOCK_PUBLIC_ACCESS, RootCause.BPA_BLOCK_PUBLIC_ACLS));
        }
        return Finding.pass(id, ev, "BlockPublicAcls is off");
    }
}
