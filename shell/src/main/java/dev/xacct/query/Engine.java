package dev.xacct.query;

import dev.xacct.render.ResultStream;

/**
 * Something that runs SQL and streams the result. Implementations:
 * {@link dev.xacct.query.local.LocalEngine} ({@code local}: DuckDB over CloudTrail files on disk)
 * and {@link dev.xacct.query.athena.AthenaEngine} ({@code athena}: Amazon Athena as the current
 * session). {@code dev.xacct.query.service.QueryEngines} picks one by name; the query service
 * ({@code QueryRunner}) uses only this interface, so a new engine needs no change there.
 */
public interface Engine extends AutoCloseable {

    /** The name a user types after {@code --engine}. */
    String name();

    /**
     * Starts the query and returns its rows as a stream of pages. Closing the stream stops the
     * query. Failures a user can fix (bad SQL, missing source) are {@link QueryFailedException}.
     */
    ResultStream execute(QueryRequest request);

    /** Releases the engine's resources; streams still open are closed first. */
    @Override
    void close();
}
