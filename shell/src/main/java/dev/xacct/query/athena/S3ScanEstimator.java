package dev.xacct.query.athena;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.RegionCode;
import dev.xacct.query.QueryFailedException;
import dev.xacct.template.PartitionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Sizes the S3 prefixes a CloudTrail query's partition predicates select: one
 * {@code ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/} prefix per account × region × day of the
 * {@link PartitionScope}. Accounts or regions the scope leaves open are found first by listing
 * that level with delimiter {@code /}. Day prefixes are summed a few at a time (bounded
 * concurrency): a month over 30 regions is ~900 prefixes.
 */
public final class S3ScanEstimator {

    private final S3Client s3;
    private final int concurrency;

    public S3ScanEstimator(S3Client s3) {
        this(s3, 8);
    }

    public S3ScanEstimator(S3Client s3, int concurrency) {
        this.s3 = s3;
        this.concurrency = Math.max(1, concurrency);
    }

    /**
     * The bytes and objects under the day prefixes {@code scope} selects below {@code location}.
     * Accounts or regions the scope leaves open are listed first (ListObjectsV2 with delimiter).
     *
     * @param scope must have both dates
     * @throws dev.xacct.query.QueryFailedException when S3 refuses a listing (the caller needs s3:ListBucket)
     */
    public ScanEstimate estimate(CloudTrailLocation location, PartitionScope scope) {
        try {
            List<String> prefixes = new ArrayList<>();
            List<String> accounts = scope.accounts().isEmpty()
                    ? children(location.bucket(), location.accountsPrefix(), AccountId::isValid)
                    : scope.accounts();
            for (String account : accounts) {
                List<String> regions = scope.regions().isEmpty()
                        ? children(location.bucket(), location.regionsPrefix(account), RegionCode::isValid)
                        : scope.regions();
                for (String region : regions) {
                    for (LocalDate day = scope.from(); !day.isAfter(scope.to()); day = day.plusDays(1)) {
                        prefixes.add(location.dayPrefix(account, region, day));
                    }
                }
            }
            return sum(location.bucket(), prefixes);
        } catch (SdkException e) {
            throw new QueryFailedException(
                    "could not size s3://" + location.bucket() + "/" + location.accountsPrefix()
                            + " for the scan estimate: " + AthenaErrors.message(e)
                            + " (this identity needs s3:ListBucket on the trail bucket; --yes skips the estimate)",
                    e);
        }
    }

    /**
     * The size of exactly these key prefixes of {@code bucket}: for a table kind's layout, whose
     * day prefixes {@code dev.xacct.plugin.api.KeyLayout#dayPrefixes} computes with {@link #folders}.
     */
    public ScanEstimate estimate(String bucket, List<String> prefixes) {
        try {
            return sum(bucket, prefixes);
        } catch (SdkException e) {
            throw new QueryFailedException(
                    "could not size s3://" + bucket + "/ for the scan estimate: " + AthenaErrors.message(e)
                            + " (this identity needs s3:ListBucket on the log bucket; --yes skips the estimate)",
                    e);
        }
    }

    /** The folders directly below {@code prefix}, full prefixes ending in {@code /} (listing with delimiter). */
    public List<String> folders(String bucket, String prefix) {
        try {
            return s3
                    .listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix).delimiter("/"))
                    .commonPrefixes()
                    .stream()
                    .map(CommonPrefix::prefix)
                    .toList();
        } catch (SdkException e) {
            throw new QueryFailedException(
                    "could not list s3://" + bucket + "/" + prefix + " for the scan estimate: "
                            + AthenaErrors.message(e)
                            + " (this identity needs s3:ListBucket on the log bucket; --yes skips the estimate)",
                    e);
        }
    }

    /** The names one level below {@code prefix} (listing with delimiter {@code /}) that look like {@code shape}. */
    private List<String> children(String bucket, String prefix, Predicate<String> shape) {
        List<String> names = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix).delimiter("/")).commonPrefixes().stream()
                .map(CommonPrefix::prefix)
                .map(p -> p.substring(prefix.length(), p.length() - 1))
                .filter(shape)
                .forEach(names::add);
        return names;
    }

    private ScanEstimate sum(String bucket, List<String> prefixes) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, prefixes.size())), r -> {
            Thread t = new Thread(r, "scan-estimate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<long[]>> sizes = new ArrayList<>(prefixes.size());
            for (String prefix : prefixes) {
                sizes.add(pool.submit(() -> {
                    long bytes = 0;
                    long count = 0;
                    for (S3Object object : s3.listObjectsV2Paginator(
                                    b -> b.bucket(bucket).prefix(prefix))
                            .contents()) {
                        bytes += object.size() == null ? 0 : object.size();
                        count++;
                    }
                    return new long[] {bytes, count};
                }));
            }
            long bytes = 0;
            long objects = 0;
            for (Future<long[]> size : sizes) {
                long[] r = size.get();
                bytes += r[0];
                objects += r[1];
            }
            return new ScanEstimate(bytes, objects, prefixes.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryFailedException("scan estimate interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SdkException sdk) {
                throw sdk;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
