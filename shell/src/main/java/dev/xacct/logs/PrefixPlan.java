package dev.xacct.logs;

import java.util.List;

/**
 * What {@link PrefixPlanner} decided: the day folders to list
 * ({@code …/ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/}), the organization folders, accounts and regions
 * they cover, and how many folder listings the discovery took.
 */
public record PrefixPlan(
        List<String> dayPrefixes,
        List<String> organizations,
        List<String> accounts,
        List<String> regions,
        int listings) {

    public PrefixPlan {
        dayPrefixes = List.copyOf(dayPrefixes);
        organizations = List.copyOf(organizations);
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
    }
}
