package dev.xacct.plugin;

import dev.xacct.aws.OrganizationId;
import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.LocalReader;
import dev.xacct.plugin.api.TableColumn;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.plugin.api.TableLocation;
import dev.xacct.plugin.api.TableOptions;
import dev.xacct.plugin.api.TableSetting;
import dev.xacct.template.ddl.CloudTrailColumns;
import dev.xacct.template.ddl.CloudTrailTableDdl;
import java.util.List;

/**
 * CloudTrail as a table kind, on the same SPI as the plugins: the columns are
 * {@link CloudTrailColumns}', the DDL {@link CloudTrailTableDdl}'s, the key layouts
 * are a trail's ({@code AWSLogs/[o-ORG/]ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/}, AWS: "Finding your
 * CloudTrail log files", https://docs.aws.amazon.com/awscloudtrail/latest/userguide/get-and-view-cloudtrail-log-files.html).
 * Only wraps: the CloudTrail schema has one home.
 */
public final class CloudTrailKind implements TableKind {

    public static final String NAME = "cloudtrail";

    private static final List<KeyLayout> LAYOUTS = List.of(
            KeyLayout.s3(
                    "account",
                    "AWSLogs/{account}/CloudTrail/{region}/{yyyy}/{MM}/{dd}/",
                    "a trail of one account: AWSLogs/ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/"),
            KeyLayout.s3(
                    "org",
                    "AWSLogs/{org}/{account}/CloudTrail/{region}/{yyyy}/{MM}/{dd}/",
                    "an organization trail: AWSLogs/o-ORG/ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/"),
            KeyLayout.local(
                    "flat",
                    "{account}_CloudTrail_{region}_{yyyy}{MM}{dd}T{*}",
                    "a flat folder of delivery files, ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_….json.gz"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String table() {
        return NAME;
    }

    @Override
    public String description() {
        return "AWS CloudTrail management and data events";
    }

    @Override
    public List<TableColumn> columns() {
        return CloudTrailColumns.COLUMNS.stream()
                .map(c -> TableColumn.of(c.name(), c.type().hiveType()))
                .toList();
    }

    @Override
    public List<KeyLayout> layouts() {
        return LAYOUTS;
    }

    @Override
    public boolean isLogFile(String fileName) {
        return fileName.endsWith(".json.gz") || fileName.endsWith(".json");
    }

    @Override
    public List<TableSetting> settings() {
        return List.of(new TableSetting("org", "the organization id of an organization trail, e.g. org=o-a1b2c3d4e5"));
    }

    @Override
    public List<String> athenaDdl(TableOptions options) {
        String org = options.settings().get("org");
        CloudTrailTableDdl.Builder builder = CloudTrailTableDdl.builder()
                .bucket(options.bucket())
                .prefix(options.prefix())
                .orgId(org)
                .accounts(options.accounts())
                .regions(options.regions())
                .from(options.from())
                .table(options.table());
        if (options.database() != null) {
            builder.database(options.database());
        }
        return List.of(builder.build().ddl());
    }

    @Override
    public TableLocation location(TableOptions options) {
        String org = options.settings().get("org");
        if (org != null && !OrganizationId.isValid(org)) {
            throw new IllegalArgumentException("org: '" + org + "' is not an organization id (o-…)");
        }
        return new TableLocation(options.bucket(), options.prefix(), org == null ? "account" : "org");
    }

    /**
     * The local engine reads CloudTrail with its own table ({@code dev.xacct.query.local.CloudTrailTable},
     * one JSON document a file, the records unnested), registered by name beside the kinds' tables;
     * this package sits below the engine and does not reach into it.
     */
    @Override
    public LocalReader localReader() {
        return files -> {
            throw new UnsupportedOperationException(
                    "CloudTrail is read by the local engine's own cloudtrail table, not through the SPI reader");
        };
    }
}
