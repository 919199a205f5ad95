/**
 * The {@code alb-logs} plugin shipped with xacct: the table kinds {@code alb_logs} (Application
 * Load Balancer access logs) and {@code elb_logs} (Classic Load Balancer), their DDL with partition
 * projection, how the local engine reads their lines ({@code AlbLineReader}), their synthetic demo
 * logs ({@code AlbSamples}), and the {@code alb-logs} template pack (resources).
 *
 * <p>May import: the plugin SPI ({@code dev.xacct.plugin.api}, account/region/bucket shapes in
 * {@code AwsShapes}) and the JDK only. A plugin never sees the shell's classes: it is built and
 * loaded like a third-party jar.
 */
package dev.xacct.plugins.alblogs;
