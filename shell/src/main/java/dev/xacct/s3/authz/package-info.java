/**
 * The S3 authorization engine: evidence in, {@link dev.xacct.s3.authz.Diagnosis} out, pure.
 *
 * <p>Entry point: {@link dev.xacct.s3.authz.AuthorizationEngine#diagnose}. It walks
 * {@code s3-authorization.md} §1 in order (one class per step: {@code NotPolicyChecks},
 * {@code ExplicitDenyChecks}, {@code CallerGateChecks}, {@code UserContextCheck},
 * {@code ResourceChecks}, {@code KmsCheck}, {@code MissingKeyCheck}); every step yields
 * checks; the first definite FAIL names the verdict, deniedBy and rootCause.
 *
 * <p>Choices worth knowing:
 * <ul>
 *   <li>Unknown facts ({@code "unknown"} in the evidence) make a check UNKNOWN, never a guess.
 *       Where the candidates are few they are all tried (the effective object owner: bucket
 *       owner, caller's account, a third party); the check decides when they agree. With no
 *       definite FAIL, any deciding unknown makes the verdict UNDETERMINED with
 *       {@code unknowns[].resolveBy} naming the session and call that would read it.</li>
 *   <li>A definite FAIL after an UNKNOWN check still decides (the request fails either way);
 *       the earlier unknown is listed in {@code unknowns}, since that layer may fail too.</li>
 *   <li>RCP levels never deny implicitly: AWS attaches RCPFullAWSAccess to every root, OU and
 *       account and it cannot be detached, so an evidence chain holding only Deny statements is
 *       read as "full access plus these Denies". Only an RCP Deny refuses (RCP_DENY). SCP levels
 *       each need an Allow (FullAWSAccess can be detached), so SCP_NO_ALLOW exists.</li>
 *   <li>When {@code policyIsPublic} was not read, RestrictPublicBuckets uses
 *       {@link dev.xacct.policy.PublicPolicyCheck} on the bucket policy.</li>
 *   <li>HeadObject and KMS: whether HEAD needs kms:Decrypt is not established, so a KMS
 *       refusal on HEAD is reported as UNKNOWN with a ranged-GET probe, never as "kms".</li>
 *   <li>Remedy ids are the fixed catalogue {@link dev.xacct.s3.authz.RemedyCatalogue};
 *       {@link dev.xacct.s3.authz.RemedyPlanner} documents which ids each root cause gets.</li>
 * </ul>
 */
package dev.xacct.s3.authz;
