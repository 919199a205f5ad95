package dev.xacct.policy.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.policy.Decision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code policy simulate --file DIR}: every {@code *.json} in file-name order, errors per file. */
public final class FolderSimulation {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FolderSimulation() {}

    public sealed interface Outcome {
        Path file();
        record Decided(Path file, Decision decision) implements Outcome {}
        record Unreadable(Path file, String error) implements Outcome {}
    }

    public static List<Outcome> simulate(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().map(FolderSimulation::outcome).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    private static Outcome outcome(Path f) {
        try {
            return new Outcome.Decided(f, PolicySimulator.simulate(f));
        } catch (RuntimeException e) {
            return new Outcome.Unreadable(f, e.getMessage());
        }
    }

    public static String toJson(List<Outcome> outcomes) {
        ArrayNode arr = JsonNodeFactory.instance.arrayNode();
        for (Outcome o : outcomes) {
            ObjectNode n = arr.addObject();
            n.put("file", o.file().toString());
            if (o instanceof Outcome.Decided d) n.setAll(PolicyDecisionWriter.toTree(d.decision()));
            else n.put("error", ((Outcome.Unreadable) o).error());
        }
        try {
            return JSON.writeValueAsString(arr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
