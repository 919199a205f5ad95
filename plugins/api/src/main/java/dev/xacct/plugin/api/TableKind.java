package dev.xacct.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * A kind of log as one SQL table, the same on Athena and on xacct's local engine: its name,
 * its columns (AWS's documented Athena names and types), the Athena DDL with partition
 * projection, the S3 key layouts its files are delivered in, and a reader for the files on disk.
 *
 * <p>Every kind has the partition columns {@code accountid}, {@code region} and {@code "date"}
 * ({@code yyyy/MM/dd}), read from the key, so that one template shape ({@code "date" BETWEEN
 * ${start:partition} AND ${end:partition}}, {@code accountid IN ${accounts}}) prunes every kind.
 * A layout that does not carry a value (S3's simple access-log layout has no account) gives NULL.
 *
 * <p>Implementations are immutable and thread-safe; their methods do no I/O except
 * {@link LocalReader} (which may read file headers) and {@link SampleData}.
 */
public interface TableKind {

    /** The word after {@code table create}: lower case letters, digits and dashes, e.g. {@code vpc-flow-logs}. */
    String name();

    /** The SQL table name templates use ({@code ${table}}), e.g. {@code vpc_flow_logs}. */
    String table();

    /** One line: what these logs are. */
    String description();

    /**
     * The data columns in the DDL's order, with Athena (Hive) types in lower case ({@code string},
     * {@code int}, {@code bigint}, {@code double}, {@code boolean}); the partition columns follow
     * them in every table and are not listed here.
     */
    List<TableColumn> columns();

    /**
     * Extra partition columns a key layout carries besides the standard three (S3 access logs'
     * {@code sourcebucket}), in order; they come after the data columns and before
     * {@code accountid}. Usually none.
     */
    default List<String> keyColumns() {
        return List.of();
    }

    /**
     * The key layouts the files are delivered in, most specific first. Folder layouts are what
     * {@code logs pull} and the cost guard list; a local file is matched against each in order.
     */
    List<KeyLayout> layouts();

    /**
     * Whether a file name is one of this kind's files (e.g. {@code *.log.gz}): files beside them
     * that are not logs (digests, manifests, temporary {@code .part} files) are never read.
     */
    boolean isLogFile(String fileName);

    /** The options {@code table create} accepts as {@code --with NAME=VALUE} for this kind, e.g. a field list. */
    default List<TableSetting> settings() {
        return List.of();
    }

    /**
     * The Athena statements that create the table over the logs {@code options} point at, with
     * partition projection: usually one {@code CREATE EXTERNAL TABLE}, sometimes followed by a
     * {@code CREATE OR REPLACE VIEW}. Every value in {@code options} has been validated.
     *
     * @throws IllegalArgumentException naming the option that does not fit this kind
     */
    List<String> athenaDdl(TableOptions options);

    /**
     * The S3 location a table made with these options reads, for the cost guard:
     * {@code s3://BUCKET/PREFIX/} followed by the layout named {@link TableLocation#layout()}.
     */
    default TableLocation location(TableOptions options) {
        return new TableLocation(
                options.bucket(), options.prefix(), layout(options).name());
    }

    /**
     * The delivery layout {@code options} ask for ({@code --layout NAME}), else the first one
     * delivered to S3.
     *
     * @throws IllegalArgumentException when no S3 layout has that name
     */
    default KeyLayout layout(TableOptions options) {
        List<KeyLayout> s3 = layouts().stream().filter(KeyLayout::inS3).toList();
        if (options.layout() == null) {
            return s3.get(0);
        }
        return s3.stream()
                .filter(l -> l.name().equals(options.layout()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--layout " + options.layout() + ": " + name()
                        + " knows "
                        + String.join(", ", s3.stream().map(KeyLayout::name).toList())));
    }

    /** How the local engine reads the files. */
    LocalReader localReader();

    /** A deterministic generator of sample files, for tests and {@code --demo}; empty when there is none. */
    default Optional<SampleData> sampleData() {
        return Optional.empty();
    }
}
