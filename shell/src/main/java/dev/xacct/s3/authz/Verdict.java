package dev.xacct.s3.authz;

/** formats.md §2 {@code verdict}. */
public enum Verdict {
    ALLOWED,
    IMPLICIT_DENY,
    EXPLICIT_DENY,
    NOT_AUTHORIZATION,
    UNDETERMINED
}
