/**
 * IAM Identity Center (AWS SSO) for the shell, sharing the AWS CLI's token cache both ways.
 *
 * <p>Entry point: {@link dev.xacct.session.sso.IdentityCenter} — sign in with the OAuth device
 * flow ({@code DeviceLogin}: RegisterClient, StartDeviceAuthorization, CreateToken polled at the
 * service's interval), keep the token fresh (refresh token), list the accounts and roles the
 * login grants (portal ListAccounts / ListAccountRoles, every page), and turn an account and role
 * into credentials (GetRoleCredentials; {@code session.SsoSessions} refreshes them).
 * {@link dev.xacct.session.sso.SsoTokenCache} reads and writes {@code ~/.aws/sso/cache} exactly as
 * the AWS CLI v2 does (file names, fields, time format, mode 0600);
 * {@link dev.xacct.session.sso.SsoConfigs} reads {@code [sso-session]} sections and SSO profiles;
 * {@link dev.xacct.session.sso.ProfileBlocks} writes a profile per account × role.
 *
 * <p>May import: the SDK ({@code sso}, {@code ssooidc}, {@code profiles}), Jackson,
 * {@code dev.xacct.aws} and {@code dev.xacct.shell} (errors, suggestions, private files). Nothing from
 * {@code dev.xacct.session} itself: this package sits below it (clients come in as functions).
 * Tokens, client secrets and refresh tokens never reach a message, a log or {@code toString()}.
 */
package dev.xacct.session.sso;
