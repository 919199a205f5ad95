/**
 * The local engine: DuckDB over log files on disk ({@link dev.xacct.query.local.LocalEngine}),
 * with Trino's functions as DuckDB macros ({@link dev.xacct.query.local.TrinoFunctions}) so the
 * same templates run here and on Athena. A kind of log is a {@link dev.xacct.query.local.LocalTable}
 * (its {@link dev.xacct.query.local.SourceFile}s and the SQL reading them); CloudTrail is
 * {@link dev.xacct.query.local.CloudTrailTable}, with the columns of AWS's CloudTrail table, and
 * the kinds plugins bring are in {@code query.local.kind}; {@code query.local.cache} keeps
 * tables as Parquet.
 *
 * <p>May import: {@code query}, {@code render}, {@code template} (scope, the CloudTrail columns),
 * {@code aws}, its {@code cache}, DuckDB's JDBC driver. No Spring, no SDK.
 */
package dev.xacct.query.local;
