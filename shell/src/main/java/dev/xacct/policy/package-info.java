/**
 * IAM policies, pure: the parser ({@code PolicyParser}, conditions read from the JSON tree),
 * matching (actions, ARN patterns, principals, condition operators with policy variables),
 * one-document evaluation ({@code PolicyEvaluator}, three-valued), layers (identity, boundary,
 * session, SCP/RCP chains, endpoint) and their combination per AWS's evaluation logic
 * ({@code PolicyEngine}), and the JSON field reader shared by the input formats.
 *
 * <p>May import: {@code dev.xacct.aws}, {@code shell.MessageLines} (the first line of a parser's
 * message), the SDK's {@code iam-policy-builder} (reading a document), Jackson. No Spring, no SDK client.
 */
package dev.xacct.policy;
