package dev.xacct.logs;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.OrganizationId;
import dev.xacct.aws.RegionCode;
import dev.xacct.template.PartitionScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a bucket layout and a scope into the day folders to list, without ever listing the whole
 * bucket. CloudTrail delivers to {@code PREFIX/AWSLogs/ACCOUNT/CloudTrail/REGION/yyyy/MM/dd/}
 * (single-account trail) or {@code PREFIX/AWSLogs/o-ORG/ACCOUNT/CloudTrail/…} (organization trail).
 *
 * <ol>
 *   <li>Layout: with {@code --org} the organization folder is known; otherwise the folders of
 *   {@code AWSLogs/} say it: {@code o-…} ones are organizations, 12-digit ones accounts (both may
 *   be present).</li>
 *   <li>Accounts: the ones asked for, else the 12-digit folders of each account level.</li>
 *   <li>Regions: the ones asked for, else the folders of {@code ACCOUNT/CloudTrail/}. Digest and
 *   Insights deliveries ({@code CloudTrail-Digest/}, {@code CloudTrail-Insight/}) sit beside
 *   {@code CloudTrail/} and are never reached.</li>
 *   <li>One prefix per day of the range for each account and region.</li>
 * </ol>
 */
public final class PrefixPlanner {

    private PrefixPlanner() {}

    /**
     * The day prefixes of {@code source} in {@code scope}, whose dates must be bounded. {@code org}
     * names the organization folder when the user gave it.
     */
    public static PrefixPlan plan(LogSource source, Optional<String> org, PartitionScope scope, FolderLister lister) {
        if (scope.from() == null || scope.to() == null) {
            throw new IllegalArgumentException("a pull needs both --from and --to");
        }
        Map<String, List<String>> seen = new HashMap<>();
        FolderLister counted = prefix -> seen.computeIfAbsent(prefix, lister::folders);
        String awsLogs = source.awsLogsFolder();
        List<String> organizations = new ArrayList<>();
        List<String> accountLevels = new ArrayList<>();
        if (org.isPresent()) {
            organizations.add(org.get());
            accountLevels.add(awsLogs + org.get() + "/");
        } else {
            boolean accountsHere = false;
            for (String folder : counted.folders(awsLogs)) {
                String name = lastSegment(folder);
                if (OrganizationId.looksLike(name)) {
                    organizations.add(name);
                    accountLevels.add(folder);
                } else if (AccountId.isValid(name)) {
                    accountsHere = true;
                }
            }
            if (accountsHere || organizations.isEmpty()) {
                accountLevels.add(0, awsLogs);
            }
        }

        Set<String> accountsSeen = new LinkedHashSet<>();
        Set<String> regionsSeen = new LinkedHashSet<>();
        List<String> days = new ArrayList<>();
        for (String level : accountLevels) {
            List<String> accounts = scope.accounts().isEmpty()
                    ? counted.folders(level).stream()
                            .map(PrefixPlanner::lastSegment)
                            .filter(AccountId::isValid)
                            .toList()
                    : scope.accounts();
            for (String account : accounts) {
                String trail = level + account + "/CloudTrail/";
                List<String> regions = scope.regions().isEmpty()
                        ? counted.folders(trail).stream()
                                .map(PrefixPlanner::lastSegment)
                                .filter(RegionCode::isValid)
                                .toList()
                        : scope.regions();
                if (!regions.isEmpty()) {
                    accountsSeen.add(account);
                }
                for (String region : regions) {
                    regionsSeen.add(region);
                    for (LocalDate day = scope.from(); !day.isAfter(scope.to()); day = day.plusDays(1)) {
                        days.add(trail + region + "/" + dayPath(day) + "/");
                    }
                }
            }
        }
        return new PrefixPlan(days, organizations, List.copyOf(accountsSeen), List.copyOf(regionsSeen), seen.size());
    }

    /** {@code yyyy/MM/dd}, the date levels of a CloudTrail key. */
    public static String dayPath(LocalDate day) {
        return String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    private static String lastSegment(String folder) {
        String trimmed = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
