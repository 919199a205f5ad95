package dev.xacct.commands;

import dev.xacct.s3.gather.DefaultChainPerspectives;
import dev.xacct.s3.gather.PerspectiveSource;
import dev.xacct.shell.LaunchOptions;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Where {@code s3 diagnose} gets its AWS sessions. A stand-in until the session layer lands:
 * the default credential chain (or {@code --profile}), {@code --region}, and
 * {@code --endpoint-url} / {@code AWS_ENDPOINT_URL}. Replace this bean with the session
 * layer's {@link PerspectiveSource}.
 */
@Configuration(proxyBeanMethods = false)
public class S3Beans {

    @Bean(destroyMethod = "close")
    @Lazy
    public DefaultChainPerspectives perspectiveSource(LaunchOptions options) {
        return new DefaultChainPerspectives(options.profile(), options.region(), options.endpointUrl().map(URI::create));
    }
}
