package dev.xacct.template;

import java.util.List;

/** The outcome of binding parameters to a template: SQL ready to run, or every reason it is not. */
public sealed interface BindResult {

    Template template();

    /** @param sql Athena/Trino SQL in which every value is a literal */
    record Bound(Template template, String sql, BoundParameters parameters) implements BindResult {}

    record Failed(Template template, List<BindError> errors) implements BindResult {
        public Failed {
            errors = List.copyOf(errors);
        }

        /** One line per error, for a user. */
        public String message() {
            return template.id() + ": "
                    + String.join("; ", errors.stream().map(BindError::message).toList());
        }
    }
}
