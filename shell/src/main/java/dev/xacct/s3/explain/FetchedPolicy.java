package dev.xacct.s3.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The policy a message named, as {@code s3 explain --fetch} read it, and the statements of it
 * that match the message's request ({@code applies}: {@code yes}, or {@code maybe} when a
 * condition depends on a key the message does not carry). {@code error} says why it could not be
 * read (then the other fields are null/empty).
 *
 * @param source the call that read it, e.g. {@code aws organizations describe-policy --policy-id p-…}
 */
public record FetchedPolicy(String source, JsonNode policy, List<Match> statements, String error) {
    public record Match(int index, String sid, String effect, String applies, JsonNode statement) {}

    public FetchedPolicy {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    public static FetchedPolicy failed(String source, String error) {
        return new FetchedPolicy(source, null, List.of(), error);
    }
}
