package dev.xacct.query.athena;

import dev.xacct.query.Engine;
import dev.xacct.query.QueryRequest;

/**
 * The Athena {@link Engine}: runs a {@link QueryRequest}'s SQL through {@link AthenaQueries} with
 * the settings of {@code athena config}, reporting the query's progress to a {@link QueryListener}.
 * One instance per session's client.
 */
public final class AthenaEngine implements Engine {

    public static final String NAME = "athena";

    private final AthenaQueries queries;
    private final AthenaSettings settings;
    private final QueryListener listener;

    public AthenaEngine(AthenaQueries queries, AthenaSettings settings, QueryListener listener) {
        this.queries = queries;
        this.settings = settings;
        this.listener = listener;
    }

    /** The Athena API of this engine's session: status, cancel, history, workgroup limits. */
    public AthenaQueries queries() {
        return queries;
    }

    public AthenaSettings settings() {
        return settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AthenaResults execute(QueryRequest request) {
        return queries.run(request.sql(), settings, listener);
    }

    @Override
    public void close() {
        // The client belongs to the session's client factory.
    }
}
