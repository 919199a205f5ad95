package dev.xacct.session.sso;

import java.net.URI;
import java.time.Instant;

/**
 * What the user does to approve a device sign-in: open {@code verificationUri} and enter
 * {@code userCode}, or open {@code verificationUriComplete} that carries it. Neither is a secret
 * (the service shows the same code on the approval page).
 *
 * @param expiresAt when the code stops working
 */
public record DeviceCode(String userCode, URI verificationUri, URI verificationUriComplete, Instant expiresAt) {}
