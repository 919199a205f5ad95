package dev.xacct.s3.gather;

import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.MessageLines;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What an SDK failure means for gathering: its error code and status, and the failures that stop
 * it (refused credentials, a missing bucket). Codes are classified by {@link AwsErrors}, the one
 * list of AWS error codes.
 */
final class Failures {
    private Failures() {}

    /** AWS's error code, or for a body-less answer (an S3 HEAD) the HTTP status as text. */
    static String code(Throwable e) {
        return AwsErrors.code(e)
                .orElseGet(() -> AwsErrors.serviceError(e)
                        .map(s -> s.statusCode() == 0 ? "error" : String.valueOf(s.statusCode()))
                        .orElse(e.getClass().getSimpleName()));
    }

    static int status(Throwable e) {
        return e instanceof AwsServiceException s ? s.statusCode() : 0;
    }

    /** The message S3 sent (null when there was no body, as for HEAD). */
    static String message(Throwable e) {
        return AwsErrors.message(e).orElse(null);
    }

    static boolean isCredentialProblem(Throwable e) {
        if (e instanceof AwsServiceException) return AwsErrors.kind(e).isCredentialProblem();
        return e instanceof SdkClientException && AwsErrors.isMissingCredentials(e);
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

    /** Asks who a perspective is, turning credential problems into one line the user can act on. */
    static <T> T identity(AwsPerspective p, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            if (isCredentialProblem(e)) throw new GatherException(credentialAdvice(p.name(), e), e);
            if (e instanceof SdkClientException) {
                throw new GatherException(
                        "cannot reach AWS as " + p.name() + ": " + MessageLines.firstLine(e.getMessage())
                                + " (check the network, --region and --endpoint-url)",
                        e);
            }
            throw new GatherException(
                    "cannot tell who " + p.name() + " is (sts:GetCallerIdentity failed: " + code(e) + ")", e);
        }
    }
}
