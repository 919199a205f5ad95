/**
 * The {@code local} engine: DuckDB embedded over log files on disk.
 * {@link dev.xacct.query.local.LocalEngine} runs a query over the views of its
 * {@link dev.xacct.query.local.LocalTable}s (CloudTrail today: {@link
 * dev.xacct.query.local.CloudTrailTable}, its columns from {@code template.ddl.CloudTrailColumns},
 * the same definition as Athena's DDL), reading through the {@code cache} subpackage when it has
 * one. Trino's functions as DuckDB macros ({@link dev.xacct.query.local.TrinoFunctions}), result
 * column names as Athena gives them ({@link dev.xacct.query.local.AthenaColumnNames}), DuckDB
 * work cancellable by an interrupt ({@link dev.xacct.query.local.CancellableWork}).
 *
 * <p>May import: {@code query} (the Engine interface, requests, errors), {@code query.local.cache},
 * {@code template} (partition scope, column definitions), {@code render} (the ResultStream and
 * columns), DuckDB JDBC, Jackson. No Spring, no terminal, no AWS SDK.
 */
package dev.xacct.query.local;
