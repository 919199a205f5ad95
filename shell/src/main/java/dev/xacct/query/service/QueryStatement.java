package dev.xacct.query.service;

import dev.xacct.template.PartitionScope;
import dev.xacct.template.Template;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement for the {@link QueryRunner}: the SQL and where and how to run it. Built from raw
 * SQL ({@code sql}) or from a bound template ({@link QueryRunner#bind}).
 *
 * @param sql      the SQL text, bound (no placeholders left)
 * @param scope    the partitions it reads, from the template's parameters; ALL for raw SQL
 * @param template the template it came from, or null for raw SQL
 * @param engine   {@code --engine}; null for the default engine
 * @param source   {@code --source}: folder of CloudTrail files for the local engine; null for the default
 * @param fanOut   {@code --accounts … --role-name …}; null to run once, as the current session
 * @param maxScan  {@code --max-scan} as typed (e.g. {@code 10GB}); null for the configured limit
 * @param yes      {@code --yes}: run even above the scan limit
 * @param noCache  {@code --no-cache}: the local engine reads the files, not its columnar cache
 */
public record QueryStatement(
        String sql,
        PartitionScope scope,
        Template template,
        String engine,
        String source,
        FanOutTargets fanOut,
        String maxScan,
        boolean yes,
        boolean noCache) {

    /**
     * {@code --accounts ID,ID|org --role-name ROLE [--concurrency N]}; either part may be null
     * (the runner then says the other is needed).
     */
    /**
     * {@code --accounts}, and the role in each account: {@code --role-name} (AssumeRole from the
     * current session) or {@code --sso-role} (IAM Identity Center).
     */
    public record FanOutTargets(String accounts, String roleName, String ssoRole, int concurrency) {}

    public QueryStatement {
        Objects.requireNonNull(sql, "sql");
        scope = scope == null ? PartitionScope.ALL : scope;
    }

    public static Builder builder(String sql) {
        return new Builder(sql);
    }

    public Optional<Template> fromTemplate() {
        return Optional.ofNullable(template);
    }

    public Builder toBuilder() {
        return new Builder(sql)
                .scope(scope)
                .template(template)
                .engine(engine)
                .source(source)
                .fanOut(fanOut)
                .maxScan(maxScan)
                .yes(yes)
                .noCache(noCache);
    }

    /** Every part but the SQL is optional. */
    public static final class Builder {
        private final String sql;
        private PartitionScope scope = PartitionScope.ALL;
        private Template template;
        private String engine;
        private String source;
        private FanOutTargets fanOut;
        private String maxScan;
        private boolean yes;
        private boolean noCache;

        private Builder(String sql) {
            this.sql = sql;
        }

        public Builder scope(PartitionScope scope) {
            this.scope = scope;
            return this;
        }

        public Builder template(Template template) {
            this.template = template;
            return this;
        }

        public Builder engine(String engine) {
            this.engine = engine;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Fans out when {@code accounts} or {@code roleName} is given; no-op when both are null. */
        public Builder fanOut(String accounts, String roleName, int concurrency) {
            return fanOut(accounts, roleName, null, concurrency);
        }

        /** Fans out when any of {@code accounts}, {@code roleName}, {@code ssoRole} is given. */
        public Builder fanOut(String accounts, String roleName, String ssoRole, int concurrency) {
            this.fanOut = accounts == null && roleName == null && ssoRole == null
                    ? null
                    : new FanOutTargets(accounts, roleName, ssoRole, concurrency);
            return this;
        }

        public Builder fanOut(FanOutTargets fanOut) {
            this.fanOut = fanOut;
            return this;
        }

        public Builder maxScan(String maxScan) {
            this.maxScan = maxScan;
            return this;
        }

        public Builder yes(boolean yes) {
            this.yes = yes;
            return this;
        }

        public Builder noCache(boolean noCache) {
            this.noCache = noCache;
            return this;
        }

        public QueryStatement build() {
            return new QueryStatement(sql, scope, template, engine, source, fanOut, maxScan, yes, noCache);
        }
    }
}
