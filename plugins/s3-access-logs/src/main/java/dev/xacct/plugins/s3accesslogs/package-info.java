/**
 * The {@code s3-access-logs} plugin shipped with xacct: the table kind {@code s3_access_logs}
 * (Amazon S3 server access logs, partitioned and simple key layouts), its DDL with partition
 * projection, its synthetic demo logs ({@code S3AccessLogSamples}), and the
 * {@code s3-access-logs} template pack (resources).
 *
 * <p>May import: the plugin SPI ({@code dev.xacct.plugin.api}, account/region/bucket shapes in
 * {@code AwsShapes}) and the JDK only. A plugin never sees the shell's classes: it is built and
 * loaded like a third-party jar.
 */
package dev.xacct.plugins.s3accesslogs;
