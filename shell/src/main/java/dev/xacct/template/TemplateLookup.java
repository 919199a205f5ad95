package dev.xacct.template;

import java.util.List;

/** The outcome of finding a template by {@code PACK/NAME} (or a bare, unambiguous NAME). */
public sealed interface TemplateLookup {

    record Found(Template template) implements TemplateLookup {}

    /** @param suggestions the closest {@code PACK/NAME}s, best first (may be empty) */
    record NotFound(String reference, List<String> suggestions, String message) implements TemplateLookup {
        public NotFound {
            suggestions = List.copyOf(suggestions);
        }
    }
}
