package dev.xacct.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The CloudTrail partitions a query may read: delivery dates {@code from}..{@code to}
 * inclusive ({@code null} = open), and the accounts and regions, empty meaning "all". The
 * Athena cost guard lists these S3 prefixes to estimate a scan; the local engine opens only
 * the files inside it.
 */
public record PartitionScope(LocalDate from, LocalDate to, List<String> accounts, List<String> regions) {

    /** Every partition: what raw SQL gets. */
    public static final PartitionScope ALL = new PartitionScope(null, null, List.of(), List.of());

    public PartitionScope {
        accounts = normalise(accounts);
        regions = normalise(regions);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("partition range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Exactly these delivery dates, inclusive. */
    public static PartitionScope days(LocalDate from, LocalDate to) {
        return new PartitionScope(from, to, List.of(), List.of());
    }

    /**
     * The partitions holding events whose {@code eventtime} falls on the days start..end: the
     * {@code "date"} partition is the delivery date, which differs from the event's day near
     * midnight, so the range is padded by a day each side (design.md §5) and the query filters
     * exactly on {@code eventtime}. The same padding as {@code ${start:partition}}.
     */
    public static PartitionScope forEventDates(
            LocalDate start, LocalDate end, Collection<String> accounts, Collection<String> regions) {
        return new PartitionScope(
                start == null ? null : start.minusDays(1),
                end == null ? null : end.plusDays(1),
                accounts == null ? List.of() : List.copyOf(accounts),
                regions == null ? List.of() : List.copyOf(regions));
    }

    public PartitionScope withAccounts(Collection<String> ids) {
        return new PartitionScope(from, to, List.copyOf(ids), regions);
    }

    public PartitionScope withRegions(Collection<String> names) {
        return new PartitionScope(from, to, accounts, List.copyOf(names));
    }

    /** Whether a file delivered for this account, region and date belongs to the scope. */
    public boolean includes(String account, String region, LocalDate date) {
        return (accounts.isEmpty() || accounts.contains(account))
                && (regions.isEmpty() || regions.contains(region.toLowerCase(Locale.ROOT)))
                && (from == null || !date.isBefore(from))
                && (to == null || !date.isAfter(to));
    }

    private static List<String> normalise(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> clean = new ArrayList<>();
        for (String value : values) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.isEmpty() && !clean.contains(v)) {
                clean.add(v);
            }
        }
        return List.copyOf(clean);
    }
}
