package dev.xacct.session;

/**
 * Whether a role could be assumed in one account ({@code accounts --check}).
 *
 * @param reason empty when reachable; otherwise one short line (e.g. "access denied: …")
 */
public record AccountReach(OrgAccount account, String roleArn, boolean reachable, String reason) {}
