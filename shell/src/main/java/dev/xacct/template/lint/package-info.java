/**
 * {@code template lint}: query SQL parsed with Trino's parser ({@link
 * dev.xacct.template.lint.QueryAstLints}, {@link dev.xacct.template.lint.QueryTextLints}), Athena
 * DDL checked against Athena's rules ({@link dev.xacct.template.lint.HiveDdlLinter}: clause order,
 * {@code AthenaReservedWords}; {@code PartitionProjectionLints}: partition projection properties), findings as
 * {@link dev.xacct.template.lint.LintFinding}. Pure.
 *
 * <p>May import: {@code template}, {@code io.trino.sql} (trino-parser). No Spring, no SDK.
 */
package dev.xacct.template.lint;
