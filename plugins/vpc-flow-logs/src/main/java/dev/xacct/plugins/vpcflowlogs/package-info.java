/**
 * The {@code vpc-flow-logs} plugin shipped with xacct: the table kind {@code vpc_flow_logs} (VPC
 * Flow Logs delivered to S3, text or Parquet, with or without Hive-compatible prefixes), the flow
 * log fields ({@code FlowLogFields}), how the local engine reads files by their header
 * ({@code FlowLogReader}), synthetic demo logs ({@code FlowLogSamples}), and the
 * {@code vpc-flow-logs} template pack (resources).
 *
 * <p>May import: the plugin SPI ({@code dev.xacct.plugin.api}, account/region shapes in
 * {@code AwsShapes}) and the JDK only. A plugin never sees the shell's classes: it is built and
 * loaded like a third-party jar.
 */
package dev.xacct.plugins.vpcflowlogs;
