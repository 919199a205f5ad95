package dev.xacct.s3.authz;

/**
 * One step of the evaluation as the report shows it: {@code evidence} names the API the
 * fact came from (e.g. {@code GetBucketPolicy}), {@code detail} says what was found.
 */
public record Check(String id, CheckStatus status, String evidence, String detail) {}
