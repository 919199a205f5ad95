/**
 * The xacct plugin SPI: the only types a plugin compiles against. See
 * {@link dev.xacct.plugin.api.XacctPlugin} (what a plugin brings: template packs and table kinds),
 * {@link dev.xacct.plugin.api.TableKind} (a kind of log: its Athena DDL, S3 key layouts
 * ({@link dev.xacct.plugin.api.KeyLayout}), how DuckDB reads its files, its demo logs), and the
 * helpers a kind builds on ({@link dev.xacct.plugin.api.RegexTableKind},
 * {@link dev.xacct.plugin.api.AthenaTableDdl}, {@link dev.xacct.plugin.api.DuckDbSql}).
 *
 * <p>May import: the JDK only, no dependencies (a plugin jar must load beside any shell version
 * that speaks its {@link dev.xacct.plugin.api.PluginVersion}). It cannot use the shell's
 * {@code dev.xacct.aws}; {@link dev.xacct.plugin.api.AwsShapes} keeps the same account, region,
 * organization and bucket shapes as text, held equal by the shell's {@code PluginAwsShapesTest}.
 */
package dev.xacct.plugin.api;
