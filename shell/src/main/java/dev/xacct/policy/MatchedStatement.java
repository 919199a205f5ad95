package dev.xacct.policy;

/**
 * A statement named in a decision: policy label (e.g. {@code scp[0][1]}), its Sid (may be
 * null) and its position in the policy's Statement list (0-based).
 */
public record MatchedStatement(String policy, String sid, int index) {
    public MatchedStatement(String policy, String sid) {
        this(policy, sid, -1);
    }

    static MatchedStatement of(StatementMatch m) {
        return new MatchedStatement(m.policy(), m.sid(), m.index());
    }
}
