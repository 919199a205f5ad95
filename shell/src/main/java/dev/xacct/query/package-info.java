/**
 * What every query engine shares: the {@link dev.xacct.query.Engine} interface, the
 * {@link dev.xacct.query.QueryRequest} it runs and {@link dev.xacct.query.QueryFailedException}
 * (one line the user can act on). Engines live below: {@code athena}, {@code local}; the
 * cross-account {@code fanout}; the {@code service} that runs a statement end to end.
 *
 * <p>May import: {@code render} (the {@code ResultStream} of rows), {@code template} (partition
 * scope). No Spring, no SDK.
 */
package dev.xacct.query;
