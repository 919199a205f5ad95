package dev.xacct.session.sso;

/**
 * An account the IAM Identity Center login grants access to (portal ListAccounts).
 *
 * @param id    twelve digits
 * @param name  the account's name in the organization
 * @param email the account's root email address
 */
public record SsoAccount(String id, String name, String email) {}
