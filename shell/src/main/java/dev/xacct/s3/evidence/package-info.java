/**
 * The evidence of an S3 request, pure: what the caller, the bucket, the object and the key
 * were observed to be, each fact known, absent or unknown with why
 * ({@link dev.xacct.s3.evidence.Fact}), and its JSON file format
 * ({@link dev.xacct.s3.evidence.EvidenceReader}, {@link dev.xacct.s3.evidence.EvidenceWriter};
 * spec {@code formats.md}).
 *
 * <p>May import: {@code policy}, {@code aws}, Jackson. No Spring, no SDK.
 */
package dev.xacct.s3.evidence;
