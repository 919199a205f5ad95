package dev.xacct.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A parsed policy document, with the JSON it came from (written back verbatim). */
public record PolicyDocument(String id, List<Statement> statements, JsonNode source) {
    public PolicyDocument {
        statements = List.copyOf(statements);
    }
}
