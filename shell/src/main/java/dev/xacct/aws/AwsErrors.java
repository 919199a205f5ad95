package dev.xacct.aws;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The one list of AWS error codes xacct tells apart, and reading the code out of an SDK failure.
 *
 * <p>Sources: STS, IAM and S3 API references ("Common Errors" of the AWS APIs: {@code
 * ExpiredToken}, {@code InvalidClientTokenId}, {@code SignatureDoesNotMatch}, {@code
 * AccessDenied}, {@code Throttling}…); the throttling codes are the ones the SDK itself retries
 * as throttling ({@code software.amazon.awssdk.awscore.internal.AwsErrorCode}), without
 * {@code LimitExceededException}, which IAM and others use for quotas, not rate.
 */
public final class AwsErrors {

    /**
     * Credentials that were good and are no longer. {@code RequestExpired} (the signed request
     * is too old) and S3's {@code TokenRefreshRequired} are answered the same way: get fresh
     * credentials.
     */
    static final Set<String> EXPIRED_CREDENTIALS =
            Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired");

    /** Credentials AWS does not accept at all. */
    static final Set<String> REJECTED_CREDENTIALS = Set.of(
            "InvalidClientTokenId",
            "UnrecognizedClientException",
            "SignatureDoesNotMatch",
            "InvalidAccessKeyId",
            "InvalidToken",
            "IncompleteSignature",
            "AuthFailure");

    /** A policy refused the call. */
    static final Set<String> ACCESS_DENIED = Set.of(
            "AccessDenied",
            "AccessDeniedException",
            "UnauthorizedOperation",
            "AuthorizationError",
            "AllAccessDisabled");

    /** Slow down. */
    static final Set<String> THROTTLING = Set.of(
            "Throttling",
            "ThrottlingException",
            "ThrottledException",
            "RequestThrottledException",
            "RequestThrottled",
            "TooManyRequestsException",
            "ProvisionedThroughputExceededException",
            "TransactionInProgressException",
            "RequestLimitExceeded",
            "BandwidthLimitExceeded",
            "SlowDown",
            "PriorRequestNotComplete",
            "EC2ThrottledException");

    /** The resource is not there. */
    static final Set<String> NOT_FOUND = Set.of(
            "NoSuchBucket", "NoSuchKey", "NoSuchBucketPolicy", "NoSuchEntity", "NotFound", "ResourceNotFoundException");

    private AwsErrors() {}

    /** The kind of an error code; {@link AwsErrorKind#OTHER} for null or an unlisted code. */
    public static AwsErrorKind kind(String code) {
        if (code == null) return AwsErrorKind.OTHER;
        if (EXPIRED_CREDENTIALS.contains(code)) return AwsErrorKind.EXPIRED_CREDENTIALS;
        if (REJECTED_CREDENTIALS.contains(code)) return AwsErrorKind.REJECTED_CREDENTIALS;
        if (ACCESS_DENIED.contains(code)) return AwsErrorKind.ACCESS_DENIED;
        if (THROTTLING.contains(code)) return AwsErrorKind.THROTTLING;
        if (NOT_FOUND.contains(code)) return AwsErrorKind.NOT_FOUND;
        return AwsErrorKind.OTHER;
    }

    /** The kind of the first AWS service error in {@code error}'s cause chain; OTHER when there is none. */
    public static AwsErrorKind kind(Throwable error) {
        return kind(code(error).orElse(null));
    }

    /** The first {@link AwsServiceException} in the cause chain of {@code error} (itself included). */
    public static Optional<AwsServiceException> serviceError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AwsServiceException service) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    /**
     * The error code AWS sent ({@code AccessDenied}, {@code NoSuchBucket}…) of the first service
     * error in the cause chain; empty when there is none or the answer had no body (an S3 HEAD).
     */
    public static Optional<String> code(Throwable error) {
        return serviceError(error)
                .map(s ->
                        s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorCode())
                .filter(c -> !c.isBlank());
    }

    /**
     * True when the SDK found no credentials to sign with, so nothing reached AWS: an
     * {@link SdkClientException} in the cause chain saying it was unable (or failed) to load
     * credentials, as the default chain, a profile or IMDS say it ({@code Unable to load
     * credentials from any of the providers in the chain…}, {@code Failed to load credentials
     * from IMDS}).
     */
    public static boolean isMissingCredentials(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SdkClientException
                    && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("to load credentials")) {
                return true;
            }
        }
        return false;
    }

    /** The message AWS sent with the error; empty when there is none. */
    public static Optional<String> message(Throwable error) {
        return serviceError(error)
                .map(s ->
                        s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorMessage())
                .filter(m -> !m.isBlank());
    }
}
