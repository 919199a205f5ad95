package dev.xacct.s3.gather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.s3.authz.AuthorizationEngine;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.authz.RootCause;
import dev.xacct.s3.authz.Verdict;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.s3.evidence.EvidenceWriter;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.ObjectOwnership;
import dev.xacct.s3.evidence.S3Evidence;
import dev.xacct.s3.evidence.S3Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Live gathering against an in-process stub speaking S3's wire format, for what moto cannot
 * show: per-account canonical ids and cross-account refusals (405 on GetBucketPolicy, 403 on
 * the ACLs, a body-less HEAD 403). The motivating case (spec §0, scenario S01).
 */
class EvidenceGathererStubTest {
    private S3WireStub stub;
    private SdkPerspective b;
    private SdkPerspective a;
    private EvidenceGatherer gatherer;

    @BeforeEach
    void start() throws Exception {
        stub = new S3WireStub();
        b = perspective("caller", "AKIDB");
        a = perspective("owner", "AKIDA");
        gatherer = new EvidenceGatherer(4);
    }

    @AfterEach
    void stop() {
        gatherer.close();
        a.close();
        b.close();
        stub.close();
    }

    private SdkPerspective perspective(String name, String key) {
        return new SdkPerspective(
                name,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(key, "secret")),
                Region.US_EAST_1,
                stub.endpoint(),
                null);
    }

    private static S3Request headObject() {
        return S3Request.builder("HeadObject", S3WireStub.BUCKET)
                .key(S3WireStub.KEY)
                .build();
    }

    @Test
    void withTheOwnerPerspectiveTheMotivatingCaseIsObjectOwnerNotBucketOwner() {
        S3Evidence e = gatherer.gather(headObject(), b, a).evidence();

        assertThat(e.caller().arn()).isEqualTo("arn:aws:sts::222222222222:assumed-role/AthenaRole/s");
        assertThat(e.caller().identityPolicies().orNull()).hasSize(1); // URL-encoded inline policy, decoded
        assertThat(e.bucket().ownerAccount().orNull()).isEqualTo("111111111111");
        assertThat(e.bucket().ownerCanonicalId().orNull()).isEqualTo(S3WireStub.A_CANON);
        assertThat(e.bucket().objectOwnership().orNull())
                .isEqualTo(ObjectOwnership.ObjectWriter); // OwnershipControlsNotFoundError
        assertThat(e.bucket().policy().isKnown()).isTrue();
        assertThat(e.bucket().publicAccessBlock().orNull().restrictPublicBuckets())
                .isTrue();
        assertThat(e.object().orNull().ownerCanonicalId().orNull()).isEqualTo(S3WireStub.SERVICE_CANON);
        assertThat(e.object().orNull().acl().orNull().grants()).hasSize(2);
        assertThat(e.object().orNull().encryption().orNull().type()).isEqualTo("SSE-S3");
        assertThat(e.canonicalIds())
                .containsEntry(S3WireStub.A_CANON, "111111111111")
                .containsEntry(S3WireStub.B_CANON, "222222222222");
        // HEAD has no body: the status comes from HEAD, the code and message from the 1-byte ranged GET.
        assertThat(e.observed().httpStatus()).isEqualTo(403);
        assertThat(e.observed().errorCode()).isEqualTo("AccessDenied");
        assertThat(e.observed().message()).isEqualTo("Access Denied");

        Diagnosis d = new AuthorizationEngine().diagnose(e);
        assertThat(d.verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
        assertThat(d.httpStatus()).isEqualTo(403);
        assertThat(d.deniedBy().word()).isEqualTo("object-acl");
        assertThat(d.rootCause()).isEqualTo(RootCause.OBJECT_OWNER_NOT_BUCKET_OWNER);
    }

    @Test
    void asTheCallerAloneTheBucketOwnersFactsAreUnknownWithWhy() {
        S3Evidence e = gatherer.gather(headObject(), b, null).evidence();

        assertThat(e.bucket().policy()).isInstanceOf(Fact.Unknown.class);
        assertThat(((Fact.Unknown<?>) e.bucket().policy()).reason())
                .isEqualTo(
                        "MethodNotAllowed as 222222222222 (caller): only the bucket owner's account can read the bucket policy");
        assertThat(((Fact.Unknown<?>) e.bucket().objectOwnership()).reason())
                .startsWith("AccessDenied as 222222222222");
        assertThat(e.bucket().ownerAccount().isUnknown()).isTrue();
        assertThat(e.object().orNull().acl().isUnknown()).isTrue();
        // ListObjectsV2 FetchOwner is the best probe from B: the owner is known even so.
        assertThat(e.object().orNull().ownerCanonicalId().orNull()).isEqualTo(S3WireStub.SERVICE_CANON);
        assertThat(e.canonicalIds())
                .containsEntry(S3WireStub.B_CANON, "222222222222")
                .doesNotContainKey(S3WireStub.A_CANON);

        Diagnosis d = new AuthorizationEngine().diagnose(e);
        assertThat(d.verdict()).isIn(Verdict.UNDETERMINED, Verdict.IMPLICIT_DENY);
        if (d.verdict() == Verdict.UNDETERMINED) assertThat(d.unknowns()).isNotEmpty();
        else assertThat(d.rootCause()).isEqualTo(RootCause.OBJECT_OWNER_NOT_BUCKET_OWNER);
    }

    @Test
    void gatheredEvidenceRoundTripsThroughTheWriterAndReader() {
        S3Evidence e = gatherer.gather(headObject(), b, a).evidence();
        S3Evidence back = EvidenceReader.read(EvidenceWriter.toJson(e), "saved.json");
        Diagnosis d1 = new AuthorizationEngine().diagnose(e);
        Diagnosis d2 = new AuthorizationEngine().diagnose(back);
        assertThat(d2.verdict()).isEqualTo(d1.verdict());
        assertThat(d2.rootCause()).isEqualTo(d1.rootCause());
        assertThat(EvidenceWriter.toJson(back)).isEqualTo(EvidenceWriter.toJson(e));
    }

    @Test
    void aMissingBucketStopsGatheringWithOneLine() {
        S3Request r = S3Request.builder("GetObject", "no-such-bucket").key("k").build();
        assertThatThrownBy(() -> gatherer.gather(r, a, null))
                .isInstanceOf(GatherException.class)
                .hasMessage(
                        "bucket no-such-bucket does not exist (NoSuchBucket): check the name in s3://no-such-bucket/…");
    }

    @Test
    void theOwnerRoleIsAssumedFromTheCallersCredentials() {
        try (SdkPerspective owner = SdkPerspective.assume(b, "arn:aws:iam::111111111111:role/Auditor")) {
            assertThat(owner.account()).isEqualTo("111111111111");
            assertThat(owner.s3()
                            .getBucketAcl(x -> x.bucket(S3WireStub.BUCKET))
                            .owner()
                            .id())
                    .isEqualTo(S3WireStub.A_CANON);
        }
    }

    @Test
    void objectOwnersFlagsForeignOwnedObjects() {
        ObjectOwners.Totals totals = new ObjectOwners.Totals();
        var rows = ObjectOwners.scan(a, S3WireStub.BUCKET, "AWSLogs/", totals);
        ObjectOwners.OwnerRow row = rows.next();
        assertThat(rows.hasNext()).isFalse();
        assertThat(row).isEqualTo(new ObjectOwners.OwnerRow(S3WireStub.SERVICE_CANON, null, 1, 1234, "yes"));
        assertThat(totals.foreignObjects).isEqualTo(1);
    }
}
