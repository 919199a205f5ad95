/**
 * The local engine's columnar cache: the rows of a table's log files as Parquet, built with
 * DuckDB under {@code ~/.xacct/cache/parquet/TABLE/KEY/}, one file per delivery day and build
 * step, named by a manifest written last ({@link dev.xacct.query.local.cache.ColumnarCache} is the
 * entry point; {@link dev.xacct.query.local.cache.CachePlan} the pure rules of what is valid).
 * Kept in a private folder per table and source (0700 folders, 0600 files), built by one process
 * at a time under a file lock. Generic over {@link dev.xacct.query.local.LocalTable}: every table
 * kind is cached the same way.
 *
 * <p>May import: {@code query} (errors), {@code query.local} (the table seam, DuckDB setup),
 * {@code query.athena.ByteSize} (sizes), {@code template} (scope), {@code shell.PrivateFiles}
 * (0700/0600), Jackson, DuckDB's JDBC driver.
 * No Spring, no SDK, no terminal: progress goes to a callback.
 */
package dev.xacct.query.local.cache;
