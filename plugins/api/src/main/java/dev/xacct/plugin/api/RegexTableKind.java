package dev.xacct.plugin.api;

import java.util.List;

/**
 * A table kind for a text log Athena reads with the RegexSerDe (ELB, S3 server access logs,
 * CloudFront…): one expression, one group per column, used both in the DDL and by the local
 * reader ({@link RegexLineReader}), so the two engines parse a line the same way. A subclass
 * gives the names, the layouts and which files are logs.
 */
public abstract class RegexTableKind implements TableKind {

    private final String regex;
    private final List<TableColumn> columns;

    /** @param regex valid for java.util.regex and RE2, one group per column, in order */
    protected RegexTableKind(String regex, List<TableColumn> columns) {
        this.regex = regex;
        this.columns = List.copyOf(columns);
    }

    /** The expression, as the DDL's {@code input.regex} and the local reader use it. */
    public final String regex() {
        return regex;
    }

    @Override
    public final List<TableColumn> columns() {
        return columns;
    }

    /** {@code CREATE EXTERNAL TABLE} with the RegexSerDe and projection over the layout {@code options} names. */
    @Override
    public List<String> athenaDdl(TableOptions options) {
        return List.of(AthenaTableDdl.of(options, description())
                .columns(columns)
                .regexSerDe(regex)
                .layout(layout(options))
                .ddl());
    }

    @Override
    public LocalReader localReader() {
        return new RegexLineReader(regex, columns, keyColumns(), false);
    }
}
