package dev.xacct.query.fanout;

import dev.xacct.query.athena.CloudTrailLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a fan-out is needed at all: when the table the caller's {@code athena config} points at
 * is an organization trail ({@code …/AWSLogs/o-…/}) of the organization the accounts belong to,
 * one query over that table already sees every one of them. Pure: the facts are passed in.
 */
public final class OrganizationTrail {

    /**
     * @param tableName           the table the query reads (e.g. {@code cloudtrail})
     * @param tableLocation       its LOCATION, when known ({@code s3://bucket/prefix/AWSLogs/o-abc/})
     * @param organizationId      the caller's organization ({@code o-…}), when known
     * @param organizationMembers the organization's account ids
     * @param targetAccounts      the accounts the fan-out would run in
     * @param wholeOrganization   {@code --accounts org}
     */
    public record Facts(
            String tableName,
            Optional<String> tableLocation,
            Optional<String> organizationId,
            Set<String> organizationMembers,
            List<String> targetAccounts,
            boolean wholeOrganization) {
        public Facts {
            Objects.requireNonNull(tableName, "tableName");
            organizationMembers = Set.copyOf(organizationMembers);
            targetAccounts = List.copyOf(targetAccounts);
        }
    }

    private OrganizationTrail() {}

    /** A notice for the shell to print (one line, with the single query to run instead), or empty. */
    public static Optional<String> advise(Facts facts) {
        if (facts.tableLocation().isEmpty()
                || facts.organizationId().isEmpty()
                || facts.targetAccounts().isEmpty()) {
            return Optional.empty();
        }
        CloudTrailLocation location;
        try {
            location = CloudTrailLocation.parse(facts.tableLocation().get());
        } catch (IllegalArgumentException notATrail) {
            return Optional.empty();
        }
        if (location.organizationId().isEmpty() || !location.organizationId().equals(facts.organizationId())) {
            return Optional.empty();
        }
        if (!facts.organizationMembers().containsAll(facts.targetAccounts())) {
            return Optional.empty();
        }
        int n = facts.targetAccounts().size();
        String table = "one organization trail table (" + facts.tableName() + " over " + location.url() + ")";
        if (facts.wholeOrganization()) {
            return Optional.of(table + " already holds every account of "
                    + location.organizationId().get() + " (" + n + (n == 1 ? " account" : " accounts")
                    + "): run without --accounts to query it once instead of " + n + " times");
        }
        return Optional.of(table + " already holds " + (n == 1 ? "this account" : "these " + n + " accounts")
                + ": run without --accounts and add --param accounts=" + String.join(",", facts.targetAccounts())
                + " to query it once");
    }
}
