package dev.xacct.s3.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.s3.evidence.EvidenceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario of {@code ../shared/scenarios/s3}: evidence in, expected verdict,
 * httpStatus, deniedBy, rootCause and remedies out.
 * <p>Remedies: the expected ids must come out first and in the expected order; the engine
 * may add further, later-ranked remedies. Exact equality is not the contract because the
 * scenarios are inconsistent about secondary remedies for identical evidence shapes
 * (S01 lists R1, R5, R3; S02, S03 and S09a list only R1 for the same owner/ACL facts).
 */
class ScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AuthorizationEngine engine = new AuthorizationEngine();

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(dev.xacct.testing.SharedFolder.scenarios())) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            return list.stream();
        }
    }

    @Test
    void scenarioFolderIsPresentAndFull() throws IOException {
        assertThat(scenarios().count())
                .as("scenarios in %s", dev.xacct.testing.SharedFolder.scenarios())
                .isGreaterThanOrEqualTo(32);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void diagnosesAsExpected(Path file) throws IOException {
        JsonNode expected = JSON.readTree(file.toFile()).get("expected");
        Diagnosis d = engine.diagnose(EvidenceReader.read(file));

        assertThat(d.verdict().name())
                .as("verdict")
                .isEqualTo(expected.get("verdict").asText());
        assertThat(d.httpStatus())
                .as("httpStatus")
                .isEqualTo(
                        expected.get("httpStatus").isNull()
                                ? null
                                : expected.get("httpStatus").asInt());
        assertThat(d.deniedBy() == null ? null : d.deniedBy().word())
                .as("deniedBy")
                .isEqualTo(
                        expected.get("deniedBy").isNull()
                                ? null
                                : expected.get("deniedBy").asText());
        assertThat(d.rootCause().name())
                .as("rootCause")
                .isEqualTo(expected.get("rootCause").asText());
        List<String> want = new ArrayList<>();
        expected.path("remedies").forEach(r -> want.add(r.asText()));
        List<String> got = d.remedies().stream().map(Remedy::id).toList();
        if (!want.isEmpty())
            assertThat(got).as("remedies (expected ids first, in order)").startsWith(want.toArray(String[]::new));
        assertThat(d.summary()).isNotBlank();
    }
}
