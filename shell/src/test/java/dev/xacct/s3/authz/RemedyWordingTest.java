package dev.xacct.s3.authz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.testing.SharedFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A remedy's title says what its steps do, and a fix that brings another problem says so. */
class RemedyWordingTest {
    private final AuthorizationEngine engine = new AuthorizationEngine();

    static java.util.stream.Stream<Path> scenarios() throws java.io.IOException {
        return ScenarioTest.scenarios();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aGrantsTitleNamesExactlyThePoliciesItsStepsPut(Path file) {
        for (Remedy r : engine.diagnose(EvidenceReader.read(file)).remedies()) {
            if (!r.id().equals("R2")) continue;
            String commands = String.join("\n", r.commands());
            assertThat(r.title().contains("identity-policy Allow"))
                    .as("%s: title '%s' vs commands", r.id(), r.title())
                    .isEqualTo(commands.contains("put-role-policy") || commands.contains("put-user-policy"));
            assertThat(r.title().contains("bucket-policy statement"))
                    .as("%s: title '%s' vs commands", r.id(), r.title())
                    .isEqualTo(commands.contains("put-bucket-policy"));
        }
    }

    @Test
    void s42sGrantIsTheKmsPermissionInTheCallersAccountOnly() {
        Remedy r2 = remedy("S42-uploadpart-sse-kms-without-decrypt.json", "R2");
        assertThat(r2.steps()).hasSize(1);
        assertThat(r2.title())
                .contains("kms:GenerateDataKey, kms:Decrypt")
                .contains("222222222222")
                .doesNotContain("bucket-policy");
    }

    @Test
    void aNullGuardThatLetsForeignOwnedObjectsInSaysSoAndComesAfterEnforcing() {
        Diagnosis d = engine.diagnose(
                EvidenceReader.read(SharedFolder.scenarios().resolve("S11-bucket-policy-deny-put-without-bcfc.json")));
        List<String> ids = d.remedies().stream().map(Remedy::id).toList();
        assertThat(ids).containsSubsequence("R6", "R12", "R11");
        Remedy r11 = remedy("S11-bucket-policy-deny-put-without-bcfc.json", "R11");
        assertThat(r11.resolves()).isTrue();
        assertThat(r11.title()).contains("— caveat:").contains("ObjectWriter").contains("R12");
        assertThat(remedy("S11-bucket-policy-deny-put-without-bcfc.json", "R12").title())
                .doesNotContain("caveat");
    }

    private Remedy remedy(String scenario, String id) {
        return engine.diagnose(EvidenceReader.read(SharedFolder.scenarios().resolve(scenario))).remedies().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
