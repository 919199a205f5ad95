package dev.xacct.s3.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of {@code ../shared/scenarios/explain}: kind, policyType, policyArn and listed alternatives. */
class ExplainCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        Path dir = SharedFolder.scenarios().resolveSibling("explain");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainsAsExpected(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        JsonNode want = c.get("expected");
        Explanation e = MessageExplainer.explain(c.get("message").asText());
        assertThat(e.message().kind().name())
                .as("kind")
                .isEqualTo(want.get("kind").asText());
        assertThat(e.message().policyType())
                .as("policyType")
                .isEqualTo(want.get("policyType").textValue());
        assertThat(e.message().policyArn())
                .as("policyArn")
                .isEqualTo(want.get("policyArn").textValue());
        List<String> alts = new ArrayList<>();
        want.path("alternativesInclude").forEach(a -> alts.add(a.asText()));
        assertThat(e.alternatives()).as("alternatives").containsAll(alts);
        assertThat(e.meaning()).isNotBlank();
        assertThat(e.nextSteps()).isNotEmpty();
    }
}
