package dev.xacct.session.sso;

import java.time.Instant;
import java.util.List;

/**
 * An OIDC client registration (SSO OIDC RegisterClient) as the AWS CLI caches it beside the
 * tokens, so a later sign-in reuses it. {@link #toString()} hides the secret.
 *
 * @param clientId     the client id
 * @param clientSecret the client secret
 * @param expiresAt    {@code clientSecretExpiresAt}
 * @param scopes       the scopes it was registered with; empty for none
 * @param grantTypes   the grant types when registered for the authorization-code flow (the CLI
 *                     writes them then); empty for a device-flow registration
 */
public record ClientRegistration(
        String clientId, String clientSecret, Instant expiresAt, List<String> scopes, List<String> grantTypes) {

    public ClientRegistration {
        scopes = List.copyOf(scopes);
        grantTypes = List.copyOf(grantTypes);
    }

    /**
     * Usable for a device sign-in at {@code now}: not registered for the authorization-code flow,
     * and more than 15 minutes from expiring (the CLI's window).
     */
    public boolean usableForDeviceFlow(Instant now) {
        return !grantTypes.contains("authorization_code")
                && now.plusSeconds(15 * 60).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "ClientRegistration[expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
    }
}
