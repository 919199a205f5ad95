package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.testing.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A shared scenario's evidence document with one fact changed: the cases tests build from the open scenarios. */
final class ScenarioEvidence {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioEvidence() {}

    /** The engine's diagnosis of an evidence document (remedies drafted against the document itself). */
    static Diagnosis diagnose(ObjectNode evidence) {
        return new AuthorizationEngine().diagnose(EvidenceReader.read(evidence, "test"), evidence);
    }

    /** The evidence of the scenario whose file starts with {@code id + "-"}, after {@code change}. */
    static ObjectNode of(String id, Consumer<ObjectNode> change) throws IOException {
        try (var files = Files.list(SharedFolder.scenarios())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(id + "-"))
                    .findFirst()
                    .orElseThrow();
            ObjectNode e = (ObjectNode) JSON.readTree(file.toFile()).get("evidence");
            change.accept(e);
            return e;
        }
    }
}
