package dev.xacct.session.sso;

/** One permission set the login grants in one account: the role {@code roleName} there (portal ListAccountRoles). */
public record SsoAssignment(SsoAccount account, String roleName) {}
