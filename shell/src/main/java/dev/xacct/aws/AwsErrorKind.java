package dev.xacct.aws;

/**
 * What an AWS error code means for the user, whatever the service. See {@link AwsErrors#kind(String)}
 * for the codes in each kind.
 */
public enum AwsErrorKind {
    /** The credentials were valid once and have expired: refresh them (re-assume, {@code aws sso login}). */
    EXPIRED_CREDENTIALS,
    /** AWS does not recognise or accept the credentials (wrong key, bad signature, unknown token). */
    REJECTED_CREDENTIALS,
    /** The credentials are fine; a policy refuses the call. */
    ACCESS_DENIED,
    /** Too many requests: retry later, slower. */
    THROTTLING,
    /** The named resource does not exist (bucket, key, IAM entity, Athena query…). */
    NOT_FOUND,
    /** Anything else. */
    OTHER;

    /** True for expired or rejected credentials: no call will work until they are replaced. */
    public boolean isCredentialProblem() {
        return this == EXPIRED_CREDENTIALS || this == REJECTED_CREDENTIALS;
    }
}
