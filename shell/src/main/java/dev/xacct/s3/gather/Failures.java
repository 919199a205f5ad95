package dev.xacct.s3.gather;

import static dev.xacct.shell.MessageLines.firstLine;

import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** What an SDK failure means for gathering: its error code and status, and the failures that stop it. */
final class Failures {
    private static final Set<String> BAD_CREDENTIALS = Set.of(
            "ExpiredToken",
            "ExpiredTokenException",
            "InvalidClientTokenId",
            "SignatureDoesNotMatch",
            "InvalidAccessKeyId",
            "UnrecognizedClientException",
            "RequestExpired",
            "TokenRefreshRequired");

    private Failures() {}

    /** S3's error code, or for a body-less HEAD answer "403 Forbidden"-style text derived from the status. */
    static String code(Throwable e) {
        if (e instanceof AwsServiceException s) {
            String code =
                    s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorCode();
            if (code != null && !code.isBlank()) return code;
            return s.statusCode() == 0 ? "error" : String.valueOf(s.statusCode());
        }
        return e.getClass().getSimpleName();
    }

    static int status(Throwable e) {
        return e instanceof AwsServiceException s ? s.statusCode() : 0;
    }

    /** The message S3 sent (null when there was no body, as for HEAD). */
    static String message(Throwable e) {
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            String m = s.awsErrorDetails().errorMessage();
            return m == null || m.isBlank() ? null : m;
        }
        return null;
    }

    static boolean isCredentialProblem(Throwable e) {
        if (e instanceof AwsServiceException s) return BAD_CREDENTIALS.contains(code(s));
        if (e instanceof SdkClientException c) {
            String m = String.valueOf(c.getMessage());
            return m.contains("Unable to load credentials") || m.contains("credentials") && m.contains("load");
        }
        return false;
    }

    static String credentialAdvice(String who, Throwable e) {
        if (e instanceof AwsServiceException) {
            return "the credentials of " + who + " were refused (" + code(e)
                    + "): they are expired or wrong; refresh them"
                    + " (aws sso login, new keys, or re-assume the role) and try again";
        }
        return "no AWS credentials found for " + who + ": set AWS_PROFILE (or --profile P), or AWS_ACCESS_KEY_ID and"
                + " AWS_SECRET_ACCESS_KEY, or run 'aws configure'";
    }

    /** Calls STS GetCallerIdentity, turning credential problems into one line the user can act on. */
    static <T> T identity(AwsPerspective p, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            if (isCredentialProblem(e)) throw new GatherException(credentialAdvice(p.name(), e), e);
            if (e instanceof SdkClientException) {
                throw new GatherException(
                        "cannot reach AWS as " + p.name() + ": " + firstLine(e.getMessage())
                                + " (check the network, --region and --endpoint-url)",
                        e);
            }
            throw new GatherException(
                    "cannot tell who " + p.name() + " is (sts:GetCallerIdentity failed: " + code(e) + ")", e);
        }
    }
}
