package dev.xacct.policy;

/** A statement named in a decision: policy label (e.g. {@code scp[0][1]}) and Sid (may be null). */
public record MatchedStatement(String policy, String sid) {
    static MatchedStatement of(StatementMatch m) {
        return new MatchedStatement(m.policy(), m.sid());
    }
}
