/**
 * The S3 authorization engine: evidence in, {@link dev.xacct.s3.authz.Diagnosis} out, pure.
 *
 * <p>Entry point: {@link dev.xacct.s3.authz.AuthorizationEngine#diagnose}. It walks
 * {@code s3-authorization.md} §1 in order (one class per step: {@code NotPolicyChecks},
 * {@code ExplicitDenyChecks}, {@code CallerGateChecks}, {@code UserContextCheck},
 * {@code ResourceChecks}, {@code KmsCheck}, {@code MissingKeyCheck}); every step yields
 * checks; the first definite FAIL names the verdict, deniedBy and rootCause. A copy is two
 * requests ({@code EvidenceSide}: the source read, the destination write), each against its own
 * bucket's facts.
 *
 * <p>Remedies ({@code RemedyPlanner}, formats.md §2): the root cause picks fixes from
 * {@link dev.xacct.s3.authz.RemedyCatalogue}; each fix edits a copy of the evidence document
 * ({@code GrantFixes}, {@code DenyFixes}, {@code OwnershipFixes}, {@code RequestFixes},
 * {@code KmsFixes}, through {@code EvidenceJson}) and registers the commands that make that
 * change, per account ({@code RemedyDraft}, {@code PolicyPuts}, {@code RemedyText}); the plan is
 * completed with the grants the other party still lacks; the RFC 6902 patch is the zjsonpatch
 * difference, applied and evaluated again to prove {@code resolves}.
 *
 * <p>Choices worth knowing:
 * <ul>
 *   <li>Unknown facts ({@code "unknown"} in the evidence) make a check UNKNOWN, never a guess and
 *       never ✗. Where the candidates are few they are all tried (the effective object owner:
 *       bucket owner, caller's account, a third party); owners are compared by canonical id first.</li>
 *   <li>A definite FAIL after an UNKNOWN check still decides (the request fails either way);
 *       the earlier unknown is listed in {@code unknowns}.</li>
 *   <li>RCP levels never deny implicitly (RCPFullAWSAccess cannot be detached); SCP levels each
 *       need an Allow.</li>
 *   <li>KMS applies per operation ({@link dev.xacct.s3.authz.S3Operation.KmsUse}) to the key in
 *       use: the object's, the write's headers', or the bucket's default encryption's.</li>
 *   <li>HeadObject and KMS: whether HEAD needs kms:Decrypt is not established, so a KMS
 *       refusal on HEAD is reported as UNKNOWN with a ranged-GET probe, never as "kms".</li>
 *   <li>{@code observed} is explained, never decided from: a disagreement is a contradiction.</li>
 * </ul>
 *
 * <p>May import: {@code dev.xacct.policy}, {@code dev.xacct.s3.evidence}, {@code dev.xacct.aws},
 * Jackson and zjsonpatch. No Spring, no SDK client, no terminal; tests run in milliseconds.
 */
package dev.xacct.s3.authz;
