package dev.xacct.session;

import static dev.xacct.shell.MessageLines.firstLine;

import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.ErrorTranslator;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
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
                return service(service);
            }
            if (t instanceof SdkClientException client) {
                String message = String.valueOf(client.getMessage());
                if (message.contains("Unable to load credentials")) {
                    return Optional.of(NO_CREDENTIALS);
                }
                if (message.contains("Token is expired")
                        || message.contains("token has expired")
                        || message.contains("SSO session") && message.contains("expired")) {
                    return Optional.of(
                            "the IAM Identity Center login has expired: run 'sso login' (with --profile P or --sso-session NAME)");
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
