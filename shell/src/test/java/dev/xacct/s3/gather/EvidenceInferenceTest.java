package dev.xacct.s3.gather;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.s3.authz.S3Operation;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.ObjectEvidence;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the reads imply, without AWS: ownership by canonical id, existence, the key in use, where SCPs apply. */
class EvidenceInferenceTest {
    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final Reads.Answer OK = new Reads.Answer(200, null, null, new Encryption("SSE-S3", null));
    private static final Reads.Answer DENIED = new Reads.Answer(403, "AccessDenied", "Access Denied", null);
    private static final Reads.Answer MISSING = new Reads.Answer(404, "NoSuchKey", null, null);

    static Stream<Arguments> owners() {
        return Stream.of(
                Arguments.of("the caller lists it as its own", new Reads.Self("b", true), null, Fact.unknown(), B),
                Arguments.of(
                        "the owner session lists it",
                        new Reads.Self("b", false),
                        new Reads.Self("a", true),
                        Fact.unknown(),
                        A),
                Arguments.of(
                        "GetBucketAcl's owner is the caller's id",
                        new Reads.Self("b", false),
                        null,
                        Fact.known("b"),
                        B),
                Arguments.of("an id nobody maps", new Reads.Self("b", false), null, Fact.known("c"), null),
                Arguments.of("GetBucketAcl refused", new Reads.Self("b", false), null, Fact.unknown(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("owners")
    void theBucketOwnerIsKnownOnlyByCanonicalId(
            String name, Reads.Self callerSelf, Reads.Self ownerSelf, Fact<String> aclOwner, String want) {
        Fact<String> owner = EvidenceInference.bucketOwner(
                callerSelf, ownerSelf, B, ownerSelf == null ? null : A, aclOwner, Map.of("b", B));
        if (want == null) {
            assertThat(owner.isUnknown()).isTrue();
            assertThat(((Fact.Unknown<String>) owner).reason()).contains("--owner");
        } else assertThat(owner.orNull()).isEqualTo(want);
    }

    @ParameterizedTest(name = "listing {0}, head {1}, get {2}: {3}")
    @CsvSource({
        "yes,     403, 403, true",
        "no,      403, 403, false",
        "refused, 200, 403, true",
        "refused, 403, 404, false",
        "refused, 403, 403, unknown",
    })
    void existenceFromTheListingElseFromHeadAndGet(String listing, int head, int get, String want) {
        Fact<Reads.Listing> l = switch (listing) {
            case "yes" -> Fact.known(new Reads.Listing(true, "c"));
            case "no" -> Fact.known(new Reads.Listing(false, null));
            default -> Fact.unknown("listing needs s3:ListBucket");
        };
        Fact<Boolean> exists = EvidenceInference.exists(l, answer(head), answer(get), null, B);
        assertThat(exists.isUnknown() ? "unknown" : String.valueOf(exists.orNull()))
                .isEqualTo(want);
    }

    @Test
    void theStoredOwnerComesFromTheListingThenTheAcl() {
        Fact<ObjectEvidence> o = EvidenceInference.object(
                Fact.known(true),
                Fact.unknown("refused"),
                Fact.known(new Reads.ObjectAcl("d0", new dev.xacct.s3.evidence.Acl(List.of()))),
                Fact.absent());
        assertThat(o.orNull().ownerCanonicalId().orNull()).isEqualTo("d0");
        assertThat(EvidenceInference.object(Fact.known(false), Fact.unknown(), Fact.unknown(), Fact.unknown())
                        .orNull())
                .isEqualTo(ObjectEvidence.missing());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GetObject,               , ,                     arn:aws:kms:r:1:key/stored",
        "HeadObject,              , ,                     arn:aws:kms:r:1:key/stored",
        "PutObject,               , ,                     arn:aws:kms:r:1:key/default",
        "PutObject,               aws:kms, arn:aws:kms:r:1:key/named, arn:aws:kms:r:1:key/named",
        "PutObject,               aws:kms, ,              alias/aws/s3",
        "PutObject,               AES256, ,               ",
        "UploadPart,              , ,                     arn:aws:kms:r:1:key/default",
        "ListObjectsV2,           , ,                     ",
    })
    void theKeyARequestUses(String operation, String sse, String keyId, String want) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (sse != null) headers.put("x-amz-server-side-encryption", sse);
        if (keyId != null) headers.put("x-amz-server-side-encryption-aws-kms-key-id", keyId);
        String key = EvidenceInference.kmsKey(
                S3Operation.of(operation, true),
                headers,
                Fact.known(new Encryption("SSE-KMS", "arn:aws:kms:r:1:key/stored")),
                Fact.known(new Encryption("SSE-KMS", "arn:aws:kms:r:1:key/default", true)));
        assertThat(key).isEqualTo(want);
    }

    @Test
    void scpsApplyToMemberAccountsOnly() {
        Fact<Reads.Organization> org = Fact.known(new Reads.Organization("o-abcdefghij", A));
        assertThat(EvidenceInference.orgPoliciesApply(org, B).orNull()).isTrue();
        assertThat(EvidenceInference.orgPoliciesApply(org, A).isAbsent())
                .as("management account")
                .isTrue();
        assertThat(EvidenceInference.orgPoliciesApply(Fact.absent(), B).isAbsent())
                .as("no organization")
                .isTrue();
        assertThat(EvidenceInference.orgPoliciesApply(Fact.unknown(), B).isUnknown())
                .isTrue();
    }

    @Test
    void aHeadObjectIsObservedWithTheStatusOfTheHeadAndTheMessageOfTheGet() {
        var seen = EvidenceInference.observed("HeadObject", DENIED, DENIED);
        assertThat(seen.httpStatus()).isEqualTo(403);
        assertThat(seen.message()).isEqualTo("Access Denied");
        assertThat(EvidenceInference.observed("GetObject", OK, MISSING).httpStatus())
                .isEqualTo(404);
        assertThat(EvidenceInference.observed("PutObject", OK, OK)).isNull();
    }

    private static Reads.Answer answer(int status) {
        return status == 200 ? OK : status == 404 ? MISSING : DENIED;
    }
}
