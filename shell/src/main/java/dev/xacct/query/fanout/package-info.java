/**
 * {@code query run … --accounts ID,ID|org --role-name ROLE}: the same SQL in every account's
 * Athena, as a role assumed there, merged into one stream with an {@code account} column.
 * {@link dev.xacct.query.fanout.FanOut} resolves the accounts and starts
 * {@link dev.xacct.query.fanout.FanOutStream}: one {@code AccountWorker} per account handing pages
 * to a JDK {@code BlockingQueue}. {@link dev.xacct.query.fanout.OrganizationTrail} (pure) says when
 * one organization-trail table already covers the accounts.
 *
 * <p>May import: {@code query}, {@code query.athena}, {@code render}, {@code session} (to assume
 * the role in each account), {@code shell} (errors), {@code aws}, the SDK. No Spring.
 */
package dev.xacct.query.fanout;
