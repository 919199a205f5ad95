package dev.xacct.session;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The HTTP client the SDK builds when nobody hands it one: the STS client inside a profile's
 * role credentials, the SSO clients of an SSO profile. Named by the system property
 * {@code software.amazon.awssdk.http.service.impl} (set at start), so those calls stop on Ctrl-C
 * and give up on a silent endpoint like the clients of {@link AwsClients} do.
 */
public final class InterruptibleHttpService implements SdkHttpService {

    /** The SDK's system property naming the {@link SdkHttpService} to use. */
    public static final String PROPERTY = "software.amazon.awssdk.http.service.impl";

    @Override
    public SdkHttpClient.Builder createHttpClientBuilder() {
        return new Builder();
    }

    private static final class Builder implements SdkHttpClient.Builder<Builder> {
        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return new InterruptibleHttpClient(ApacheHttpClient.builder()
                    .connectionTimeout(AwsClients.CONNECT_TIMEOUT)
                    .socketTimeout(AwsClients.READ_TIMEOUT)
                    .buildWithDefaults(serviceDefaults));
        }
    }
}
