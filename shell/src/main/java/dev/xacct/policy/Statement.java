package dev.xacct.policy;

import java.util.List;

/**
 * One policy statement. {@code principal}/{@code notPrincipal} are null when the element is
 * absent (identity policies, SCPs). {@code notAction}/{@code notResource} tell which form
 * the list came in. An absent Resource (SCP grammar allows it) is represented as "*".
 */
public record Statement(
        String sid,
        Effect effect,
        PrincipalBlock principal,
        PrincipalBlock notPrincipal,
        List<String> actions,
        boolean notAction,
        List<String> resources,
        boolean notResource,
        List<Condition> conditions) {
    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }
}
