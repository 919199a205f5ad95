package dev.xacct.s3.gather;

import dev.xacct.policy.PolicyDocument;
import dev.xacct.s3.evidence.Fact;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One identity the gatherer reads evidence as: the SDK clients of one session and who it is.
 * The caller's session is one perspective; {@code --owner} adds a session in the bucket
 * owner's account. Whatever hands out SDK clients (the session layer) implements this;
 * {@link DefaultChainPerspectives} is the stand-in built from the default credential chain.
 * <p>Clients are owned by the perspective (the gatherer never closes them) and must be safe
 * to call from several threads at once: the gatherer asks in parallel.
 */
public interface AwsPerspective {

    /** A short name for messages, e.g. the session alias ("caller", "owner", "prod-admin"). */
    String name();

    /** The 12-digit account id of the identity (STS GetCallerIdentity). May call AWS on first use. */
    String account();

    /** The identity's ARN (STS GetCallerIdentity), e.g. {@code arn:aws:sts::222222222222:assumed-role/R/s}. */
    String arn();

    S3Client s3();

    IamClient iam();

    /** KMS in the given region (a key lives in one region); null means the session's region. */
    KmsClient kms(String region);

    OrganizationsClient organizations();

    StsClient sts();

    /**
     * The session policy this session was started with: absent when none was passed (or for
     * long-term IAM user keys), the document when the session layer passed one, unknown when
     * nobody knows (a role session from the environment: AWS cannot tell it back).
     */
    Fact<PolicyDocument> sessionPolicy();
}
