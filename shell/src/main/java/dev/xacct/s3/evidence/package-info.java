/**
 * The evidence of one S3 request ({@code xacct.s3-evidence/v1}, formats.md §1) as immutable
 * values with tri-state facts ({@link dev.xacct.s3.evidence.Fact}: known, absent, unknown), its
 * reader (bare evidence or inside a scenario file, keeping the JSON document remedies patch) and
 * writer. Additions to v1 that readers may ignore: {@code bucket.defaultEncryption} (formats.md),
 * and xacct's own optional {@code source} (a copy's source facts) and {@code policyRefs} (what
 * AWS calls each policy).
 *
 * <p>May import: {@code dev.xacct.policy} (policy documents, the JSON field reader), Jackson.
 * No SDK, no Spring.
 */
package dev.xacct.s3.evidence;
