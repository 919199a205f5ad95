package dev.xacct.query.local;

import dev.xacct.template.PartitionScope;
import java.nio.file.Path;
import java.util.List;

/** The {@code cloudtrail} table of the local engine: CloudTrail delivery files, either key layout. */
public final class CloudTrailTable implements LocalTable {

    @Override
    public String name() {
        return CloudTrailView.NAME;
    }

    @Override
    public List<SourceFile> find(Path root, PartitionScope scope) {
        return CloudTrailFileFinder.find(root, scope);
    }

    @Override
    public String selectSql(List<SourceFile> files) {
        return CloudTrailView.selectSql(files);
    }
}
