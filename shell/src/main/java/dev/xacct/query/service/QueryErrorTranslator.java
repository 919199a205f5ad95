package dev.xacct.query.service;

import dev.xacct.query.QueryFailedException;
import dev.xacct.shell.ErrorTranslator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A query that failed (bad SQL, Athena's reason and hint, a missing source) is one line, as the engine put it. */
@Component
@org.springframework.core.annotation.Order(100)
public class QueryErrorTranslator implements ErrorTranslator {

    @Override
    public Optional<String> translate(Throwable error) {
        return error instanceof QueryFailedException failed ? Optional.of(failed.getMessage()) : Optional.empty();
    }
}
