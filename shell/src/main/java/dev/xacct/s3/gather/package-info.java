/**
 * Live evidence: the perspectives (the current session and one in the bucket owner's account,
 * {@code SessionPerspectives} over the session layer), the reads each can make
 * ({@code S3Reads}, {@code IamReads}, {@code OrgReads}; spec §2), what the reads imply
 * ({@code EvidenceInference}, pure), and the scheduler ({@code EvidenceGatherer}) that starts
 * every read as soon as its inputs exist, through a {@code ReadSchedule} (the pool, owner first,
 * round trips carried to the waiter). AWS calls and their dependent round trips are counted
 * by an SDK ExecutionInterceptor ({@code RecordingInterceptor}, {@code CallRecorder}). Also
 * {@code s3 owners} ({@code ObjectOwners}), {@code s3 explain --fetch} ({@code NamedPolicyFetcher})
 * and the one-line errors of gathering ({@code GatherException}, {@code S3ErrorTranslator}).
 *
 * <p>May import: the AWS SDK, {@code dev.xacct.aws}, {@code s3.evidence}, {@code s3.authz}
 * ({@code S3Operation}), {@code s3.explain}, {@code dev.xacct.policy}, {@code dev.xacct.session}
 * (only {@code SessionPerspectives}), {@code dev.xacct.shell} (errors), Spring (components).
 */
package dev.xacct.s3.gather;
