package dev.xacct.s3.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.xacct.s3.evidence.EvidenceReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every remedy is a claim the engine must be able to back (formats.md §2): each remedy marked
 * {@code resolves}, its patch applied to the scenario's evidence with a JSON Patch library
 * (zjsonpatch, not xacct's own code), is diagnosed ALLOWED; every deny gets at least one such
 * remedy; and no remedy asks the request for a header its operation cannot send.
 */
class RemedyPatchTest {
    private final AuthorizationEngine engine = new AuthorizationEngine();

    static List<Path> scenarios() throws Exception {
        return ScenarioTest.scenarios().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyResolvingRemedyAppliedGivesAllowed(Path file) {
        EvidenceReader.Document doc = EvidenceReader.readDocument(file);
        Diagnosis d = engine.diagnose(doc.evidence(), doc.json());
        for (Remedy r : d.remedies()) {
            if (!r.resolves()) continue;
            JsonNode patched = JsonPatch.apply(r.patch(), doc.json());
            Diagnosis after = engine.diagnose(EvidenceReader.read(patched, file.getFileName() + " + " + r.id()));
            assertThat(after.verdict())
                    .as("%s after %s: %s", file.getFileName(), r.id(), after.summary())
                    .isEqualTo(Verdict.ALLOWED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyDenyHasAResolvingRemedyAndResolvingOnesComeFirst(Path file) {
        EvidenceReader.Document doc = EvidenceReader.readDocument(file);
        Diagnosis d = engine.diagnose(doc.evidence(), doc.json());
        if (d.verdict() == Verdict.IMPLICIT_DENY || d.verdict() == Verdict.EXPLICIT_DENY) {
            assertThat(d.remedies()).as("remedies of %s", file.getFileName()).anyMatch(Remedy::resolves);
        }
        boolean partialSeen = false;
        for (Remedy r : d.remedies()) {
            assertThat(partialSeen && r.resolves())
                    .as("a resolving remedy after a partial one")
                    .isFalse();
            partialSeen |= !r.resolves();
            assertThat(r.steps()).isNotEmpty();
            r.steps().forEach(s -> assertThat(s.runAs()).isNotBlank().doesNotContain("null"));
            assertThat(String.join("\n", r.commands())).doesNotContainPattern("\\bnull\\b");
            if (!r.resolves()) assertThat(r.title()).contains("partial");
        }
    }
}
