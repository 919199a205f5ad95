package dev.xacct.query.athena;

import dev.xacct.aws.S3Uri;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how Athena queries run ({@code athena config}). {@code outputLocation} may be absent
 * when the workgroup enforces its own result location.
 *
 * @param maxScanBytes the cost guard's refusal threshold when {@code --max-scan} is not given
 */
public record AthenaSettings(
        String workgroup, Optional<String> outputLocation, String database, String catalog, long maxScanBytes) {

    public static final String DEFAULT_WORKGROUP = "primary";
    public static final String DEFAULT_DATABASE = "default";
    public static final String DEFAULT_CATALOG = "AwsDataCatalog";
    public static final long DEFAULT_MAX_SCAN = 10 * ByteSize.GB;

    public AthenaSettings {
        Objects.requireNonNull(workgroup, "workgroup");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(catalog, "catalog");
        outputLocation =
                Objects.requireNonNull(outputLocation, "outputLocation").filter(s -> !s.isBlank());
        outputLocation.ifPresent(AthenaSettings::checkS3Url);
        if (maxScanBytes <= 0) {
            throw new IllegalArgumentException("max scan must be positive");
        }
    }

    public static AthenaSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .workgroup(workgroup)
                .outputLocation(outputLocation.orElse(null))
                .database(database)
                .catalog(catalog)
                .maxScanBytes(maxScanBytes);
    }

    private static void checkS3Url(String url) {
        if (S3Uri.tryParse(url).isEmpty()) {
            throw new IllegalArgumentException(
                    "the output location must be an s3:// URL, e.g. s3://BUCKET/athena-results/ (got '" + url + "')");
        }
    }

    public static final class Builder {
        private String workgroup = DEFAULT_WORKGROUP;
        private String outputLocation;
        private String database = DEFAULT_DATABASE;
        private String catalog = DEFAULT_CATALOG;
        private long maxScanBytes = DEFAULT_MAX_SCAN;

        private Builder() {}

        public Builder workgroup(String workgroup) {
            this.workgroup = workgroup;
            return this;
        }

        /** {@code s3://BUCKET/PREFIX/}; null or blank for the workgroup's own location. */
        public Builder outputLocation(String outputLocation) {
            this.outputLocation = outputLocation;
            return this;
        }

        public Builder database(String database) {
            this.database = database;
            return this;
        }

        public Builder catalog(String catalog) {
            this.catalog = catalog;
            return this;
        }

        public Builder maxScanBytes(long maxScanBytes) {
            this.maxScanBytes = maxScanBytes;
            return this;
        }

        public AthenaSettings build() {
            return new AthenaSettings(workgroup, Optional.ofNullable(outputLocation), database, catalog, maxScanBytes);
        }
    }
}
