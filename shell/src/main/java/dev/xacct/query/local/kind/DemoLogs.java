package dev.xacct.query.local.kind;

import dev.xacct.plugin.api.SampleData;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.query.local.demo.CloudTrailGenerator;
import dev.xacct.shell.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --demo} month of every table kind that has a sample generator, written beside the
 * demo CloudTrail (same accounts, same month) in each kind's first S3 layout. A marker per kind,
 * written last, holds the spec and the plugin's version: a kind is regenerated when either changes
 * or an earlier run stopped halfway.
 */
public final class DemoLogs {

    /** The demo organization's workload accounts (management, prod, dev: DemoOrg's). */
    static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333");

    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    static final int RECORDS_PER_DAY = 40;

    private DemoLogs() {}

    /** The spec every kind's demo month is written with. */
    public static SampleData.Spec spec() {
        return new SampleData.Spec(
                CloudTrailGenerator.DEMO_LAST_DAY.minusDays(CloudTrailGenerator.DEMO_DAYS - 1L),
                CloudTrailGenerator.DEMO_LAST_DAY,
                ACCOUNTS,
                REGIONS,
                CloudTrailGenerator.DEFAULT_SEED,
                null,
                RECORDS_PER_DAY,
                0);
    }

    /** Writes each kind's month under {@code root} unless its marker says it is there; returns {@code root}. */
    public static Path ensure(Path root, List<TableKind> kinds, String version) {
        for (TableKind kind : kinds) {
            Optional<SampleData> sample = kind.sampleData();
            if (sample.isEmpty()) {
                continue;
            }
            Path marker = root.resolve(".complete-" + kind.name());
            String signature = spec() + " " + version;
            try {
                if (Files.isRegularFile(marker)
                        && Files.readString(marker).strip().equals(signature)) {
                    continue;
                }
                PrivateFiles.folder(root);
                sample.get().write(root, spec());
                PrivateFiles.tree(root); // the plugin wrote with the umask's mode: demo data is account-shaped data
                PrivateFiles.writeString(marker, signature + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the demo " + kind.name() + " logs in " + root, e);
            }
        }
        return root;
    }
}
