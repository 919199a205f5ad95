package dev.xacct.session;

import java.util.Map;
import java.util.Optional;

/** One profile of {@code ~/.aws/config} / {@code credentials}: only names and settings, never keys. */
public record AwsProfile(String name, Map<String, String> properties) {

    public AwsProfile {
        properties = Map.copyOf(properties);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public Optional<String> roleArn() {
        return get("role_arn");
    }

    public Optional<String> sourceProfile() {
        return get("source_profile");
    }

    public Optional<String> credentialSource() {
        return get("credential_source");
    }

    public Optional<String> mfaSerial() {
        return get("mfa_serial");
    }

    public Optional<String> region() {
        return get("region");
    }

    public Optional<String> externalId() {
        return get("external_id");
    }

    public Optional<String> roleSessionName() {
        return get("role_session_name");
    }

    public Optional<String> durationSeconds() {
        return get("duration_seconds");
    }

    /** {@code sso_session NAME} or the legacy {@code sso_start_url}, with account and role. */
    public Optional<String> sso() {
        Optional<String> start = get("sso_session").map(s -> "sso-session " + s).or(() -> get("sso_start_url"));
        return start.map(s -> s
                + get("sso_account_id").map(a -> " " + a).orElse("")
                + get("sso_role_name").map(r -> "/" + r).orElse(""));
    }

    /**
     * How the profile gets credentials: role, sso, keys, process, web-identity, login (the
     * {@code login_session} that {@code aws login} writes), or none.
     */
    public String kind() {
        if (roleArn().isPresent() && get("web_identity_token_file").isPresent()) {
            return "web-identity";
        }
        if (roleArn().isPresent()) {
            return "role";
        }
        if (sso().isPresent()) {
            return "sso";
        }
        if (get("aws_access_key_id").isPresent()) {
            return "keys";
        }
        if (get("credential_process").isPresent()) {
            return "process";
        }
        if (get("login_session").isPresent()) {
            return "login";
        }
        return "none";
    }

    /** Where a role profile's source credentials come from: {@code source_profile} or {@code credential_source}. */
    public String source() {
        return sourceProfile()
                .map(s -> "profile " + s)
                .or(this::credentialSource)
                .orElse("");
    }

    @Override
    public String toString() {
        return "AwsProfile[" + name + ", " + kind() + "]";
    }
}
