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
