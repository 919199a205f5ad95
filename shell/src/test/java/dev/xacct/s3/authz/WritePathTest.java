package dev.xacct.s3.authz;

import static dev.xacct.s3.authz.ScenarioEvidence.diagnose;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The write path (spec §5): multipart operations as AWS authorizes them, the ACL and encryption
 * headers only some of them carry, KMS per operation with the key from the headers or the
 * bucket's default encryption (and S3 Bucket Keys), and a copy as a read of its source and a
 * write of its destination. Cases are the shared scenarios S41/S42 with one fact changed.
 */
class WritePathTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode evidence(String scenario, Consumer<ObjectNode> change) throws IOException {
        return ScenarioEvidence.of(scenario, change);
    }

    @ParameterizedTest(name = "{0} under the x-amz-acl Deny: {1}")
    @CsvSource({
        "UploadPart,              EXPLICIT_DENY",
        "UploadPartCopy,          IMPLICIT_DENY", // its source read: the caller may not s3:GetObject
        "CompleteMultipartUpload, EXPLICIT_DENY",
        "CreateMultipartUpload,   EXPLICIT_DENY",
        "PutObject,               EXPLICIT_DENY",
        "AbortMultipartUpload,    ALLOWED",
        "ListParts,               ALLOWED",
    })
    void multipartOperationsAreAuthorizedAsAwsMapsThem(String operation, String verdict) throws IOException {
        ObjectNode e = evidence("S41", x -> {
            ((ObjectNode) x.get("request")).put("operation", operation);
            if (operation.equals("UploadPartCopy"))
                ((ObjectNode) x.at("/request/headers")).put("x-amz-copy-source", "example-bucket/dir-name/src");
        });
        Diagnosis d = diagnose(e);
        assertThat(d.verdict().name()).as(d.summary()).isEqualTo(verdict);
        for (Remedy r : d.remedies()) {
            boolean asksForHeader = r.patch().toString().contains("x-amz-acl\",\"value\"")
                    || r.patch().toString().contains("/request/headers");
            boolean canSend = operation.equals("PutObject") || operation.equals("CreateMultipartUpload");
            if (!canSend)
                assertThat(asksForHeader)
                        .as("%s asks %s for a header it cannot send", r.id(), operation)
                        .isFalse();
        }
        if (verdict.equals("EXPLICIT_DENY")) assertThat(d.remedies()).anyMatch(Remedy::resolves);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "PutObject,               KMS_IDENTITY_NO_ALLOW, kms:GenerateDataKey",
        "CreateMultipartUpload,   KMS_IDENTITY_NO_ALLOW, kms:GenerateDataKey",
        "UploadPart,              KMS_IDENTITY_NO_ALLOW, kms:Decrypt",
        "CompleteMultipartUpload, KMS_IDENTITY_NO_ALLOW, kms:Decrypt",
    })
    void aWriteThatNamesNoKeyUsesTheBucketDefaultsKey(String operation, String cause, String action)
            throws IOException {
        // The caller may use the key for neither action; the request sends no encryption header.
        ObjectNode e = evidence("S42", x -> {
            ((ObjectNode) x.get("request")).put("operation", operation);
            ((ObjectNode) x.get("object")).putNull("encryption");
            ObjectNode def = ((ObjectNode) x.get("bucket")).putObject("defaultEncryption");
            def.put("type", "SSE-KMS");
            def.put("kmsKeyArn", x.at("/kms/keyArn").asText());
            def.put("bucketKeyEnabled", true);
            ObjectNode allow = (ObjectNode) x.at("/caller/identityPolicies/0/Statement/1");
            allow.putArray("Action").add("kms:DescribeKey");
        });
        Diagnosis d = diagnose(e);
        assertThat(d.rootCause().name()).isEqualTo(cause);
        Check kms = d.checks().stream()
                .filter(c -> c.id().equals("kms"))
                .findFirst()
                .orElseThrow();
        assertThat(kms.detail()).contains(action).contains("bucket's default encryption");
        assertThat(d.remedies()).anyMatch(Remedy::resolves);
    }

    @Test
    void withoutAKmsDefaultTheWriteNeedsNoKey() throws IOException {
        ObjectNode e = evidence("S42", x -> {
            ((ObjectNode) x.get("request")).put("operation", "PutObject");
            ((ObjectNode) x.get("object")).putNull("encryption");
            ((ObjectNode) x.get("bucket")).putObject("defaultEncryption").put("type", "SSE-S3");
        });
        assertThat(diagnose(e).verdict()).isEqualTo(Verdict.ALLOWED);
    }

    @ParameterizedTest(name = "bucket key {0}: {1}")
    @CsvSource({"true, ALLOWED", "false, IMPLICIT_DENY"})
    void withBucketKeysKmsSeesTheBucketArn(boolean bucketKey, String verdict) throws IOException {
        // The key policy lets account B use the key only with the bucket's ARN as encryption context.
        ObjectNode e = evidence("S42", x -> {
            ((ObjectNode) x.get("request")).put("operation", "PutObject");
            ((ObjectNode) x.get("object")).putNull("encryption");
            ObjectNode def = ((ObjectNode) x.get("bucket")).putObject("defaultEncryption");
            def.put("type", "SSE-KMS");
            def.put("kmsKeyArn", x.at("/kms/keyArn").asText());
            def.put("bucketKeyEnabled", bucketKey);
            ((ObjectNode) x.at("/kms/keyPolicy/Statement/1"))
                    .putObject("Condition")
                    .putObject("StringEquals")
                    .put("kms:EncryptionContext:aws:s3:arn", "arn:aws:s3:::example-backup-bucket");
        });
        assertThat(diagnose(e).verdict().name()).isEqualTo(verdict);
    }

    @Test
    void aCopyIsAReadOfItsSourceAndAWriteOfItsDestinationBothReported() throws IOException {
        ObjectNode e = evidence("S41", x -> {
            ((ObjectNode) x.get("request")).put("operation", "CopyObject");
            ObjectNode h = (ObjectNode) x.at("/request/headers");
            h.put("x-amz-copy-source", "source-bucket/in/a.bin");
            h.put("x-amz-acl", "bucket-owner-full-control");
            ObjectNode source = x.putObject("source");
            source.set("bucket", x.get("bucket").deepCopy());
            ((ObjectNode) source.get("bucket")).set("policy", JSON.nullNode());
            ObjectNode o = source.putObject("object");
            o.put("exists", true);
            o.put("ownerCanonicalId", x.at("/bucket/ownerCanonicalId").asText());
            o.putNull("acl");
            o.putObject("encryption").put("type", "SSE-S3");
            source.putNull("kms");
        });
        Diagnosis d = diagnose(e);
        assertThat(d.checks())
                .extracting(Check::id)
                .contains("source:bucket-policy-allow", "destination:bucket-policy-deny");
        // The source read fails first: the caller may not s3:GetObject, and the source bucket's policy is gone.
        assertThat(d.rootCause()).isEqualTo(RootCause.NO_IDENTITY_ALLOW);
        assertThat(d.checks().stream()
                        .filter(c -> c.status() == CheckStatus.FAIL)
                        .findFirst()
                        .orElseThrow()
                        .id())
                .startsWith("source:");
        Remedy fix = d.remedies().stream().filter(Remedy::resolves).findFirst().orElseThrow();
        assertThat(fix.patch().toString()).contains("/caller/identityPolicies").contains("/source/bucket/policy");
        assertThat(fix.steps()).extracting(Remedy.Step::runAs).containsExactly("222222222222", "111111111111");
        JsonNode after = com.flipkart.zjsonpatch.JsonPatch.apply(fix.patch(), e);
        assertThat(diagnose((ObjectNode) after).verdict()).isEqualTo(Verdict.ALLOWED);
    }
}
