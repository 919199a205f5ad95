/**
 * {@code logs pull}: log files from a bucket into the local cache, for the local engine. A
 * {@link dev.xacct.logs.LogLayout} says which day folders to list for a scope (never the whole
 * bucket) and which keys are wanted: CloudTrail's ({@link dev.xacct.logs.PrefixPlanner}) or a
 * plugin's table kind ({@link dev.xacct.logs.KindLogLayout}); {@link dev.xacct.logs.LogPuller}
 * lists and downloads them (to a {@code .part} file, then renamed) into
 * {@link dev.xacct.logs.LocalCopy}.
 *
 * <p>May import: {@code aws}, {@code query.local} (CloudTrail's key layout), {@code plugin.api}
 * (a kind's key layouts), {@code template} (partition scope), {@code shell} (errors), the SDK's S3
 * client. No Spring.
 */
package dev.xacct.logs;
