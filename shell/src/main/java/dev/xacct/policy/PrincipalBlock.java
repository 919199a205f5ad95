package dev.xacct.policy;

import java.util.List;
import java.util.Map;

/**
 * A Principal or NotPrincipal element: type ("AWS", "Service", "Federated",
 * "CanonicalUser", or "*" for the bare {@code "Principal": "*"}) to identifiers.
 */
public record PrincipalBlock(Map<String, List<String>> byType) {
    public PrincipalBlock {
        byType = Map.copyOf(byType);
    }

    public static final PrincipalBlock EVERYONE = new PrincipalBlock(Map.of("*", List.of("*")));

    public List<String> ids(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** True for "*" or {"AWS":"*"}: the statement applies to anyone, signed-in or not. */
    public boolean isWildcard() {
        return ids("*").contains("*") || ids("AWS").contains("*");
    }
}
