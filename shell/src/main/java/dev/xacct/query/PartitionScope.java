package dev.xacct.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partitions a query may read: the local twin of Athena's partition projection. An empty
 * set or a null date means "no restriction" on that partition key.
 *
 * @param from     first delivery date ({@code "date"} partition), inclusive; null = unbounded
 * @param to       last delivery date, inclusive; null = unbounded
 * @param accounts account ids ({@code accountid} partition); empty = all
 * @param regions  region names ({@code region} partition); empty = all
 */
public record PartitionScope(LocalDate from, LocalDate to, Set<String> accounts, Set<String> regions) {

    /** Every partition: what raw SQL gets. */
    public static final PartitionScope ALL = new PartitionScope(null, null, Set.of(), Set.of());

    public PartitionScope {
        accounts = normalise(accounts);
        regions = normalise(regions);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("partition range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Exactly these delivery dates, inclusive. */
    public static PartitionScope days(LocalDate from, LocalDate to) {
        return new PartitionScope(from, to, Set.of(), Set.of());
    }

    /**
     * The partitions holding events whose {@code eventtime} falls in [start, end]: the
     * {@code "date"} partition is the delivery date, which can be a day after the event
     * (an event at 23:58 is delivered after midnight), so the range is padded by a day at the end.
     */
    public static PartitionScope forEventDates(LocalDate start, LocalDate end,
                                               Collection<String> accounts, Collection<String> regions) {
        return new PartitionScope(start, end == null ? null : end.plusDays(1),
                accounts == null ? Set.of() : Set.copyOf(accounts),
                regions == null ? Set.of() : Set.copyOf(regions));
    }

    public PartitionScope withAccounts(Collection<String> ids) {
        return new PartitionScope(from, to, Set.copyOf(ids), regions);
    }

    public PartitionScope withRegions(Collection<String> names) {
        return new PartitionScope(from, to, accounts, Set.copyOf(names));
    }

    public boolean isUnrestricted() {
        return from == null && to == null && accounts.isEmpty() && regions.isEmpty();
    }

    /** Whether a file delivered for this account, region and date belongs to the scope. */
    public boolean includes(String account, String region, LocalDate date) {
        return (accounts.isEmpty() || accounts.contains(account))
                && (regions.isEmpty() || regions.contains(region.toLowerCase(Locale.ROOT)))
                && (from == null || !date.isBefore(from))
                && (to == null || !date.isAfter(to));
    }

    private static Set<String> normalise(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
