package dev.xacct.policy;

import java.util.List;

/**
 * One operator/key pair of a Condition block with all its values (values are ORed).
 * Values are kept as strings; JSON booleans and numbers are written as their text, which
 * is how IAM compares them.
 */
public record Condition(ConditionOperator operator, String key, List<String> values) {
    public Condition {
        values = List.copyOf(values);
    }
}
