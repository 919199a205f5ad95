package dev.xacct.policy;

/**
 * The kinds of policy AWS combines, with the {@code deniedBy} words of formats.md §2.
 * Declaration order is the order of spec §1 step 2 (explicit deny anywhere).
 */
public enum PolicyLayer {
    SCP("scp", "service control policy"),
    RCP("rcp", "resource control policy"),
    VPC_ENDPOINT("vpc-endpoint-policy", "VPC endpoint policy"),
    IDENTITY("identity-policy", "identity-based policy"),
    BOUNDARY("permissions-boundary", "permissions boundary"),
    SESSION("session-policy", "session policy"),
    RESOURCE("resource-policy", "resource-based policy");

    private final String word;
    private final String title;

    PolicyLayer(String word, String title) {
        this.word = word;
        this.title = title;
    }

    /** The formats.md §2 {@code deniedBy} word. */
    public String word() {
        return word;
    }

    /** How AWS's AccessDenied messages name this policy type (spec §3). */
    public String title() {
        return title;
    }
}
