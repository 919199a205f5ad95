package dev.xacct.logs;

import java.util.List;

/**
 * The folders directly under an S3 prefix (ListObjectsV2 with delimiter {@code /}): each one the
 * full common prefix, ending with {@code /}. What {@link PrefixPlanner} needs from a bucket.
 */
@FunctionalInterface
public interface FolderLister {

    List<String> folders(String prefix);
}
