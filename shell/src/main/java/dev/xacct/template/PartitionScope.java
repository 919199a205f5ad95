package dev.xacct.template;

import java.time.LocalDate;
import java.util.List;

/**
 * The CloudTrail partitions a bound query may read: delivery dates {@code from}..{@code to}
 * inclusive (already padded a day each side), and the accounts and regions, empty meaning
 * "all". The Athena cost guard lists these S3 prefixes to estimate a scan.
 */
public record PartitionScope(LocalDate from, LocalDate to, List<String> accounts, List<String> regions) {
    public PartitionScope {
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
    }
}
