package dev.xacct.policy;

/**
 * How a resource-policy statement's principal covers the caller. The difference between
 * ACCOUNT and PRINCIPAL matters: a grant to an account gives a user or role of that account
 * nothing until the account passes it on (s3-authorization.md §1.4).
 */
public enum PrincipalMatch {
    NONE,
    ACCOUNT,
    PRINCIPAL,
    SERVICE,
    EVERYONE;

    public boolean matched() {
        return this != NONE;
    }
}
