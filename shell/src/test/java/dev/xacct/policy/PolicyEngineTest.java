package dev.xacct.policy;

import static dev.xacct.policy.Policies.ctx;
import static dev.xacct.policy.Policies.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The combination rules of AWS's evaluation logic, one layer at a time. */
class PolicyEngineTest {
    static final PolicyDocument ALLOW_ALL = doc("[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]");
    static final PolicyDocument ALLOW_GET = doc(
            "[{\"Sid\":\"Get\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]");
    static final PolicyDocument EC2_ONLY = doc("[{\"Effect\":\"Allow\",\"Action\":\"ec2:*\",\"Resource\":\"*\"}]");
    static final PolicyDocument DENY_S3 =
            doc("[{\"Sid\":\"NoS3\",\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]");
    static final PolicyDocument BUCKET_ALLOWS_B = doc(
            "[{\"Sid\":\"B\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::222222222222:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]");

    static final RequestContext B = ctx(Map.of());

    private static PolicySet set(List<PolicyDocument> identity, PolicyDocument resource) {
        return new PolicySet(identity, resource, null, null, null, null, null);
    }

    @Test
    void crossAccountNeedsBothSides() {
        assertThat(PolicyEngine.decide(set(List.of(ALLOW_GET), BUCKET_ALLOWS_B), B, "111111111111"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(PolicyEngine.decide(set(List.of(), BUCKET_ALLOWS_B), B, "111111111111"))
                .isEqualTo(new Decision.ImplicitlyDenied(PolicyLayer.IDENTITY, List.of()));
        assertThat(PolicyEngine.decide(set(List.of(ALLOW_GET), doc("[]")), B, "111111111111"))
                .isEqualTo(new Decision.ImplicitlyDenied(PolicyLayer.RESOURCE, List.of()));
    }

    @Test
    void sameAccountResourcePolicyNamingThePrincipalSuffices() {
        RequestContext dave = ctx("arn:aws:iam::111111111111:user/Dave", "s3:GetObject", "arn:aws:s3:::b/k", Map.of());
        PolicyDocument namesDave = doc(
                "[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:user/Dave\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]");
        PolicyDocument namesAccount = doc(
                "[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111111111111\"},\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]");
        assertThat(PolicyEngine.decide(set(List.of(), namesDave), dave, "111111111111"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(PolicyEngine.decide(set(List.of(), namesAccount), dave, "111111111111"))
                .as("a grant to the account needs the identity Allow")
                .isInstanceOf(Decision.ImplicitlyDenied.class);
    }

    @Test
    void explicitDenyWinsAndIsNamedInSpecOrder() {
        PolicySet s = new PolicySet(
                List.of(ALLOW_GET, DENY_S3),
                BUCKET_ALLOWS_B,
                List.of(DENY_S3),
                null,
                List.of(
                        new OrgPolicyLevel("r", List.of(ALLOW_ALL)),
                        new OrgPolicyLevel("ou", List.of(ALLOW_ALL, DENY_S3))),
                null,
                null);
        Decision d = PolicyEngine.decide(s, B, "111111111111");
        assertThat(d)
                .isEqualTo(new Decision.ExplicitlyDenied(
                        PolicyLayer.SCP, List.of(new MatchedStatement("scp[1][1]", "NoS3", 0))));
    }

    @Test
    void everyScpLevelMustAllow() {
        PolicySet s = new PolicySet(
                List.of(ALLOW_GET),
                BUCKET_ALLOWS_B,
                null,
                null,
                List.of(new OrgPolicyLevel("r", List.of(ALLOW_ALL)), new OrgPolicyLevel("ou", List.of(EC2_ONLY))),
                null,
                null);
        assertThat(PolicyEngine.decide(s, B, "111111111111"))
                .isEqualTo(new Decision.ImplicitlyDenied(PolicyLayer.SCP, List.of()));
    }

    @Test
    void rcpLevelsNeverDenyImplicitly() {
        // RCPFullAWSAccess is attached everywhere and cannot be detached: only RCP Denies count.
        PolicyDocument rcpDenyOther = doc(
                "[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEqualsIfExists\":{\"aws:PrincipalOrgID\":\"o-a\"}}}]");
        PolicySet denyOnly = new PolicySet(
                List.of(ALLOW_GET),
                BUCKET_ALLOWS_B,
                null,
                null,
                null,
                List.of(
                        new OrgPolicyLevel(
                                "r",
                                List.of(
                                        doc(
                                                "[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"ec2:*\",\"Resource\":\"*\"}]")))),
                null);
        assertThat(PolicyEngine.decide(denyOnly, B, "111111111111")).isInstanceOf(Decision.Allowed.class);
        PolicySet outside = new PolicySet(
                List.of(ALLOW_GET),
                BUCKET_ALLOWS_B,
                null,
                null,
                null,
                List.of(new OrgPolicyLevel("r", List.of(rcpDenyOther))),
                null);
        assertThat(PolicyEngine.decide(outside, B, "111111111111"))
                .isInstanceOf(Decision.ExplicitlyDenied.class)
                .extracting(d -> ((Decision.ExplicitlyDenied) d).deniedBy())
                .isEqualTo(PolicyLayer.RCP);
    }

    @Test
    void boundarySessionAndEndpointAreGates() {
        PolicySet boundary =
                new PolicySet(List.of(ALLOW_GET), BUCKET_ALLOWS_B, List.of(EC2_ONLY), null, null, null, null);
        assertThat(PolicyEngine.decide(boundary, B, "111111111111"))
                .isEqualTo(new Decision.ImplicitlyDenied(PolicyLayer.BOUNDARY, List.of()));
        PolicySet session = new PolicySet(List.of(ALLOW_GET), BUCKET_ALLOWS_B, null, EC2_ONLY, null, null, null);
        assertThat(PolicyEngine.decide(session, B, "111111111111"))
                .isEqualTo(new Decision.ImplicitlyDenied(PolicyLayer.SESSION, List.of()));
        PolicyDocument ownOnly = doc(
                "[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:ResourceAccount\":\"222222222222\"}}}]");
        PolicySet vpce = new PolicySet(List.of(ALLOW_GET), BUCKET_ALLOWS_B, null, null, null, null, List.of(ownOnly));
        assertThat(PolicyEngine.decide(vpce, B, "111111111111"))
                .isEqualTo(new Decision.ImplicitlyDenied(PolicyLayer.VPC_ENDPOINT, List.of()));
        PolicySet sessionDeny = new PolicySet(List.of(ALLOW_GET), BUCKET_ALLOWS_B, null, DENY_S3, null, null, null);
        assertThat(PolicyEngine.decide(sessionDeny, B, "111111111111")).isInstanceOf(Decision.ExplicitlyDenied.class);
    }

    @Test
    void anonymousCallersNeedAPublicGrant() {
        RequestContext anon = RequestContext.derive(
                Caller.anonymous(),
                "s3:GetObject",
                "arn:aws:s3:::b/k",
                ContextValue.of("111111111111"),
                ContextValue.ABSENT,
                ContextValue.ABSENT,
                Map.of());
        PolicyDocument pub = doc(
                "[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]");
        assertThat(PolicyEngine.decide(set(List.of(), pub), anon, "111111111111"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(PolicyEngine.decide(set(List.of(), BUCKET_ALLOWS_B), anon, "111111111111"))
                .isInstanceOf(Decision.ImplicitlyDenied.class);
    }

    @Test
    void unknownConditionKeyGivesUndeterminedUnlessADefiniteDenyDecides() {
        RequestContext c = ctx(Map.of("aws:SourceVpce", new ContextValue.Unknown("request.context.aws:SourceVpce")));
        PolicyDocument vpceDeny = doc(
                "[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}}]");
        assertThat(PolicyEngine.decide(
                        new PolicySet(List.of(ALLOW_GET), null, null, vpceDeny, null, null, null), c, "111111111111"))
                .isInstanceOf(Decision.Undetermined.class);
        assertThat(PolicyEngine.decide(
                        new PolicySet(List.of(ALLOW_GET, DENY_S3), null, null, null, null, null, null),
                        c,
                        "111111111111"))
                .isInstanceOf(Decision.ExplicitlyDenied.class);
    }
}
