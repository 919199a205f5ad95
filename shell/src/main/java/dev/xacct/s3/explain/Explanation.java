package dev.xacct.s3.explain;

import java.util.List;

/** What a message means, in plain words, and what to check next. */
public record Explanation(AccessDeniedMessage message, String meaning, List<String> nextSteps) {
    public Explanation {
        nextSteps = List.copyOf(nextSteps);
    }
}
