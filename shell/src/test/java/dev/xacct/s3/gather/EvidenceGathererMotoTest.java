package dev.xacct.s3.gather;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.s3.authz.AuthorizationEngine;
import dev.xacct.s3.authz.Check;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.S3Evidence;
import dev.xacct.s3.evidence.S3Request;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The write path gathered live against moto: {@code bucket.defaultEncryption} read with
 * GetBucketEncryption (SSE-S3; SSE-KMS with its key and S3 Bucket Keys), the KMS key a write
 * that names none uses, and the KMS permission each operation needs; AWS calls counted by the
 * SDK interceptor.
 */
@ExtendWith(MotoServerExtension.class)
class EvidenceGathererMotoTest {
    private SdkPerspective me;
    private EvidenceGatherer gatherer;
    private String keyArn;

    @BeforeEach
    void setUp(AwsEmulator aws) {
        me = new SdkPerspective("caller", aws.credentials(), AwsEmulator.REGION, aws.endpoint(), null);
        gatherer = new EvidenceGatherer(16);
        S3Client s3 = me.s3();
        KmsClient kms = me.kms(null);
        keyArn = kms.createKey(b -> b.description("backups")).keyMetadata().arn();
        s3.createBucket(b -> b.bucket("sse-s3"));
        s3.putBucketEncryption(b -> b.bucket("sse-s3")
                .serverSideEncryptionConfiguration(c -> c.rules(
                        r -> r.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
        s3.createBucket(b -> b.bucket("sse-kms"));
        s3.putBucketEncryption(b -> b.bucket("sse-kms")
                .serverSideEncryptionConfiguration(c -> c.rules(r -> r.bucketKeyEnabled(true)
                        .applyServerSideEncryptionByDefault(d ->
                                d.sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID(keyArn)))));
        s3.createBucket(b -> b.bucket("plain"));
    }

    @AfterEach
    void tearDown() {
        gatherer.close();
        me.close();
    }

    @ParameterizedTest(name = "{0} into {1}")
    @CsvSource({
        "PutObject,               sse-kms, SSE-KMS, kms:GenerateDataKey",
        "CreateMultipartUpload,   sse-kms, SSE-KMS, kms:GenerateDataKey",
        "UploadPart,              sse-kms, SSE-KMS, kms:Decrypt",
        "CompleteMultipartUpload, sse-kms, SSE-KMS, kms:Decrypt",
        "PutObject,               sse-s3,  SSE-S3,  ",
    })
    void theDefaultEncryptionIsGatheredAndDecidesTheKeyOfAWrite(
            String operation, String bucket, String type, String kmsAction) {
        S3Request request =
                S3Request.builder(operation, bucket).key("backups/a.bin").build();
        EvidenceGatherer.Gathered g = gatherer.gather(request, me, null);
        S3Evidence e = g.evidence();

        Encryption def = e.bucket().defaultEncryption().orNull();
        assertThat(def).as("bucket.defaultEncryption").isNotNull();
        assertThat(def.type()).isEqualTo(type);
        Diagnosis d = new AuthorizationEngine().diagnose(e);
        Check kms = d.checks().stream()
                .filter(c -> c.id().equals("kms"))
                .findFirst()
                .orElseThrow();
        if (kmsAction == null) {
            assertThat(e.kms().isAbsent()).isTrue();
            assertThat(kms.status().name()).isEqualTo("SKIP");
        } else {
            assertThat(def.kmsKeyArn()).isEqualTo(keyArn);
            assertThat(def.bucketKeyEnabled()).isTrue();
            assertThat(e.kms().orNull().keyArn().orNull()).isEqualTo(keyArn);
            assertThat(e.kms().orNull().keyManager().orNull()).isEqualTo("CUSTOMER");
            assertThat(e.kms().orNull().keyPolicy().isKnown()).isTrue();
            assertThat(kms.status().name()).isNotEqualTo("SKIP");
            assertThat(kms.detail()).contains(kmsAction).contains("bucket's default encryption");
        }
        assertThat(g.calls()).as("calls counted by the interceptor").isGreaterThan(5);
        assertThat(g.roundTrips()).isBetween(1, g.calls());
    }

    @org.junit.jupiter.api.Test
    void aCopyGathersItsSourceSideBySide() {
        me.s3()
                .putObject(
                        b -> b.bucket("sse-kms").key("in/a.bin"),
                        software.amazon.awssdk.core.sync.RequestBody.fromString("x"));
        S3Request copy = S3Request.builder("CopyObject", "plain")
                .key("out/a.bin")
                .header("x-amz-copy-source", "sse-kms/in/a.bin")
                .build();
        S3Evidence e = gatherer.gather(copy, me, null).evidence();
        assertThat(e.source()).isNotNull();
        assertThat(e.source().bucket()).as("another bucket: its own facts").isNotNull();
        assertThat(e.source().object().orNull().exists().orNull()).isTrue();
        assertThat(e.source().object().orNull().encryption().orNull().type()).isEqualTo("SSE-KMS");
        assertThat(e.source().kms().orNull().keyArn().orNull()).isEqualTo(keyArn);
        Diagnosis d = new AuthorizationEngine().diagnose(e);
        assertThat(d.checks()).extracting(Check::id).contains("source:kms", "destination:kms");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"plain", "sse-s3"})
    void aBucketWithoutKmsDefaultNeedsNoKey(String bucket) {
        S3Evidence e = gatherer.gather(
                        S3Request.builder("PutObject", bucket).key("k").build(), me, null)
                .evidence();
        assertThat(e.bucket().defaultEncryption().isUnknown()).isFalse();
        assertThat(e.kms().isAbsent()).isTrue();
    }
}
