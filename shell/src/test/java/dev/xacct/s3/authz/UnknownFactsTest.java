package dev.xacct.s3.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.s3.report.DiagnosisTextRenderer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario again with one fact at a time made unknown (what a perspective that could not
 * read it gathers): the engine still answers, the report prints no "null", and every remedy it
 * calls resolving still gives ALLOWED when applied. What a diagnosis claims must hold however
 * little is known.
 */
class UnknownFactsTest {
    private static final List<String> FACTS = List.of(
            "/bucket/policy",
            "/bucket/acl",
            "/bucket/objectOwnership",
            "/bucket/ownerAccount",
            "/bucket/ownerCanonicalId",
            "/bucket/publicAccessBlock",
            "/object/ownerCanonicalId",
            "/object/acl",
            "/object/encryption",
            "/kms/keyPolicy",
            "/caller/identityPolicies",
            "/caller/serviceControlPolicies",
            "/caller/sessionPolicy");

    private final AuthorizationEngine engine = new AuthorizationEngine();

    static List<Path> scenarios() throws Exception {
        return ScenarioTest.scenarios().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void claimsHoldWithAnyOneFactUnknown(Path file) {
        JsonNode original = EvidenceReader.readDocument(file).json();
        for (String fact : FACTS) {
            ObjectNode e = original.deepCopy();
            String field = fact.substring(fact.lastIndexOf('/') + 1);
            if (!(e.at(fact.substring(0, fact.lastIndexOf('/'))) instanceof ObjectNode parent) || !parent.has(field))
                continue;
            parent.put(field, "unknown");
            Diagnosis d = engine.diagnose(EvidenceReader.read(e, file.getFileName() + " " + fact), e);
            assertThat(DiagnosisTextRenderer.render(d)).as(fact).doesNotContainPattern("\\bnull\\b");
            for (Remedy r : d.remedies()) {
                if (!r.resolves()) continue;
                JsonNode after = JsonPatch.apply(r.patch(), e);
                assertThat(engine.diagnose(EvidenceReader.read(after, "after")).verdict())
                        .as("%s with %s unknown, %s", file.getFileName(), fact, r.id())
                        .isEqualTo(Verdict.ALLOWED);
            }
        }
    }
}
