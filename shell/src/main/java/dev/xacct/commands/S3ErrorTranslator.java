package dev.xacct.commands;

import dev.xacct.policy.InputFormatException;
import dev.xacct.s3.gather.GatherException;
import dev.xacct.shell.ErrorTranslator;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkClientException;

/** One line for what goes wrong in the S3 and policy commands: gathering stopped, bad input files, no credentials. */
@Component
@Order(100)
public class S3ErrorTranslator implements ErrorTranslator {

    @Override
    public Optional<String> translate(Throwable error) {
        if (error instanceof GatherException g) return Optional.of(g.getMessage());
        if (error instanceof InputFormatException f) return Optional.of(f.getMessage());
        if (error instanceof UncheckedIOException io) return Optional.of(io.getMessage());
        if (error instanceof SdkClientException c && String.valueOf(c.getMessage()).contains("Unable to load credentials")) {
            return Optional.of("no AWS credentials found: set AWS_PROFILE (or --profile P), or AWS_ACCESS_KEY_ID and"
                    + " AWS_SECRET_ACCESS_KEY, or run 'aws configure'");
        }
        return Optional.empty();
    }
}
