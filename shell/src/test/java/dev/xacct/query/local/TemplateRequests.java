package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import dev.xacct.template.BindResult;
import dev.xacct.template.Parameter;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateBinder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: a template bound as a user would run it, as the local engine's request over a folder. */
public final class TemplateRequests {

    private TemplateRequests() {}

    /**
     * {@code template} over the demo month (2025-06-01 to 30) of {@code source}, with the demo's
     * story as its parameters: the leaked key, the intruder's address, a user, the resources they
     * touched, the prefix a partner reads.
     */
    public static QueryRequest demoMonth(Template template, Path source) {
        Map<String, String> params = new LinkedHashMap<>(Map.of("start", "2025-06-01", "end", "2025-06-30"));
        template.parameter("access-key").ifPresent(p -> params.put(p.name(), "AKIAEXAMPLELEAKED001"));
        template.parameter("ip").ifPresent(p -> params.put(p.name(), "203.0.113.66"));
        template.parameter("principal").ifPresent(p -> params.put(p.name(), "user/carol"));
        template.parameter("key").ifPresent(p -> params.put(p.name(), "exports/"));
        template.parameter("resource")
                .filter(Parameter::required)
                .ifPresent(p -> params.put(
                        p.name(), template.id().endsWith("who-touched") ? "acme-prod-data" : "backup-admin"));
        return bind(template, params, source);
    }

    /**
     * {@code template} with {@code params}, every other required parameter given its lint sample,
     * scoped to the partitions the parameters select, over {@code source}. Fails when it does not bind.
     */
    public static QueryRequest bind(Template template, Map<String, String> params, Path source) {
        Map<String, String> all = new LinkedHashMap<>(params);
        for (Parameter p : template.parameters()) {
            if (p.required() && !all.containsKey(p.name())) {
                all.put(p.name(), p.lintSample());
            }
        }
        BindResult bound = new TemplateBinder().bind(template, all, null);
        assertThat(bound).as(template.id() + " binds").isInstanceOf(BindResult.Bound.class);
        BindResult.Bound b = (BindResult.Bound) bound;
        return QueryRequest.of(b.sql())
                .withSource(source)
                .withScope(b.parameters().partitionScope().orElseThrow());
    }
}
