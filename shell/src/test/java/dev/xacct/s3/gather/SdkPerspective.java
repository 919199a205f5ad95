package dev.xacct.s3.gather;

import dev.xacct.policy.PolicyDocument;
import dev.xacct.s3.evidence.Fact;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Test stand-in: a perspective over explicit credentials and endpoint (the shell uses sessions).
 *
 * A perspective from a credentials provider, a region and an optional endpoint override
 * (moto, LocalStack: S3 then uses path-style addressing). Clients are built on first use and
 * closed with {@link #close()}.
 */
public final class SdkPerspective implements AwsPerspective, AutoCloseable {
    private final String name;
    private final AwsCredentialsProvider credentials;
    private final Region region;
    private final URI endpoint;
    private final Fact<PolicyDocument> sessionPolicy;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();
    private volatile GetCallerIdentityResponse identity;

    /** {@code sessionPolicy} null: derived from the ARN (absent for IAM users, unknown for role sessions). */
    public SdkPerspective(
            String name,
            AwsCredentialsProvider credentials,
            Region region,
            URI endpoint,
            Fact<PolicyDocument> sessionPolicy) {
        this.name = name;
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint;
        this.sessionPolicy = sessionPolicy;
    }

    public Region region() {
        return region;
    }

    public URI endpoint() {
        return endpoint;
    }

    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String account() {
        return identity().account();
    }

    @Override
    public String arn() {
        return identity().arn();
    }

    private GetCallerIdentityResponse identity() {
        GetCallerIdentityResponse id = identity;
        if (id == null) {
            synchronized (this) {
                if (identity == null) identity = Failures.identity(this, () -> sts().getCallerIdentity());
                id = identity;
            }
        }
        return id;
    }

    @Override
    public S3Client s3() {
        return client("s3", () -> {
            var b = S3Client.builder()
                    .credentialsProvider(credentials)
                    .region(region)
                    .crossRegionAccessEnabled(true);
            if (endpoint != null) b.endpointOverride(endpoint).forcePathStyle(true);
            return b.build();
        });
    }

    @Override
    public IamClient iam() {
        return client("iam", () -> {
            var b = IamClient.builder().credentialsProvider(credentials).region(Region.AWS_GLOBAL);
            if (endpoint != null) b.endpointOverride(endpoint);
            return b.build();
        });
    }

    @Override
    public KmsClient kms(String keyRegion) {
        Region r = keyRegion == null || keyRegion.isEmpty() ? region : Region.of(keyRegion);
        return client("kms:" + r.id(), () -> {
            var b = KmsClient.builder().credentialsProvider(credentials).region(r);
            if (endpoint != null) b.endpointOverride(endpoint);
            return b.build();
        });
    }

    @Override
    public OrganizationsClient organizations() {
        return client("organizations", () -> {
            var b = OrganizationsClient.builder()
                    .credentialsProvider(credentials)
                    .region(Region.US_EAST_1);
            if (endpoint != null) b.endpointOverride(endpoint);
            return b.build();
        });
    }

    @Override
    public StsClient sts() {
        return client("sts", () -> {
            var b = StsClient.builder().credentialsProvider(credentials).region(region);
            if (endpoint != null) b.endpointOverride(endpoint);
            return b.build();
        });
    }

    @Override
    public Fact<PolicyDocument> sessionPolicy() {
        if (sessionPolicy != null) return sessionPolicy;
        String arn = arn();
        if (arn.contains(":user/") || arn.endsWith(":root")) return Fact.absent();
        return Fact.unknown("a session policy passed when " + arn + " was started cannot be read back from AWS");
    }

    @SuppressWarnings("unchecked")
    private <T extends SdkClient> T client(String key, Supplier<T> build) {
        return (T) clients.computeIfAbsent(key, k -> build.get());
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }

    /** Assumes a role from {@code caller} (the stub answers STS). */
    static SdkPerspective assume(SdkPerspective caller, String reference) {
        if (!reference.matches("arn:aws[a-z-]*:iam::\\d{12}:role/.+")) {
            throw new GatherException("--owner " + reference + ": give a role ARN in the bucket owner's account, e.g. "
                    + "arn:aws:iam::111111111111:role/Auditor (session aliases come with the session commands)");
        }
        StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(caller.sts())
                .refreshRequest(r -> r.roleArn(reference).roleSessionName("xacct-s3-diagnose"))
                .build();
        return new SdkPerspective("owner", assumed, caller.region(), caller.endpoint(), Fact.absent());
    }
}
