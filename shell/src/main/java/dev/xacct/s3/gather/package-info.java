/**
 * Gathering the evidence of {@code s3 diagnose} from AWS: {@link dev.xacct.s3.gather.EvidenceGatherer}
 * reads each fact as the caller and, with {@code --owner}, as the bucket owner
 * ({@link dev.xacct.s3.gather.AwsPerspective}s from {@link dev.xacct.s3.gather.SessionPerspectives});
 * a read AWS refuses becomes an unknown fact with why, never a guess.
 * {@link dev.xacct.s3.gather.S3ErrorTranslator} turns gathering failures into one line.
 *
 * <p>May import: {@code s3.evidence}, {@code policy}, {@code session}, {@code shell}, {@code aws},
 * the SDK's S3, IAM, KMS, STS and Organizations clients, Spring (components).
 */
package dev.xacct.s3.gather;
