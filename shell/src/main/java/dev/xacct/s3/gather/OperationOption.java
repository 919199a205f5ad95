package dev.xacct.s3.gather;

import dev.xacct.s3.authz.S3Operation;
import dev.xacct.shell.OptionDomain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code s3 diagnose --operation} takes an S3 API operation the authorization model knows
 * ({@link S3Operation#names()}); any other word is refused with that list (exit 2), and Tab
 * completes from it.
 */
@Configuration(proxyBeanMethods = false)
public class OperationOption {

    @Bean
    public OptionDomain operationOptionDomain() {
        return OptionDomain.words("operation", S3Operation::names);
    }
}
