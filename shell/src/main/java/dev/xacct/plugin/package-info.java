/**
 * Plugins: discovery and isolated loading of plugin jars ({@link dev.xacct.plugin.PluginLoader},
 * one class loader per jar, the SPI in {@code dev.xacct.plugin.api}; {@code docs/plugins.md}); the
 * plugins shipped with xacct ({@link dev.xacct.plugin.BuiltinPlugins}, loaded like any jar) and the
 * built-in {@link dev.xacct.plugin.CloudTrailPlugin}; {@link dev.xacct.plugin.Extensions}, the
 * loaded template catalogue (built-in packs, then plugins, then the user's folder) and table kinds,
 * with {@link dev.xacct.plugin.TemplateCompletions} for tab completion; and
 * {@link dev.xacct.plugin.TableLocations}, where each table {@code table create} made reads its logs.
 *
 * <p>May import: {@code plugin.api}, {@code template}, {@code shell}, {@code XacctHome}, Spring
 * (components, completion).
 */
package dev.xacct.plugin;
