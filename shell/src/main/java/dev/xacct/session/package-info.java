/**
 * Sessions: who the shell acts as. Profiles from the user's AWS files
 * ({@link dev.xacct.session.ProfileCatalog}), roles assumed through STS with MFA, external id
 * and chaining ({@link dev.xacct.session.Assumer}), credentials refreshed before they expire, the
 * open sessions and the current one ({@link dev.xacct.session.SessionManager}), the prompt and
 * banner, and the one SDK client factory ({@link dev.xacct.session.AwsClients}) every service
 * gets its clients from.
 *
 * <p>May import: {@code shell}, {@code render}, {@code aws}, the SDK (auth, profiles, regions,
 * STS, Organizations…), Spring, JLine.
 */
package dev.xacct.session;
