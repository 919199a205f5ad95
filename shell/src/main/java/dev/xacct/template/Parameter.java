package dev.xacct.template;

/**
 * A declared template parameter. {@code defaultValue} is raw text parsed like a user's
 * value and may reference other parameters, e.g. {@code "${start}"}. {@code sample}
 * overrides the type's sample value when the linter binds the template.
 */
public record Parameter(
        String name, ParameterType type, boolean required, String defaultValue, String description, String sample) {

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** The raw value the linter binds: the declared sample, else one of the type. */
    public String lintSample() {
        return sample != null ? sample : type.sample();
    }
}
