package dev.xacct.s3.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyParser;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.BucketEvidence;
import dev.xacct.s3.evidence.CallerEvidence;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.Grant;
import dev.xacct.s3.evidence.Grantee;
import dev.xacct.s3.evidence.ObjectEvidence;
import dev.xacct.s3.evidence.ObjectOwnership;
import dev.xacct.s3.evidence.PublicAccessBlock;
import dev.xacct.s3.evidence.S3Evidence;
import dev.xacct.s3.evidence.S3Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engine behaviour the scenarios do not pin down, on evidence built the way the live gatherer will build it. */
class AuthorizationEngineTest {
    static final String A = "111111111111", B = "222222222222";
    static final String A_ID = "a".repeat(64), B_ID = "b".repeat(64), C_ID = "c".repeat(64);
    static final String ROLE = "arn:aws:sts::" + B + ":assumed-role/Reader/s";

    static PolicyDocument policy(String statements) {
        return PolicyParser.parse("{\"Version\":\"2012-10-17\",\"Statement\":" + statements + "}", "test");
    }

    static final PolicyDocument B_READS = policy(
            "[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"]}]");
    static final PolicyDocument BUCKET_NAMES_B = policy(
            "[{\"Sid\":\"B\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + B
                    + ":root\"},\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::b\",\"arn:aws:s3:::b/*\"]}]");
    static final PolicyDocument PUBLIC_READ = policy(
            "[{\"Sid\":\"Pub\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/public/*\"}]");

    static CallerEvidence.Builder caller(String arn, String account) {
        return CallerEvidence.builder(arn, account)
                .orgId(Fact.absent())
                .identityPolicies(Fact.known(List.of(B_READS)))
                .permissionsBoundary(Fact.absent())
                .sessionPolicy(Fact.absent())
                .serviceControlPolicies(Fact.absent())
                .vpcEndpointPolicy(Fact.absent());
    }

    static BucketEvidence.Builder bucket(PolicyDocument policy) {
        return BucketEvidence.builder(A)
                .ownerCanonicalId(Fact.known(A_ID))
                .orgId(Fact.absent())
                .objectOwnership(Fact.known(ObjectOwnership.ObjectWriter))
                .policy(Fact.known(policy))
                .policyIsPublic(Fact.known(false))
                .acl(Fact.known(new Acl(List.of(new Grant(Grantee.canonicalUser(A_ID), "FULL_CONTROL")))))
                .publicAccessBlock(Fact.known(PublicAccessBlock.ALL))
                .requesterPays(Fact.known(false))
                .resourceControlPolicies(Fact.absent())
                .blockedEncryptionTypes(Fact.known(List.of()));
    }

    static ObjectEvidence object(Fact<String> owner, Grant... grants) {
        return new ObjectEvidence(
                Fact.known(true),
                owner,
                Fact.known(new Acl(List.of(grants))),
                Fact.known(new Encryption("SSE-S3", null)));
    }

    static S3Evidence evidence(CallerEvidence c, BucketEvidence b, ObjectEvidence o) {
        return new S3Evidence(
                S3Request.builder("GetObject", "b").key("public/k").build(),
                c,
                b,
                Fact.known(o),
                Fact.absent(),
                Map.of(A_ID, A, B_ID, B, C_ID, "333333333333"),
                null);
    }

    private final AuthorizationEngine engine = new AuthorizationEngine();

    @Test
    void unknownOwnerIsEvaluatedEveryWayAndDecidesWhenAllAgree() {
        // The ACL grants B READ and the bucket policy names B: whoever owns the object, B may read it.
        ObjectEvidence o = object(Fact.unknown(), new Grant(Grantee.canonicalUser(B_ID), "READ"));
        Diagnosis d = engine.diagnose(
                evidence(caller(ROLE, B).build(), bucket(BUCKET_NAMES_B).build(), o));
        assertThat(d.verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(d.unknowns()).isEmpty();
    }

    @Test
    void unknownOwnerThatDecidesGivesUndeterminedAndSaysHowToLearnIt() {
        ObjectEvidence o = object(Fact.unknown(), new Grant(Grantee.canonicalUser(C_ID), "FULL_CONTROL"));
        Diagnosis d = engine.diagnose(
                evidence(caller(ROLE, B).build(), bucket(BUCKET_NAMES_B).build(), o));
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.rootCause()).isEqualTo(RootCause.UNKNOWN);
        assertThat(d.deniedBy()).isNull();
        assertThat(d.unknowns()).extracting(UnknownFact::fact).contains("object.ownerCanonicalId");
        assertThat(d.unknowns().get(0).resolveBy()).contains("--fetch-owner").contains("--owner");
    }

    @Test
    void restrictPublicBucketsJudgesThePolicyWhenItsStatusWasNotRead() {
        PolicyDocument both =
                policy("[" + BUCKET_NAMES_B.source().get("Statement").get(0) + ","
                        + PUBLIC_READ.source().get("Statement").get(0) + "]");
        ObjectEvidence o = object(Fact.known(A_ID));
        Diagnosis d = engine.diagnose(evidence(
                caller(ROLE, B).build(),
                bucket(both).policyIsPublic(Fact.unknown()).build(),
                o));
        assertThat(d.verdict()).isEqualTo(Verdict.EXPLICIT_DENY);
        assertThat(d.rootCause()).isEqualTo(RootCause.BPA_RESTRICT_PUBLIC_BUCKETS);
        Diagnosis named = engine.diagnose(evidence(
                caller(ROLE, B).build(),
                bucket(BUCKET_NAMES_B).policyIsPublic(Fact.unknown()).build(),
                o));
        assertThat(named.verdict()).isEqualTo(Verdict.ALLOWED);
        Diagnosis unreadable = engine.diagnose(evidence(
                caller(ROLE, B).build(),
                bucket(BUCKET_NAMES_B)
                        .policyIsPublic(Fact.unknown())
                        .policy(Fact.unknown())
                        .build(),
                o));
        assertThat(unreadable.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(unreadable.unknowns()).extracting(UnknownFact::fact).contains("bucket.policy");
    }

    @Test
    void severalDenialsNameTheFirstInSpecOrderAndListTheOthers() {
        PolicyDocument scpDeny =
                policy("[{\"Sid\":\"NoS3\",\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]");
        PolicyDocument allowAll = policy("[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]");
        PolicyDocument bucketDeny = policy(
                "[{\"Sid\":\"Nope\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]");
        CallerEvidence c = caller(ROLE, B)
                .orgId(Fact.known("o-b"))
                .serviceControlPolicies(Fact.known(List.of(new OrgPolicyLevel("r", List.of(allowAll, scpDeny)))))
                .build();
        Diagnosis d = engine.diagnose(evidence(c, bucket(bucketDeny).build(), object(Fact.known(C_ID))));
        assertThat(d.deniedBy()).isEqualTo(DeniedBy.SCP);
        assertThat(d.rootCause()).isEqualTo(RootCause.SCP_DENY);
        assertThat(d.checks())
                .filteredOn(ch -> ch.status() == CheckStatus.FAIL)
                .extracting(Check::id)
                .containsSubsequence("scp-deny", "bucket-policy-deny", "object-acl");
    }

    @Test
    void anonymousCallersAreReachedOnlyByPublicGrants() {
        CallerEvidence anon = CallerEvidence.builder("anonymous", null)
                .identityPolicies(Fact.absent())
                .orgId(Fact.absent())
                .permissionsBoundary(Fact.absent())
                .sessionPolicy(Fact.absent())
                .serviceControlPolicies(Fact.absent())
                .vpcEndpointPolicy(Fact.absent())
                .build();
        BucketEvidence open = bucket(PUBLIC_READ)
                .policyIsPublic(Fact.known(true))
                .publicAccessBlock(Fact.known(PublicAccessBlock.NONE))
                .build();
        assertThat(engine.diagnose(evidence(anon, open, object(Fact.known(A_ID))))
                        .verdict())
                .isEqualTo(Verdict.ALLOWED);
        BucketEvidence restricted =
                bucket(PUBLIC_READ).policyIsPublic(Fact.known(true)).build();
        assertThat(engine.diagnose(evidence(anon, restricted, object(Fact.known(A_ID))))
                        .rootCause())
                .isEqualTo(RootCause.BPA_RESTRICT_PUBLIC_BUCKETS);
        BucketEvidence named = bucket(BUCKET_NAMES_B).build();
        assertThat(engine.diagnose(evidence(anon, named, object(Fact.known(A_ID))))
                        .rootCause())
                .isEqualTo(RootCause.NO_BUCKET_POLICY_ALLOW);
    }

    @Test
    void unreadableCallerPoliciesAreUnknownNotGuessed() {
        CallerEvidence c = caller(ROLE, B).identityPolicies(Fact.unknown()).build();
        Diagnosis d = engine.diagnose(evidence(c, bucket(BUCKET_NAMES_B).build(), object(Fact.known(A_ID))));
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.unknowns()).extracting(UnknownFact::fact).contains("caller.identityPolicies");
    }

    @Test
    void aPublicGrantReachesASignedInCallerOnlyInItsOwnAccountsObject() {
        CallerEvidence noIam =
                caller(ROLE, B).identityPolicies(Fact.known(List.of())).build();
        BucketEvidence open = bucket(policy("[]"))
                .publicAccessBlock(Fact.known(PublicAccessBlock.NONE))
                .build();
        Grant allUsers = new Grant(Grantee.group(Grantee.ALL_USERS), "READ");
        // B's own object with a public ACL: reached without an identity Allow (spec §1.4).
        assertThat(engine.diagnose(evidence(noIam, open, object(Fact.known(B_ID), allUsers)))
                        .verdict())
                .isEqualTo(Verdict.ALLOWED);
        // A's object with the same ACL: the public grant does not replace B's missing identity Allow (measured, S39).
        assertThat(engine.diagnose(evidence(noIam, open, object(Fact.known(A_ID), allUsers)))
                        .rootCause())
                .isEqualTo(RootCause.NO_IDENTITY_ALLOW);
    }

    @Test
    void builtEvidenceSurvivesTheWriterAndReader() throws Exception {
        S3Evidence e = S3Evidence.builder(
                        S3Request.builder("GetObject", "b")
                                .key("k")
                                .header("x-amz-request-payer", "requester")
                                .build(),
                        caller(ROLE, B).build(),
                        bucket(BUCKET_NAMES_B).build())
                .object(Fact.known(object(Fact.known(A_ID))))
                .kms(Fact.absent())
                .canonicalId(A_ID, A)
                .build();
        java.nio.file.Path f = java.nio.file.Files.createTempFile("evidence", ".json");
        dev.xacct.s3.evidence.EvidenceWriter.write(e, f);
        S3Evidence back = dev.xacct.s3.evidence.EvidenceReader.read(f);
        assertThat(engine.diagnose(back)).isEqualTo(engine.diagnose(e));
        java.nio.file.Files.delete(f);
    }
}
