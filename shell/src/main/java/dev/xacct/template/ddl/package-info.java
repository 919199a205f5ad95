/**
 * The Athena CloudTrail table: {@link dev.xacct.template.ddl.CloudTrailColumns} (AWS's documented
 * CloudTrail table, the one schema for Athena and the local view) and
 * {@link dev.xacct.template.ddl.CloudTrailTableDdl} ({@code CREATE EXTERNAL TABLE} with partition
 * projection over a trail's bucket, Athena User Guide "Querying CloudTrail logs" and "Partition
 * projection"). Pure.
 *
 * <p>May import: {@code template}, {@code aws}. No Spring, no SDK client.
 */
package dev.xacct.template.ddl;
