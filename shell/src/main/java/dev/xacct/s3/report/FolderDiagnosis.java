package dev.xacct.s3.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.s3.authz.AuthorizationEngine;
import dev.xacct.s3.authz.Diagnosis;
import dev.xacct.s3.evidence.EvidenceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code s3 diagnose --evidence DIR} (design.md §1): every {@code *.json} file in file-name
 * order; an unreadable file becomes an error entry instead of stopping the run.
 */
public final class FolderDiagnosis {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FolderDiagnosis() {}

    /** One file's outcome. */
    public sealed interface Outcome {
        Path file();
        record Diagnosed(Path file, Diagnosis diagnosis) implements Outcome {}
        record Unreadable(Path file, String error) implements Outcome {}
    }

    public static List<Outcome> diagnose(Path dir, AuthorizationEngine engine) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(f -> outcome(f, engine)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static Outcome outcome(Path f, AuthorizationEngine engine) {
        try {
            return new Outcome.Diagnosed(f, engine.diagnose(EvidenceReader.read(f)));
        } catch (RuntimeException e) {
            return new Outcome.Unreadable(f, e.getMessage());
        }
    }

    /** A JSON array, one {@code xacct.s3-diagnosis/v1} per file with a {@code file} field. */
    public static String toJson(List<Outcome> outcomes) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        for (Outcome o : outcomes) {
            if (o instanceof Outcome.Diagnosed d) {
                ObjectNode n = arr.addObject();
                n.put("file", d.file().toString());
                n.setAll(DiagnosisJsonWriter.toTree(d.diagnosis()));
            } else if (o instanceof Outcome.Unreadable u) {
                ObjectNode n = arr.addObject();
                n.put("file", u.file().toString());
                n.put("error", u.error());
            }
        }
        try {
            return JSON.writeValueAsString(arr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
