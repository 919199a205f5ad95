package dev.xacct.plugin.api;

/**
 * A kind-specific option of {@code table create}, given as {@code --with NAME=VALUE}.
 *
 * @param name        e.g. {@code fields}
 * @param description what it changes, with an example value
 */
public record TableSetting(String name, String description) {}
