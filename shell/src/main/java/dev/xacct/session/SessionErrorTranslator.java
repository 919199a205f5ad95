package dev.xacct.session;

import static dev.xacct.shell.MessageLines.firstLine;

import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.ErrorTranslator;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * One line for credential and session failures from any AWS call: no credentials at all,
 * expired or rejected credentials, an endpoint that does not answer.
 */
public final class SessionErrorTranslator implements ErrorTranslator {

    static final String NO_CREDENTIALS = "no AWS credentials found: run 'aws configure' or 'sso login', "
            + "set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or start xacct with --profile P";

    private final AwsSettings settings;

    public SessionErrorTranslator(AwsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<String> translate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AwsServiceException service) {
                Optional<String> known = service(service);
                return known.isPresent() ? known : notAws(service);
            }
            if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException) {
                return Optional.of(noAnswer());
            }
            if (t instanceof SdkClientException client) {
                String message = String.valueOf(client.getMessage());
                if (AwsErrors.isMissingCredentials(client)) {
                    return Optional.of(NO_CREDENTIALS);
                }
                if (message.contains("Token is expired")
                        || message.contains("token has expired")
                        || message.contains("SSO session") && message.contains("expired")) {
                    return Optional.of(
                            "the IAM Identity Center login has expired: run 'sso login' (with --profile P or --sso-session NAME)");
                }
                if (message.startsWith("Unable to execute HTTP request")
                        && client.getCause() instanceof java.net.SocketTimeoutException) {
                    return Optional.of(noAnswer());
                }
                if (message.startsWith("Unable to execute HTTP request")) {
                    return Optional.of("cannot reach AWS"
                            + settings.endpoint().map(e -> " at " + e).orElse("") + ": "
                            + firstLine(message.substring("Unable to execute HTTP request".length())
                                    .replaceFirst("^:\\s*", "")));
                }
            }
        }
        return Optional.empty();
    }

    /** A call the endpoint never answered (AwsClients' timeouts): say so, and where, instead of the SDK's words. */
    private String noAnswer() {
        return "AWS did not answer within " + AwsClients.CALL_TIMEOUT.toSeconds() + " s"
                + settings.endpoint().map(e -> " (endpoint " + e + ")").orElse("")
                + ": check the network" + (settings.endpoint().isPresent() ? " and --endpoint-url" : "")
                + ", then try again";
    }

    /**
     * An HTTP error with no AWS error code in it (a 501 from a web server, a proxy's 502): the
     * endpoint is not the AWS service the call was for.
     */
    private Optional<String> notAws(AwsServiceException e) {
        if (AwsErrors.code(e).isPresent() || e.statusCode() < 400) {
            return Optional.empty();
        }
        String service =
                e.awsErrorDetails() == null ? null : e.awsErrorDetails().serviceName();
        String status = e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null
                ? ""
                : e.awsErrorDetails()
                        .sdkHttpResponse()
                        .statusText()
                        .map(text -> " " + text)
                        .orElse("");
        return Optional.of(
                "the endpoint" + settings.endpoint().map(x -> " " + x).orElse("")
                        + " answered HTTP " + e.statusCode() + status + (service == null ? "" : " for " + service)
                        + ", with no AWS error in it: it does not speak this AWS API"
                        + (settings.endpoint().isPresent() ? "; check --endpoint-url" : "; try again later"));
    }

    private static Optional<String> service(AwsServiceException e) {
        String code = AwsErrors.code(e).orElse(null);
        return switch (AwsErrors.kind(code)) {
            case EXPIRED_CREDENTIALS ->
                Optional.of("the current session's credentials have expired (" + code + "): "
                        + "open it again with 'use PROFILE' or 'assume ROLE', or 'switch' to another session");
            case REJECTED_CREDENTIALS ->
                Optional.of("AWS does not accept the current session's credentials (" + code
                        + "): check the access key, or run 'sso login'");
            default -> Optional.empty();
        };
    }
}
