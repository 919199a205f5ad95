/**
 * {@code s3 explain}: AccessDenied messages as users paste them (formats.md §5) — the wrappers
 * peeled off (AWS CLI, SDK exception texts), the shape read (who, what, the reason clause and
 * the policy type in formats.md §2 words, the policy ARN), the layers that read the same
 * ({@code alternatives}), the commands to run next; and, for {@code --fetch}, which statements of
 * a fetched policy match the message's request.
 *
 * <p>May import: {@code dev.xacct.policy} (evaluating a fetched policy), {@code dev.xacct.aws},
 * Jackson. Pure: fetching is {@code s3.gather}'s {@code NamedPolicyFetcher}.
 */
package dev.xacct.s3.explain;
