package dev.xacct.query.local;

import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Lists the CloudTrail files under a folder that belong to a {@link PartitionScope}: the local
 * twin of partition projection. Only the files returned are ever opened.
 */
public final class CloudTrailFileFinder {

    /** Digest and Insights deliveries live beside the trail's files but are not events. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("CloudTrail-Digest", "CloudTrail-Insight");

    private CloudTrailFileFinder() {}

    static List<SourceFile> find(Path root, PartitionScope scope) {
        return SourceWalk.files(
                root,
                "CloudTrail",
                SKIPPED_FOLDERS,
                CloudTrailFile::parse,
                f -> scope.includes(f.account(), f.region(), f.date()));
    }
}
