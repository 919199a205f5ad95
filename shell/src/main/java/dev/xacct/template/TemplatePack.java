package dev.xacct.template;

import java.util.List;
import java.util.Optional;

/** A named set of templates described by a {@code pack.yaml}. */
public record TemplatePack(
        String name, String title, String version, String description, PackSource source, List<Template> templates) {

    public TemplatePack {
        templates = List.copyOf(templates);
    }

    public Optional<Template> template(String templateName) {
        return templates.stream().filter(t -> t.name().equals(templateName)).findFirst();
    }
}
