package dev.xacct.query;

import dev.xacct.render.ResultStream;

/**
 * Something that runs SQL over the {@code cloudtrail} table and streams the result.
 * Implementations: {@code local} (DuckDB over files on disk) and, later, {@code athena}.
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
