/**
 * AWS vocabulary: the one home for account ids, region codes, organization ids, ARNs,
 * {@code s3://} URIs and the classification of AWS error codes.
 *
 * <p>Everything here is a small immutable value or a stateless parser; nothing calls AWS.
 * ARNs go through the SDK's {@link software.amazon.awssdk.arns.Arn} (the {@code arns} module,
 * which has no client). {@link dev.xacct.aws.AwsErrors} reads the SDK's exception types
 * ({@code awscore.exception}, {@code core.exception}) to find an error code; it never makes a call.
 *
 * <p>May import: the JDK, {@code software.amazon.awssdk.arns}, and the SDK exception types
 * named above. Nothing from {@code dev.xacct}, no Spring, no JLine, no SDK client. Because of
 * that, every package may use it, the pure reasoning packages ({@code policy},
 * {@code s3.authz}, {@code template}) included.
 *
 * <p>Never write a new account-id or region pattern, ARN splitter, {@code s3://} parser or
 * error-code list elsewhere: add it here.
 */
package dev.xacct.aws;
