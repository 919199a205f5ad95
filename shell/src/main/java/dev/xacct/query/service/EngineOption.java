package dev.xacct.query.service;

import dev.xacct.query.athena.AthenaEngine;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.shell.OptionDomain;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code --engine} takes an engine's name and nothing else: refused otherwise (exit 2), completed from this list. */
@Configuration(proxyBeanMethods = false)
public class EngineOption {

    /** The engines {@link QueryEngines#engine} knows. */
    public static final List<String> NAMES = List.of(AthenaEngine.NAME, LocalEngine.NAME);

    @Bean
    public OptionDomain engineOptionDomain() {
        return OptionDomain.words("engine", () -> NAMES);
    }
}
