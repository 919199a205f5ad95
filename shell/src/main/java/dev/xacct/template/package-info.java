/**
 * Query templates, pure: packs ({@link dev.xacct.template.TemplatePack}, loaded by
 * {@link dev.xacct.template.TemplateLoader} from the classpath, plugins or a folder; spec:
 * {@code docs/templates.md}), the {@code -- params:} header ({@link dev.xacct.template.TemplateParser}),
 * typed parameters ({@link dev.xacct.template.ParameterType}), binding to SQL literals
 * ({@link dev.xacct.template.TemplateBinder}) and the partitions a binding selects
 * ({@link dev.xacct.template.PartitionScope}). Sub-packages: {@code ddl} (the CloudTrail table),
 * {@code lint} ({@code template lint}).
 *
 * <p>May import: {@code aws} (account/region/ARN shapes), {@code shell.Suggestions} (did you mean),
 * {@code shell.TextFiles} and {@code shell.FileErrors} (reading files, the OS reason),
 * SnakeYAML, Commons Text. No Spring, no SDK client, no terminal; failures are
 * {@link dev.xacct.template.TemplateFormatException} / {@link dev.xacct.template.BindResult.Failed}.
 */
package dev.xacct.template;
