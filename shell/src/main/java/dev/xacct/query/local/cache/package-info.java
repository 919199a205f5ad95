/**
 * The local engine's columnar cache: a table's log files converted once to Parquet per day
 * ({@link dev.xacct.query.local.cache.ColumnarCache}), kept in a private folder per table and
 * source ({@code CacheFolder}: 0700 folders, 0600 files), valid as far as its manifest says,
 * built by one process at a time under a file lock.
 *
 * <p>May import: {@code query}, {@code query.local}, {@code query.athena.ByteSize}, {@code template}
 * (scope), Jackson, DuckDB's JDBC driver. No Spring, no SDK.
 */
package dev.xacct.query.local.cache;
