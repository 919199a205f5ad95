package dev.xacct.s3.gather;

import dev.xacct.s3.evidence.Fact;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Stand-in until the session layer lands: the current session is the default credential chain
 * (or {@code --profile}), with {@code --region} and {@code --endpoint-url} / {@code AWS_ENDPOINT_URL}
 * applied; {@code --owner ROLE_ARN} assumes that role from the current session's credentials.
 */
public final class DefaultChainPerspectives implements PerspectiveSource, AutoCloseable {
    private final Optional<String> profile;
    private final Optional<String> region;
    private final Optional<URI> endpoint;
    private SdkPerspective current;

    public DefaultChainPerspectives(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {
        this.profile = profile;
        this.region = region;
        this.endpoint = endpoint;
    }

    @Override
    public synchronized AwsPerspective current() {
        if (current == null) {
            AwsCredentialsProvider credentials = profile.<AwsCredentialsProvider>map(p -> ProfileCredentialsProvider.builder().profileName(p).build())
                    .orElseGet(() -> DefaultCredentialsProvider.builder().build());
            current = new SdkPerspective("caller", credentials, resolveRegion(), endpoint.orElse(null), null);
        }
        return current;
    }

    /** Only a role ARN for now: the session layer will add aliases. */
    @Override
    public AwsPerspective owner(String reference) {
        return assume((SdkPerspective) current(), reference);
    }

    /** Assumes {@code reference} (a role ARN) with STS from {@code caller}'s credentials. */
    public static SdkPerspective assume(SdkPerspective caller, String reference) {
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

    private Region resolveRegion() {
        if (region.isPresent()) return Region.of(region.get());
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            return Region.US_EAST_1;
        }
    }

    @Override
    public synchronized void close() {
        if (current != null) current.close();
    }
}
