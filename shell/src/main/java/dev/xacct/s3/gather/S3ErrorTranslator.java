package dev.xacct.s3.gather;

import dev.xacct.policy.InputFormatException;
import dev.xacct.shell.ErrorTranslator;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One line for what goes wrong in the S3 and policy commands: gathering stopped, bad input files (credentials: SessionErrorTranslator). */
@Component
@Order(100)
public class S3ErrorTranslator implements ErrorTranslator {

    @Override
    public Optional<String> translate(Throwable error) {
        if (error instanceof GatherException g) return Optional.of(g.getMessage());
        if (error instanceof InputFormatException f) return Optional.of(f.getMessage());
        if (error instanceof UncheckedIOException io) return Optional.of(io.getMessage());
        return Optional.empty();
    }
}
