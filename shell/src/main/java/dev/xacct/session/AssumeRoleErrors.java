package dev.xacct.session;

import dev.xacct.aws.AwsErrorKind;
import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.UserError;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What a refused AssumeRole means, in one line that says what to do: a rejected MFA code, the
 * trust-policy checklist for AccessDenied ({@link AccessDeniedExplanation}), the role-chaining
 * hour, the role's MaxSessionDuration, expired or rejected caller credentials. Codes and kinds
 * come from {@link AwsErrors}; anything else is returned unchanged.
 */
final class AssumeRoleErrors {

    private AssumeRoleErrors() {}

    /**
     * @param parent    the alias of the session assumed from
     * @param callerArn who that session is (asked only for AccessDenied; may fail)
     */
    static RuntimeException explain(
            RuntimeException error,
            String parent,
            Supplier<String> callerArn,
            RoleReference role,
            Assumer.Options options,
            Optional<Duration> duration) {
        if (error instanceof UserError) {
            return error;
        }
        Optional<AwsServiceException> service = AwsErrors.serviceError(error);
        if (service.isEmpty()) {
            return error;
        }
        String code = AwsErrors.code(error).orElse("");
        String message = AwsErrors.message(error).orElse("");
        AwsErrorKind kind = AwsErrors.kind(code);
        if (kind == AwsErrorKind.ACCESS_DENIED && message.contains("MultiFactorAuthentication")) {
            return new UserError(
                    "MFA code rejected for " + options.mfaSerial().orElse("the MFA device")
                            + ": codes work once and for about 30 seconds; try again",
                    service.get());
        }
        if (kind == AwsErrorKind.ACCESS_DENIED) {
            String caller = null;
            try {
                caller = callerArn.get();
            } catch (RuntimeException ignored) {
                // the explanation still helps without the caller's name
            }
            return new UserError(
                    AccessDeniedExplanation.explain(
                            role.arn(),
                            caller,
                            options.externalId().isPresent(),
                            options.mfaSerial().isPresent()),
                    service.get());
        }
        if ("ValidationError".equals(code) && message.toLowerCase(Locale.ROOT).contains("chaining")) {
            return new UserError(
                    "AWS caps a role assumed from role credentials (role chaining) at 1 hour: "
                            + "use --duration 1h or less (" + parent + " is itself a role session)",
                    service.get());
        }
        if ("ValidationError".equals(code) && message.contains("MaxSessionDuration")) {
            return new UserError(
                    "--duration " + duration.map(SessionDurations::format).orElse("")
                            + " is longer than " + role.roleName()
                            + "'s MaxSessionDuration (1h unless the role's owner raised it): ask for less",
                    service.get());
        }
        if (kind == AwsErrorKind.EXPIRED_CREDENTIALS) {
            return new UserError(
                    "the credentials of session '" + parent + "' have expired: "
                            + "open it again (use PROFILE or assume ROLE), or switch to another session",
                    service.get());
        }
        if (kind == AwsErrorKind.REJECTED_CREDENTIALS) {
            return new UserError(
                    "AWS does not accept the credentials of session '" + parent + "' (" + code
                            + "): check the access key, or run 'sso login'",
                    service.get());
        }
        return error;
    }
}
