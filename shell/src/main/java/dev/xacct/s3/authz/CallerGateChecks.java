package dev.xacct.s3.authz;

import dev.xacct.policy.Tri;
import java.util.List;

/**
 * Spec §1 step 3: caller-side gates must each allow — every SCP level, the permissions
 * boundary, the session policy, the VPC endpoint policy. (RCP levels always allow: AWS
 * attaches RCPFullAWSAccess everywhere and it cannot be detached, so only an RCP Deny counts.)
 */
final class CallerGateChecks {
    private CallerGateChecks() {}

    static List<Finding> run(Situation s, CallerLayers l) {
        return List.of(
                gate(
                        "scp-allow",
                        "Organizations ListPoliciesForTarget/DescribePolicy (SCP)",
                        l.scp(),
                        s,
                        DeniedBy.SCP,
                        RootCause.SCP_NO_ALLOW,
                        "every SCP level allows " + s.op().action()),
                gate(
                        "boundary-allow",
                        "IAM GetRole PermissionsBoundary",
                        l.boundary(),
                        s,
                        DeniedBy.PERMISSIONS_BOUNDARY,
                        RootCause.BOUNDARY_NO_ALLOW,
                        "the permissions boundary allows " + s.op().action()),
                gate(
                        "session-allow",
                        "STS AssumeRole session policy",
                        l.session(),
                        s,
                        DeniedBy.SESSION_POLICY,
                        RootCause.SESSION_POLICY_NO_ALLOW,
                        "the session policy allows " + s.op().action()),
                gate(
                        "vpce-allow",
                        "EC2 DescribeVpcEndpoints PolicyDocument",
                        l.vpce(),
                        s,
                        DeniedBy.VPC_ENDPOINT_POLICY,
                        RootCause.VPCE_POLICY_NO_ALLOW,
                        "the VPC endpoint policy allows " + s.op().action()));
    }

    private static Finding gate(
            String id, String evidence, LayerOutcome o, Situation s, DeniedBy by, RootCause cause, String passText) {
        if (!o.applies()) return Finding.skip(id, evidence, "does not apply");
        if (o.allow() == Tri.TRUE) return Finding.pass(id, evidence, passText);
        if (o.allow() == Tri.UNKNOWN) {
            return Finding.unknown(
                    id,
                    evidence,
                    "whether it allows depends on " + String.join(", ", o.unknownFacts()),
                    o.unknownFacts().stream().map(f -> ResolveBy.fact(f, s)).toList());
        }
        return Finding.fail(
                id,
                evidence,
                "no statement allows " + s.op().action() + " on " + s.identity().resource(),
                Denial.implicit(by, cause));
    }
}
