package dev.xacct.logs;

import dev.xacct.query.local.CloudTrailFile;
import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code logs pull} needs to know about a kind of log: which day folders to list for a
 * scope, and which listed keys are its files. {@link #CLOUDTRAIL} is a trail's layout
 * ({@link PrefixPlanner}); {@link KindLogLayout} is a plugin's table kind.
 */
public interface LogLayout {

    /** For messages: {@code CloudTrail}, {@code vpc-flow-logs}. */
    String noun();

    /** The folder every key of {@code source} is under, for messages ({@code …/AWSLogs/} for CloudTrail). */
    String root(LogSource source);

    /** The day prefixes to list; {@code org} is CloudTrail's {@code --org}. */
    PrefixPlan plan(LogSource source, Optional<String> org, PartitionScope scope, FolderLister lister);

    /** Whether a listed key is one of this kind's files in {@code scope}. */
    boolean accepts(String key, PartitionScope scope);

    /** CloudTrail: {@code AWSLogs/[o-ORG/]ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/}, {@code .json.gz} files. */
    LogLayout CLOUDTRAIL = new LogLayout() {
        @Override
        public String noun() {
            return "CloudTrail";
        }

        @Override
        public String root(LogSource source) {
            return source.awsLogsFolder();
        }

        @Override
        public PrefixPlan plan(LogSource source, Optional<String> org, PartitionScope scope, FolderLister lister) {
            return PrefixPlanner.plan(source, org, scope, lister);
        }

        @Override
        public boolean accepts(String key, PartitionScope scope) {
            return CloudTrailFile.parse(Path.of(key))
                    .filter(f -> scope.includes(f.account(), f.region(), f.date()))
                    .isPresent();
        }
    };
}
