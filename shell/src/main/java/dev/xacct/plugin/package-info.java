/**
 * Plugins: discovery and isolated loading of plugin jars ({@link dev.xacct.plugin.PluginLoader},
 * one class loader per jar, the SPI in {@code dev.xacct.plugin.api}; {@code docs/plugins.md}), and
 * {@link dev.xacct.plugin.Extensions}, the loaded template catalogue (built-in packs, then plugins,
 * then the user's folder) with {@link dev.xacct.plugin.TemplateCompletions} for tab completion.
 *
 * <p>May import: {@code plugin.api}, {@code template}, {@code shell}, Spring (components, completion).
 */
package dev.xacct.plugin;
