package dev.xacct.s3.gather;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code s3 owners}: who owns the objects under a prefix (ListObjectsV2 FetchOwner, page by
 * page), one row per owner canonical id with its account when the session can tell it, the
 * object count, the bytes, and whether it is foreign-owned (owner ≠ bucket owner: a bucket
 * policy Allow does not reach those objects). Owners are matched by canonical id only.
 */
public final class ObjectOwners {
    /** One owner: canonical id, account (null when unknown), objects, bytes, foreign: yes, no or unknown. */
    public record OwnerRow(String owner, String account, long objects, long bytes, String foreign) {}

    /** Totals, filled in as the listing is read. */
    public static final class Totals {
        public long objects;
        public long bytes;
        public long foreignObjects;
        public int owners;
        public String bucketOwner;
    }

    private ObjectOwners() {}

    /**
     * Lists {@code s3://bucket/prefix} as the perspective. The listing is read when the stream is
     * read; {@code totals} is complete once the stream is exhausted. A missing bucket or refused
     * credentials surface as {@link GatherException} from the stream.
     */
    public static Iterator<OwnerRow> scan(AwsPerspective p, String bucket, String prefix, Totals totals) {
        String ownCanonical =
                quietly(() -> p.s3().listBuckets(b -> b.prefix(bucket)).owner().id());
        boolean ownsBucket = "yes"
                .equals(quietly(() -> p.s3().listBuckets(b -> b.prefix(bucket)).buckets().stream()
                                .anyMatch(x -> x.name().equals(bucket))
                        ? "yes"
                        : "no"));
        String bucketOwner =
                quietly(() -> p.s3().getBucketAcl(b -> b.bucket(bucket)).owner().id());
        totals.bucketOwner = bucketOwner;
        Iterator<ListObjectsV2Response> pages = guarded(
                p,
                bucket,
                () -> p.s3().listObjectsV2Paginator(
                                b -> b.bucket(bucket).prefix(prefix).fetchOwner(true))
                        .iterator());
        Map<String, long[]> byOwner = new LinkedHashMap<>();
        return new Iterator<>() {
            Iterator<OwnerRow> out;

            @Override
            public boolean hasNext() {
                if (out == null) out = aggregate().iterator();
                return out.hasNext();
            }

            @Override
            public OwnerRow next() {
                hasNext();
                return out.next();
            }

            private List<OwnerRow> aggregate() {
                while (guarded(p, bucket, pages::hasNext)) {
                    ListObjectsV2Response page = guarded(p, bucket, pages::next);
                    for (S3Object o : page.contents()) {
                        String owner =
                                o.owner() == null ? "(not returned)" : o.owner().id();
                        long[] agg = byOwner.computeIfAbsent(owner, k -> new long[2]);
                        agg[0]++;
                        agg[1] += o.size() == null ? 0 : o.size();
                    }
                }
                List<OwnerRow> result = new ArrayList<>();
                byOwner.entrySet().stream()
                        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                        .forEach(e -> {
                            String id = e.getKey();
                            String account = id.equals(ownCanonical) || ownsBucket && id.equals(bucketOwner)
                                    ? p.account()
                                    : null;
                            String foreign = bucketOwner == null ? "unknown" : id.equals(bucketOwner) ? "no" : "yes";
                            result.add(new OwnerRow(id, account, e.getValue()[0], e.getValue()[1], foreign));
                            totals.objects += e.getValue()[0];
                            totals.bytes += e.getValue()[1];
                            if (foreign.equals("yes")) totals.foreignObjects += e.getValue()[0];
                        });
                totals.owners = result.size();
                return result;
            }
        };
    }

    private static String quietly(java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (AwsServiceException e) {
            return null; // the listing itself reports a missing bucket or bad credentials
        } catch (SdkException e) {
            return null;
        }
    }

    private static <T> T guarded(AwsPerspective p, String bucket, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            if ("NoSuchBucket".equals(Failures.code(e))) {
                throw new GatherException("bucket " + bucket + " does not exist (NoSuchBucket): check the name", e);
            }
            if (Failures.isCredentialProblem(e)) throw new GatherException(Failures.credentialAdvice(p.name(), e), e);
            throw new GatherException(
                    "cannot list s3://" + bucket + " as " + p.name() + ": " + Failures.code(e)
                            + (Failures.status(e) == 403 ? " (listing needs s3:ListBucket)" : ""),
                    e);
        }
    }
}
