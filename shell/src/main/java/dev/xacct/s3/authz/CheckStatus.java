package dev.xacct.s3.authz;

/** formats.md §2 {@code checks[].status}. */
public enum CheckStatus {
    PASS,
    FAIL,
    UNKNOWN,
    SKIP
}
