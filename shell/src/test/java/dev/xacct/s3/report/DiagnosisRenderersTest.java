package dev.xacct.s3.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.s3.authz.AuthorizationEngine;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.evidence.EvidenceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosisRenderersTest {
    private static Diagnosis diagnose(String prefix) throws Exception {
        try (var files = Files.list(dev.xacct.testing.SharedFolder.scenarios())) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
            return new AuthorizationEngine().diagnose(EvidenceReader.read(f));
        }
    }

    @Test
    void jsonUsesTheFormatsFieldNames() throws Exception {
        JsonNode j = new ObjectMapper().readTree(DiagnosisJsonWriter.toJson(diagnose("S01-")));
        assertThat(j.get("schema").asText()).isEqualTo("xacct.s3-diagnosis/v1");
        assertThat(j.get("verdict").asText()).isEqualTo("IMPLICIT_DENY");
        assertThat(j.get("httpStatus").asInt()).isEqualTo(403);
        assertThat(j.get("deniedBy").asText()).isEqualTo("object-acl");
        assertThat(j.get("rootCause").asText()).isEqualTo("OBJECT_OWNER_NOT_BUCKET_OWNER");
        assertThat(j.get("summary").asText()).isNotBlank();
        JsonNode check = j.get("checks").get(0);
        assertThat(check.has("id") && check.has("status") && check.has("evidence") && check.has("detail"))
                .isTrue();
        JsonNode r1 = j.get("remedies").get(0);
        assertThat(r1.get("id").asText()).isEqualTo("R1");
        assertThat(r1.get("runAs").asText()).isEqualTo("111111111111");
        assertThat(r1.get("commands").get(1).asText())
                .contains("put-bucket-ownership-controls --bucket ct-bucket")
                .contains("BucketOwnerEnforced");
        assertThat(j.get("unknowns").isArray()).isTrue();
    }

    @Test
    void undeterminedJsonNamesUnknownsAndNullDeniedBy() throws Exception {
        JsonNode j = new ObjectMapper().readTree(DiagnosisJsonWriter.toJson(diagnose("S35-")));
        assertThat(j.get("deniedBy").isNull()).isTrue();
        assertThat(j.get("unknowns").findValuesAsText("fact")).contains("object.ownerCanonicalId", "bucket.policy");
        assertThat(j.get("unknowns").get(0).get("resolveBy").asText()).isNotBlank();
    }

    @Test
    void textShowsVerdictChecksFixAndUnknowns() throws Exception {
        String t = DiagnosisTextRenderer.render(diagnose("S01-"));
        assertThat(t.lines().findFirst().orElseThrow())
                .startsWith("DENIED (403)")
                .contains("belongs to another account");
        assertThat(t).contains("✗ object-acl").contains("[GetObjectAcl]").contains("✓ identity-allow");
        assertThat(t)
                .contains("R1. [verified]")
                .contains("as 111111111111:")
                .contains("aws s3api put-bucket-acl --bucket ct-bucket --acl private")
                .doesNotContainPattern("\\bnull\\b");
        assertThat(t.strip().lines().reduce((a, b) -> b).orElseThrow())
                .as("a long report repeats the verdict last")
                .startsWith("Verdict: DENIED (403)");
        String u = DiagnosisTextRenderer.render(diagnose("S37-"));
        assertThat(u)
                .startsWith("UNDETERMINED: ")
                .contains("The live request was refused (403 AccessDenied): one of the facts xacct could not read")
                .contains("? caller.serviceControlPolicies")
                .contains("list-policies-for-target");
    }
}
