package dev.xacct.logs;

import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * The S3 calls of a pull, as the session whose client this is: folder listings (delimiter
 * {@code /}), day-folder listings and downloads. Paginated; the client belongs to the session
 * manager and is never closed here. Errors are the SDK's; {@link LogPuller} words them.
 */
public final class S3LogBucket implements FolderLister {

    private final S3Client s3;
    private final String bucket;

    public S3LogBucket(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public String bucket() {
        return bucket;
    }

    /** The common prefixes one level below {@code prefix} (ListObjectsV2 with delimiter {@code /}, every page). */
    @Override
    public List<String> folders(String prefix) {
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(bucket)
                .prefix(prefix)
                .delimiter("/")
                .build();
        return s3.listObjectsV2Paginator(request).commonPrefixes().stream()
                .map(CommonPrefix::prefix)
                .toList();
    }

    /** The objects directly in a folder (not in its sub-folders). */
    public List<RemoteFile> files(String prefix) {
        ListObjectsV2Request request = ListObjectsV2Request.builder()
                .bucket(bucket)
                .prefix(prefix)
                .delimiter("/")
                .build();
        return s3.listObjectsV2Paginator(request).contents().stream()
                .map(o -> new RemoteFile(o.key(), o.size() == null ? 0 : o.size()))
                .toList();
    }

    /** Writes the object to {@code file}, which must not exist yet. */
    public void download(String key, Path file) {
        s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toFile(file));
    }
}
