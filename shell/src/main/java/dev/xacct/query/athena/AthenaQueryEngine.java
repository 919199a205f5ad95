package dev.xacct.query.athena;

import dev.xacct.query.Engine;
import dev.xacct.query.QueryRequest;

/** The Athena engine behind the shared {@link Engine} interface, for one session's client. */
public final class AthenaQueryEngine implements Engine {

    public static final String NAME = "athena";

    private final AthenaEngine engine;
    private final AthenaSettings settings;
    private final QueryListener listener;

    public AthenaQueryEngine(AthenaEngine engine, AthenaSettings settings, QueryListener listener) {
        this.engine = engine;
        this.settings = settings;
        this.listener = listener;
    }

    public AthenaEngine engine() {
        return engine;
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
        return engine.run(request.sql(), settings, listener);
    }

    @Override
    public void close() {
        // The client belongs to the session's client factory.
    }
}
