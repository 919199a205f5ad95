/**
 * The local engine's columnar cache: the rows of a table's log files as Parquet, built with
 * DuckDB under {@code ~/.xacct/cache/parquet/TABLE/KEY/}, one file per delivery day and build
 * step, named by a manifest written last ({@link dev.xacct.query.local.cache.ColumnarCache} is the
 * entry point; {@link dev.xacct.query.local.cache.CachePlan} the pure rules of what is valid).
 * Generic over {@link dev.xacct.query.local.LocalTable}: any table kind is cached the same way.
 *
 * <p>May import: {@code query} (errors, {@code query.local}'s table seam and DuckDB setup,
 * {@code query.athena.ByteSize} for sizes), {@code template} (partition scope), DuckDB JDBC,
 * Jackson. No Spring, no terminal: progress goes to a callback.
 */
package dev.xacct.query.local.cache;
