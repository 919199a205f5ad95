/**
 * Amazon Athena: {@link dev.xacct.query.athena.AthenaEngine} (the {@code Engine}),
 * {@link dev.xacct.query.athena.AthenaQueries} (StartQueryExecution, polling with
 * {@link dev.xacct.query.athena.Backoff}, GetQueryResults pages, status, StopQueryExecution,
 * history), {@code athena config} ({@link dev.xacct.query.athena.AthenaConfig}), and the cost
 * guard's parts: {@link dev.xacct.query.athena.S3ScanEstimator} (bytes under the CloudTrail
 * prefixes a scope selects), {@link dev.xacct.query.athena.CostGuard} (pure decision),
 * {@link dev.xacct.query.athena.ScanCost} (USD 5 per TB, 10 MB minimum per query: Athena pricing).
 *
 * <p>May import: {@code query}, {@code render}, {@code template}, {@code aws}, {@code shell} (private files, text files and their errors), the SDK's Athena
 * and S3 clients (given by the caller; nothing here reads the environment). No Spring, no
 * session: the service hands in clients of the current session.
 */
package dev.xacct.query.athena;
