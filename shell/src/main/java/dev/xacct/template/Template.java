package dev.xacct.template;

import java.util.List;
import java.util.Optional;

/**
 * One query template: a YAML header (in leading {@code --} comments) and Athena/Trino SQL
 * with typed placeholders. Addressed as {@code PACK/NAME}.
 *
 * @param table          the table {@code ${table}} stands for unless the caller configures another
 * @param partitionKeys  partition columns every read of {@code ${table}} must constrain (lint)
 */
public record Template(
        String pack,
        String name,
        String title,
        String description,
        List<String> engines,
        String table,
        List<String> partitionKeys,
        List<Parameter> parameters,
        String sql,
        TemplateSource source) {

    public Template {
        engines = List.copyOf(engines);
        partitionKeys = List.copyOf(partitionKeys);
        parameters = List.copyOf(parameters);
    }

    public String id() {
        return pack + "/" + name;
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
