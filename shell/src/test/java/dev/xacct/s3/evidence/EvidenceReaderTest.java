package dev.xacct.s3.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xacct.policy.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceReaderTest {
    @TempDir
    Path dir;

    static final String BARE = """
        {
          "schema": "xacct.s3-evidence/v1",
          "request": { "operation": "GetObject", "bucket": "b", "key": "k", "headers": {"X-Amz-Acl": "private"},
                       "context": { "aws:SourceIp": "203.0.113.5", "aws:CalledVia": ["athena.amazonaws.com"] } },
          "caller": { "arn": "arn:aws:sts::222222222222:assumed-role/R/s", "account": "222222222222", "orgId": null,
                      "identityPolicies": [ {"Version":"2012-10-17","Statement":[]} ], "permissionsBoundary": null,
                      "sessionPolicy": null, "serviceControlPolicies": "unknown", "vpcEndpointPolicy": null },
          "bucket": { "ownerAccount": "111111111111", "ownerCanonicalId": "a1", "orgId": "unknown",
                      "objectOwnership": "BucketOwnerEnforced", "policy": "unknown", "policyIsPublic": false,
                      "acl": { "grants": [ { "grantee": { "type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers" }, "permission": "READ" } ] },
                      "publicAccessBlock": { "blockPublicAcls": true, "ignorePublicAcls": true, "blockPublicPolicy": true, "restrictPublicBuckets": true },
                      "requesterPays": false, "resourceControlPolicies": null, "blockedEncryptionTypes": [], "accessPointPolicy": null },
          "object": { "exists": true, "ownerCanonicalId": "unknown", "acl": "unknown", "encryption": { "type": "SSE-S3", "kmsKeyArn": null } },
          "kms": null,
          "canonicalIds": { "a1": "111111111111" },
          "observed": { "httpStatus": 403, "errorCode": "AccessDenied", "message": "Access Denied" }
        }
        """;

    @Test
    void readsTriStateFacts() throws Exception {
        S3Evidence e = EvidenceReader.read(write("e.json", BARE));
        assertThat(e.request().headers()).containsEntry("x-amz-acl", "private");
        assertThat(e.request().context().get("aws:CalledVia")).containsExactly("athena.amazonaws.com");
        assertThat(e.caller().orgId()).isInstanceOf(Fact.Absent.class);
        assertThat(e.caller().serviceControlPolicies()).isInstanceOf(Fact.Unknown.class);
        assertThat(e.caller().identityPolicies().orNull()).hasSize(1);
        assertThat(e.bucket().policy().isUnknown()).isTrue();
        assertThat(e.bucket().policyIsPublic()).isEqualTo(Fact.known(false));
        assertThat(e.bucket().objectOwnership().orNull()).isEqualTo(ObjectOwnership.BucketOwnerEnforced);
        assertThat(e.bucket().acl().orNull().grants().get(0).grantee().isPublic())
                .isTrue();
        assertThat(e.object().orNull().ownerCanonicalId().isUnknown()).isTrue();
        assertThat(e.kms().isAbsent()).isTrue();
        assertThat(e.observed().httpStatus()).isEqualTo(403);
    }

    @Test
    void readsAScenarioFileAndIgnoresExpected() throws Exception {
        String scenario = "{\"schema\":\"xacct.s3-scenario/v1\",\"id\":\"X\",\"evidence\":" + BARE
                + ",\"expected\":{\"verdict\":\"nonsense\"}}";
        assertThat(EvidenceReader.read(write("s.json", scenario)).request().bucket())
                .isEqualTo("b");
    }

    @Test
    void writerRoundTrips() throws Exception {
        S3Evidence e = EvidenceReader.read(write("e.json", BARE));
        Path out = dir.resolve("saved.json");
        EvidenceWriter.write(e, out);
        S3Evidence again = EvidenceReader.read(out);
        assertThat(again.request()).isEqualTo(e.request());
        assertThat(again.bucket().policy().isUnknown()).isTrue();
        assertThat(again.caller().orgId().isAbsent()).isTrue();
        assertThat(again.object().orNull().encryption())
                .isEqualTo(e.object().orNull().encryption());
        assertThat(again.canonicalIds()).isEqualTo(e.canonicalIds());
        assertThat(EvidenceWriter.toJson(again)).isEqualTo(EvidenceWriter.toJson(e));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no operation            | "operation": "GetObject",       |                                       | request.operation: expected a string
            an unknown ownership    | BucketOwnerEnforced             | Enforced                              | bucket.objectOwnership: expected BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter
            an unknown permission   | "permission": "READ"            | "permission": "READS"                 | bucket.acl.grants[0].permission
            a statement no action   | "Statement":[]                  | "Statement":[{"Effect":"Allow"}]      | caller.identityPolicies[0].Statement[0].Action
            another schema          | xacct.s3-evidence/v1            | xacct.s3-evidence/v9                  | schema
            a string for a boolean  | "requesterPays": false          | "requesterPays": "no"                 | bucket.requesterPays: expected true or false
            """)
    void errorsNameFileFieldAndExpectation(String name, String from, String to, String message) throws Exception {
        Path f = write("bad.json", BARE.replace(from.strip(), to == null ? "" : to.strip()));
        assertThatThrownBy(() -> EvidenceReader.read(f))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith(f + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void aScenarioFilesErrorsArePathsInsideItsEvidenceAndANonObjectIsRefused() throws Exception {
        String scenario = "{\"schema\":\"xacct.s3-scenario/v1\",\"evidence\":"
                + BARE.replace("\"permission\": \"READ\"", "\"permission\": \"READS\"") + "}";
        assertThatThrownBy(() -> EvidenceReader.read(write("c.json", scenario)))
                .hasMessageContaining("evidence.bucket.acl.grants[0].permission");
        assertThatThrownBy(() -> EvidenceReader.read(write("e.json", "[1,2]")))
                .hasMessageContaining("e.json")
                .hasMessageContaining("expected an object");
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
