package dev.xacct.s3.authz;

import static dev.xacct.s3.authz.ScenarioEvidence.diagnose;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.s3.report.DiagnosisTextRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A diagnosis is never confidently wrong, and says what xacct knows: owners compared by
 * canonical id, an unknown side never ✗, what the live request returned checked against the
 * verdict, a foreign session's policy hint that can really be followed, policies named as AWS
 * names them, and no "null" in a report.
 */
class NeverConfidentlyWrongTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AuthorizationEngine engine = new AuthorizationEngine();

    private static ObjectNode evidence(String scenario, Consumer<ObjectNode> change) throws IOException {
        return ScenarioEvidence.of(scenario, change);
    }

    @Test
    void theSameCanonicalIdOnBucketAndObjectIsTheSameOwnerEvenWhenItsAccountIsUnknown() throws IOException {
        // The live case: the owner's account could not be read, the request returned 200.
        ObjectNode e = evidence("S09b", x -> {
            ObjectNode b = (ObjectNode) x.get("bucket");
            b.put("ownerAccount", "unknown");
            b.put("policy", "unknown");
            b.put("acl", "unknown");
            ((ObjectNode) x.get("object")).put("acl", "unknown");
            x.putObject("observed").put("httpStatus", 200);
        });
        Diagnosis d = diagnose(e);
        assertThat(d.rootCause()).isNotEqualTo(RootCause.OBJECT_OWNER_NOT_BUCKET_OWNER);
        assertThat(d.verdict()).isIn(Verdict.ALLOWED, Verdict.UNDETERMINED);
        assertThat(d.checks())
                .filteredOn(c -> c.id().equals("object-ownership"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.PASS);
                    assertThat(c.detail()).contains("same canonical id").doesNotContain("null");
                });
        assertThat(d.contradiction()).isNull();
        assertThat(DiagnosisTextRenderer.render(d)).doesNotContainPattern("\\bnull\\b");
    }

    @Test
    void anOwnerNobodyCanMapIsUnknownNeverAFailure() throws IOException {
        ObjectNode e = evidence("S01", x -> {
            ((ObjectNode) x.get("bucket")).put("ownerCanonicalId", "unknown");
            ((ObjectNode) x.get("bucket")).put("ownerAccount", "unknown");
            ((ObjectNode) x.get("canonicalIds")).removeAll();
        });
        Diagnosis d = diagnose(e);
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(d.checks())
                .filteredOn(c -> c.id().equals("object-ownership") || c.id().equals("object-access"))
                .allSatisfy(c -> assertThat(c.status()).isNotEqualTo(CheckStatus.FAIL));
    }

    @Test
    void whatTheLiveRequestReturnedIsCheckedAgainstTheVerdict() throws IOException {
        Diagnosis denied = diagnose(evidence("S01", x -> x.putObject("observed").put("httpStatus", 200)));
        assertThat(denied.contradiction()).contains("succeeded (200)").contains("403");
        assertThat(DiagnosisTextRenderer.render(denied)).contains("Contradiction: ");
        Diagnosis allowed = diagnose(evidence("S05", x -> {
            ObjectNode o = x.putObject("observed");
            o.put("httpStatus", 403);
            o.put("errorCode", "AccessDenied");
        }));
        assertThat(allowed.contradiction()).contains("failed with 403 AccessDenied");
        assertThat(diagnose(evidence("S01", x -> {})).contradiction()).isNull();
    }

    @Test
    void aForeignSessionsPolicyIsUnknownAndTheHintSaysNoCommandCanReadIt() throws IOException {
        Diagnosis d = diagnose(evidence("S07", x -> ((ObjectNode) x.get("caller")).put("sessionPolicy", "unknown")));
        assertThat(d.verdict()).isEqualTo(Verdict.UNDETERMINED);
        UnknownFact u = d.unknowns().stream()
                .filter(f -> f.fact().equals("caller.sessionPolicy"))
                .findFirst()
                .orElseThrow();
        assertThat(u.resolveBy()).contains("no command can read it").doesNotContain("get-role-policy");
    }

    @Test
    void anExplicitDenyIsNamedByPolicyNameAndStatement() throws IOException {
        ObjectNode e = evidence("S29", x -> {
            ObjectNode deny = JSON.createObjectNode();
            deny.put("Version", "2012-10-17");
            ObjectNode st = deny.putArray("Statement").addObject();
            st.put("Effect", "Allow");
            st.put("Action", "ec2:*");
            st.put("Resource", "*");
            ObjectNode d2 = ((com.fasterxml.jackson.databind.node.ArrayNode) deny.get("Statement")).addObject();
            d2.put("Sid", "NoS3");
            d2.put("Effect", "Deny");
            d2.put("Action", "s3:*");
            d2.put("Resource", "*");
            ((com.fasterxml.jackson.databind.node.ArrayNode) x.at("/caller/identityPolicies")).add(deny);
            ObjectNode ref = x.putObject("policyRefs").putObject("caller.identityPolicies[1]");
            ref.put("kind", "inline");
            ref.put("name", "deny-s3");
            ref.put("attachedTo", "role Reader");
        });
        Diagnosis d = diagnose(e);
        assertThat(d.rootCause()).isEqualTo(RootCause.IDENTITY_POLICY_DENY);
        assertThat(d.checks())
                .filteredOn(c -> c.id().equals("identity-deny"))
                .singleElement()
                .satisfies(c -> assertThat(c.detail())
                        .contains("inline policy 'deny-s3' on role Reader, statement 2 (Sid NoS3)")
                        .doesNotContain("identity[1]"));
        Remedy fix = d.remedies().get(0);
        assertThat(fix.resolves()).isTrue();
        assertThat(String.join("\n", fix.commands())).contains("--policy-name deny-s3");
    }

    static Iterable<Path> scenarios() throws IOException {
        return ScenarioTest.scenarios().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noReportPrintsNull(Path file) {
        EvidenceReader.Document doc = EvidenceReader.readDocument(file);
        String text = DiagnosisTextRenderer.render(engine.diagnose(doc.evidence(), doc.json()));
        assertThat(text).doesNotContainPattern("\\bnull\\b");
    }
}
