/**
 * {@code logs pull}: CloudTrail files from a trail's S3 bucket into the local cache, for the local
 * engine. {@link dev.xacct.logs.PrefixPlanner} turns the layout and a scope into the day prefixes to
 * list (never the whole bucket), {@link dev.xacct.logs.LogPuller} lists and downloads them
 * (to a {@code .part} file, then renamed) into {@link dev.xacct.logs.LocalCopy}.
 *
 * <p>May import: {@code aws}, {@code query.local} (the key layout it reads), {@code template}
 * (partition scope), {@code shell} (errors), the SDK's S3 client. No Spring.
 */
package dev.xacct.logs;
