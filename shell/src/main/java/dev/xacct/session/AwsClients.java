package dev.xacct.session;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The one place that hands out AWS SDK clients: one client per (session, client type, region),
 * built on first use and reused after, all sharing one HTTP connection pool. Every client gets
 * the session's self-refreshing credentials. Endpoints: {@code --endpoint-url} goes to every client;
 * otherwise the SDK resolves each service's endpoint as it documents (<a
 * href="https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html">service-specific
 * endpoints</a>): {@code AWS_ENDPOINT_URL_<SERVICE>}, then {@code AWS_ENDPOINT_URL}, then the
 * {@code services} section and {@code endpoint_url} of the base profile. S3 uses path-style
 * addressing whenever its endpoint is not AWS's.
 *
 * <p>Use from any package (thread-safe; do not close the clients you get):
 * <pre>{@code
 * S3Client s3 = clients.get(sessions.current(), S3Client.class);                 // current session, its region
 * AthenaClient a = clients.get(session, AthenaClient.class, Region.EU_WEST_1);    // any session, any region
 * S3Client s3 = clients.s3(session);                                              // typed shortcuts
 * S3Client s3 = sessions.client(S3Client.class);                                  // SessionManager: current session
 * }</pre>
 * Any synchronous SDK v2 client class with a static {@code builder()} works
 * ({@code software.amazon.awssdk.services.*.*Client}).
 */
public final class AwsClients implements SdkAutoCloseable {

    private record Key(String sessionId, Class<?> type, Region region) {}

    private static final String ANONYMOUS = "anonymous";

    /** Opening a connection: AWS endpoints answer in milliseconds; a dead address should not hold the shell. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Silence on an open connection (between packets, so a long download is not cut). */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** A whole call, retries included (not S3, whose downloads stream for as long as they need). */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    private final Optional<URI> endpointOverride;
    private final Optional<String> profileName;
    private final Map<Key, SdkClient> clients = new ConcurrentHashMap<>();
    private volatile SdkHttpClient http;

    /** @param endpointOverride the endpoint of every client ({@code --endpoint-url}); empty lets the SDK resolve it */
    public AwsClients(Optional<URI> endpointOverride) {
        this(endpointOverride, Optional.empty());
    }

    /**
     * @param endpointOverride the endpoint of every client ({@code --endpoint-url}); empty lets the SDK resolve it
     * @param profileName      the profile whose {@code services} section and {@code endpoint_url} the SDK
     *                         reads (the base profile); empty for {@code AWS_PROFILE} or {@code default}
     */
    public AwsClients(Optional<URI> endpointOverride, Optional<String> profileName) {
        this.endpointOverride = endpointOverride;
        this.profileName = profileName;
    }

    /** The endpoint every client is sent to, when given on the command line. */
    public Optional<URI> endpointOverride() {
        return endpointOverride;
    }

    /** Where a client of {@code type} acting as {@code session} sends its calls, when not AWS's own endpoint. */
    public Optional<URI> endpointOf(Session session, Class<? extends SdkClient> type) {
        return get(session, type).serviceClientConfiguration().endpointOverride();
    }

    /**
     * A client that signs nothing, for the APIs that take a bearer token or none (IAM Identity
     * Center's portal and OIDC). Built once per type and region.
     */
    public <T extends SdkClient> T anonymous(Class<T> type, Region region) {
        Key key = new Key(ANONYMOUS, type, region);
        return type.cast(clients.computeIfAbsent(key, k -> build(AnonymousCredentialsProvider.create(), type, region)));
    }

    /** A client of {@code type} acting as {@code session}, in the session's region. */
    public <T extends SdkClient> T get(Session session, Class<T> type) {
        return get(session, type, session.region());
    }

    /** A client of {@code type} acting as {@code session}, in {@code region}. Built once, then reused. */
    public <T extends SdkClient> T get(Session session, Class<T> type, Region region) {
        Key key = new Key(session.id(), type, region);
        return type.cast(clients.computeIfAbsent(key, k -> build(session.credentials(), type, region)));
    }

    public StsClient sts(Session session) {
        return get(session, StsClient.class);
    }

    public S3Client s3(Session session) {
        return get(session, S3Client.class);
    }

    public IamClient iam(Session session) {
        return get(session, IamClient.class);
    }

    public KmsClient kms(Session session) {
        return get(session, KmsClient.class);
    }

    public OrganizationsClient organizations(Session session) {
        return get(session, OrganizationsClient.class);
    }

    public AthenaClient athena(Session session) {
        return get(session, AthenaClient.class);
    }

    /** Closes and drops every client of a session (on {@code forget}). */
    public void evict(String sessionId) {
        List<SdkClient> gone = new ArrayList<>();
        clients.keySet().removeIf(key -> {
            if (key.sessionId().equals(sessionId)) {
                SdkClient client = clients.get(key);
                if (client != null) {
                    gone.add(client);
                }
                return true;
            }
            return false;
        });
        gone.forEach(SdkClient::close);
    }

    /** How many clients are cached (for tests and {@code --debug}). */
    public int size() {
        return clients.size();
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
        SdkHttpClient pool = http;
        if (pool != null) {
            pool.close();
        }
    }

    private SdkHttpClient http() {
        SdkHttpClient pool = http;
        if (pool == null) {
            synchronized (this) {
                pool = http;
                if (pool == null) {
                    // Enough connections for the fan-out (accounts --check runs 8 at a time by default);
                    // every request aborted on Ctrl-C, and none waiting on a silent endpoint for minutes.
                    pool = new InterruptibleHttpClient(ApacheHttpClient.builder()
                            .maxConnections(64)
                            .connectionTimeout(CONNECT_TIMEOUT)
                            .socketTimeout(READ_TIMEOUT)
                            .build());
                    http = pool;
                }
            }
        }
        return pool;
    }

    private <T extends SdkClient> T build(AwsCredentialsProvider credentials, Class<T> type, Region region) {
        Object builder;
        try {
            builder = type.getMethod("builder").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException(
                    type.getName() + " is not an AWS SDK v2 client (no static builder())", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        }
        if (!(builder instanceof AwsClientBuilder<?, ?> aws) || !(builder instanceof SdkSyncClientBuilder<?, ?> sync)) {
            throw new IllegalArgumentException(type.getName() + " is not a synchronous AWS SDK v2 client");
        }
        aws.credentialsProvider(credentials);
        aws.region(region);
        sync.httpClient(http());
        aws.overrideConfiguration(c -> {
            profileName.ifPresent(c::defaultProfileName);
            if (!(builder instanceof S3ClientBuilder)) {
                c.apiCallTimeout(CALL_TIMEOUT);
            }
        });
        endpointOverride.ifPresent(aws::endpointOverride);
        if (builder instanceof S3ClientBuilder s3) {
            S3Client client = s3.forcePathStyle(endpointOverride.isPresent()).build();
            if (endpointOverride.isEmpty()
                    && client.serviceClientConfiguration().endpointOverride().isPresent()) {
                // An endpoint from the environment or config (moto, LocalStack) has no bucket subdomains.
                client.close();
                client = s3.forcePathStyle(true).build();
            }
            return type.cast(client);
        }
        return type.cast(((SdkBuilder<?, ?>) builder).build());
    }
}
