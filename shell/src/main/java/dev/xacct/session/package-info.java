/**
 * Sessions: the identities one shell run holds, and everything that opens, refreshes, names and
 * shows them.
 *
 * <p>Entry point: {@link dev.xacct.session.SessionManager} — the registry (current, previous,
 * switch, back, forget, kept by {@code SessionList}) and what other packages ask for "who am I
 * acting as"; SDK clients come
 * from {@link dev.xacct.session.AwsClients}. Sessions are opened by small openers, each one job:
 * <ul>
 *   <li>{@code BaseSessions}: the run's first session, in the AWS CLI's order ({@code --profile}
 *       beats environment keys, which beat {@code AWS_PROFILE}, which beats the default chain);
 *   <li>{@code ProfileSessions}: {@code use PROFILE} (role chains with loops named, IAM Identity
 *       Center profiles, {@code credential_process} failures, {@code login_session});
 *   <li>{@code RoleSessions} and {@link dev.xacct.session.Assumer}: AssumeRole, MFA typed once
 *       per source identity and serial ({@code RefreshingCredentials});
 *   <li>{@link dev.xacct.session.SsoSessions}: sessions from IAM Identity Center, no profile needed.
 * </ul>
 * {@link dev.xacct.session.SessionRows} makes the rows {@code whoami}, {@code sessions} and
 * {@code profiles} print (nothing secret), and the line that confirms a change of session.
 * {@link dev.xacct.session.Questions} asks the user (an MFA code, a yes/no) on the terminal
 * through stderr, or reads one line of stdin when there is no terminal.
 * {@link dev.xacct.session.AwsSettings} holds what the run was told ({@code $HOME},
 * {@code AWS_*}, launch options) before any AWS call.
 *
 * <p>Sub-package {@code sso}: IAM Identity Center on the AWS CLI's token cache.
 *
 * <p>May import: {@code dev.xacct.aws}, {@code dev.xacct.shell} (errors, ports, suggestions),
 * {@code dev.xacct.render}, the AWS SDK, JLine (for questions on the terminal) and Spring (wiring
 * only, {@link dev.xacct.session.SessionConfiguration}). Never {@code commands}, {@code s3},
 * {@code query}. Secrets (keys, tokens, MFA codes) never reach a message, a log or
 * {@code toString()}.
 */
package dev.xacct.session;
