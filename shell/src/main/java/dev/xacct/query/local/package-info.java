/**
 * The local engine: DuckDB over log files on disk ({@link dev.xacct.query.local.LocalEngine}),
 * with Trino's functions as DuckDB macros ({@link dev.xacct.query.local.TrinoFunctions}) so the
 * same templates run here and on Athena, and result columns named as Athena names them
 * ({@link dev.xacct.query.local.AthenaColumnNames}). A kind of log is a
 * {@link dev.xacct.query.local.LocalTable} (its {@link dev.xacct.query.local.SourceFile}s and the
 * SQL reading them); CloudTrail is {@link dev.xacct.query.local.CloudTrailTable}, its columns from
 * {@code template.ddl.CloudTrailColumns} (the definition Athena's DDL comes from too), and the
 * kinds plugins bring are in {@code query.local.kind}; {@code query.local.cache} keeps tables as
 * Parquet. DuckDB work runs on worker threads so an interrupt (Ctrl-C) cancels it at once
 * ({@link dev.xacct.query.local.CancellableWork}).
 *
 * <p>May import: {@code query}, {@code render}, {@code template} (scope, the CloudTrail columns),
 * {@code aws}, its {@code cache}, DuckDB's JDBC driver, Jackson. No Spring, no SDK.
 */
package dev.xacct.query.local;
