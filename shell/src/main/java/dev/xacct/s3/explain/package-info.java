/**
 * Reading an S3 AccessDenied message (the CLI's, the SDK's, or AWS's enhanced one naming the
 * policy type) into what it says ({@link dev.xacct.s3.explain.MessageExplainer}). Pure.
 *
 * <p>May import: {@code policy}, {@code aws}.
 */
package dev.xacct.s3.explain;
