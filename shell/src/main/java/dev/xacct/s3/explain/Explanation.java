package dev.xacct.s3.explain;

import java.util.List;

/**
 * What a message means ({@code xacct.s3-explanation/v1}, formats.md §5): the message read,
 * the meaning in plain words, the other layers that produce the very same text
 * ({@code alternatives}, in formats.md §2 words), and the commands to run next with the names
 * from the message filled in.
 */
public record Explanation(
        AccessDeniedMessage message, String meaning, List<String> alternatives, List<String> nextSteps) {
    public static final String SCHEMA = "xacct.s3-explanation/v1";

    public Explanation {
        alternatives = List.copyOf(alternatives);
        nextSteps = List.copyOf(nextSteps);
    }
}
