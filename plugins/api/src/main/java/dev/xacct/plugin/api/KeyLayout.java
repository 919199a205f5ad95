package dev.xacct.plugin.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a kind's files sit, as a key pattern below the user's prefix, e.g. VPC Flow Logs'
 * {@code AWSLogs/{account}/vpcflowlogs/{region}/{yyyy}/{MM}/{dd}/} (AWS: "Flow log files", VPC
 * User Guide, https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html).
 *
 * <p>Placeholders: {@code {account}} (12 digits), {@code {region}}, {@code {org}} (an
 * organization id, {@code o-…}), {@code {yyyy}} {@code {MM}} {@code {dd}} (the {@code "date"}
 * partition), {@code {HH}} {@code {mm}} {@code {ss}} (two digits, ignored), {@code {*}} (any text
 * without {@code /}), and any other lower-case name, e.g. {@code {sourcebucket}}, whose value
 * becomes the key column of that name. A pattern ending in {@code /} is a folder layout: the
 * file is any name below it. Otherwise the pattern describes the last segments up to the end of
 * the file name (S3's simple access-log layout, or a flat folder of files named as delivered).
 *
 * <p>One pattern gives three things: the partition values of a file on disk ({@link #match}), the
 * S3 prefixes to list for a date range ({@link #dayPrefixes}, used by {@code logs pull} and by
 * the cost guard), and, for a DDL, the {@code storage.location.template}.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyLayout {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z*]+)}");
    private static final Map<String, String> SHAPES = Map.of(
            "account", AwsShapes.ACCOUNT_ID,
            "region", AwsShapes.REGION,
            "org", AwsShapes.ORGANIZATION_ID,
            "yyyy", "[0-9]{4}",
            "MM", "[0-9]{2}",
            "dd", "[0-9]{2}",
            "HH", "[0-9]{2}",
            "mm", "[0-9]{2}",
            "ss", "[0-9]{2}",
            "*", "[^/]*");

    private final String name;
    private final String pattern;
    private final boolean inS3;
    private final String description;
    private final Compiled compiled;

    /**
     * @param name        short name, e.g. {@code default}, {@code hive}, {@code simple}
     * @param pattern     the key pattern, relative to the prefix
     * @param inS3        whether AWS delivers to S3 in this layout (else it only names local files)
     * @param description one line for help texts
     */
    public KeyLayout(String name, String pattern, boolean inS3, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.inS3 = inS3;
        if (!pattern.contains("{yyyy}") || !pattern.contains("{MM}") || !pattern.contains("{dd}")) {
            throw new IllegalArgumentException("layout " + name + ": the pattern needs {yyyy}, {MM} and {dd}");
        }
        if (pattern.startsWith("/")) {
            throw new IllegalArgumentException("layout " + name + ": the pattern is relative, no leading /");
        }
        this.description = description == null ? "" : description;
        Compiled bare = compile(pattern);
        this.compiled = new Compiled(
                Pattern.compile("(?:^|/)" + bare.regex.pattern() + (isFolder() ? "[^/]+$" : "$")), bare.names);
    }

    public String name() {
        return name;
    }

    public String pattern() {
        return pattern;
    }

    /** Whether AWS delivers to S3 in this layout (else it only names files on disk). */
    public boolean inS3() {
        return inS3;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return name + " (" + pattern + ")";
    }

    /** An S3 delivery layout. */
    public static KeyLayout s3(String name, String pattern, String description) {
        return new KeyLayout(name, pattern, true, description);
    }

    /** A layout of files on disk only, e.g. a flat folder of files named as AWS names them. */
    public static KeyLayout local(String name, String pattern, String description) {
        return new KeyLayout(name, pattern, false, description);
    }

    public boolean isFolder() {
        return pattern.endsWith("/");
    }

    /** The partition values a key layout gives one file. */
    public record Values(String account, String region, LocalDate date, Map<String, String> keyValues) {
        public Values {
            keyValues = Map.copyOf(keyValues);
        }
    }

    /**
     * The partition values of a file from its path (an S3 key or a path on disk, {@code /} or
     * {@code \} separated): the last part of the path must fit the pattern.
     */
    public Optional<Values> match(String path) {
        String text = path.replace('\\', '/');
        Compiled c = compiled;
        Matcher m = c.regex.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < c.names.size(); i++) {
            values.put(c.names.get(i), m.group(i + 1));
        }
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(values.get("yyyy")),
                    Integer.parseInt(values.get("MM")),
                    Integer.parseInt(values.get("dd")));
            Map<String, String> keys = new HashMap<>();
            values.forEach((k, v) -> {
                if (!SHAPES.containsKey(k)) {
                    keys.put(k, v);
                }
            });
            return Optional.of(new Values(values.get("account"), values.get("region"), date, keys));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Lists the folders directly below a prefix (S3 {@code ListObjectsV2} with delimiter {@code /}). */
    @FunctionalInterface
    public interface FolderLister {
        /** Full child prefixes of {@code prefix}, each ending in {@code /}. */
        List<String> folders(String prefix);
    }

    /**
     * The S3 key prefixes holding the files of the days {@code from}..{@code to} (inclusive), below
     * {@code base} (the user's prefix, empty or ending in {@code /}). A variable level whose values
     * are given ({@code given.get("account")}, {@code "region"}, or a key column's name) is filled
     * in; any other is listed with {@code lister} and kept where the folder name fits. One prefix
     * per day and combination, in order, without repeats; for a file-name layout the prefix ends
     * inside the file name (S3 simple layout: {@code logs/2025-06-01-}).
     */
    public List<String> dayPrefixes(
            String base, LocalDate from, LocalDate to, Map<String, List<String>> given, FolderLister lister) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String[] segments = pattern.split("/", -1);
        List<String> current = List.of(base == null ? "" : base);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() && i == segments.length - 1) {
                break; // the end of a folder layout
            }
            if (segment.contains("{yyyy}") || segment.contains("{MM}") || segment.contains("{dd}")) {
                current = dates(current, segments, i, from, to);
                while (!segments[i].contains("{dd}")) {
                    i++;
                }
                // levels below the day (an hour folder) are listed, so that the prefixes hold files
                continue;
            }
            if (!PLACEHOLDER.matcher(segment).find()) {
                List<String> next = new ArrayList<>();
                current.forEach(p -> next.add(p + segment + "/"));
                current = next;
                continue;
            }
            current = expand(current, segment, given, lister);
        }
        return current;
    }

    private static List<String> expand(
            List<String> current, String segment, Map<String, List<String>> given, FolderLister lister) {
        Compiled seg = compile(segment);
        boolean allGiven = !seg.names.isEmpty()
                && seg.names.stream()
                        .allMatch(n -> !given.getOrDefault(n, List.of()).isEmpty());
        LinkedHashSet<String> next = new LinkedHashSet<>();
        for (String prefix : current) {
            if (allGiven) {
                List<String> filled = List.of(segment);
                for (String n : seg.names) {
                    List<String> more = new ArrayList<>();
                    for (String f : filled) {
                        for (String v : given.get(n)) {
                            more.add(f.replace("{" + n + "}", v));
                        }
                    }
                    filled = more;
                }
                filled.forEach(f -> next.add(prefix + f + "/"));
                continue;
            }
            for (String folder : lister.folders(prefix)) {
                String name = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
                name = name.substring(name.lastIndexOf('/') + 1);
                Matcher m = seg.regex.matcher(name);
                if (!m.matches()) {
                    continue;
                }
                boolean wanted = true;
                for (int g = 0; g < seg.names.size(); g++) {
                    List<String> only = given.getOrDefault(seg.names.get(g), List.of());
                    if (!only.isEmpty() && !only.contains(m.group(g + 1))) {
                        wanted = false;
                    }
                }
                if (wanted) {
                    next.add(prefix + name + "/");
                }
            }
        }
        return List.copyOf(next);
    }

    private static List<String> dates(
            List<String> current, String[] segments, int first, LocalDate from, LocalDate to) {
        int last = first;
        while (!segments[last].contains("{dd}")) {
            last++;
        }
        StringBuilder template = new StringBuilder();
        for (int i = first; i <= last; i++) {
            template.append(segments[i]);
            if (i < segments.length - 1) {
                template.append('/');
            }
        }
        String t = template.toString();
        if (last == segments.length - 1) {
            // a file-name segment: the prefix stops at the first placeholder after the day
            int day = t.indexOf("{dd}") + "{dd}".length();
            int cut = t.indexOf('{', day);
            t = cut < 0 ? t : t.substring(0, cut);
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String prefix : current) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.add(prefix
                        + t.replace("{yyyy}", String.format("%04d", d.getYear()))
                                .replace("{MM}", String.format("%02d", d.getMonthValue()))
                                .replace("{dd}", String.format("%02d", d.getDayOfMonth())));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The prefixes Athena reads for a query of these partitions on a table over this layout: the
     * day prefixes of a folder layout (partition projection prunes to them), the whole prefix of a
     * file-name layout, which a table cannot be partitioned by (S3's simple layout). What the
     * cost guard sizes.
     */
    public List<String> scanPrefixes(
            String base, LocalDate from, LocalDate to, Map<String, List<String>> given, FolderLister lister) {
        return isFolder() ? dayPrefixes(base, from, to, given, lister) : List.of(base == null ? "" : base);
    }

    /**
     * The pattern filled in for one file's values: the folder (for a folder layout) or the key's
     * last part, for sample generators. {@code values} gives the other placeholders
     * ({@code HH}, a key column); one not given is {@code 00}.
     */
    public String fill(String account, String region, LocalDate day, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("account", account);
        all.put("region", region);
        all.put("yyyy", String.format("%04d", day.getYear()));
        all.put("MM", String.format("%02d", day.getMonthValue()));
        all.put("dd", String.format("%02d", day.getDayOfMonth()));
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(all.getOrDefault(m.group(1), "00")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The pattern as Athena's {@code storage.location.template} below {@code location}: each
     * placeholder becomes the partition column it feeds ({@code ${accountid}}, {@code ${region}},
     * {@code ${date}} for {@code {yyyy}/{MM}/{dd}}, {@code ${NAME}} for a key column). Only for a
     * folder layout whose date levels are {@code {yyyy}/{MM}/{dd}/} at the end.
     *
     * @throws IllegalArgumentException when the layout cannot be projected that way
     */
    public String storageLocationTemplate(String location) {
        if (!isFolder() || !pattern.endsWith("{yyyy}/{MM}/{dd}/")) {
            throw new IllegalArgumentException(
                    "layout " + name + " (" + pattern + ") cannot be projected as a yyyy/MM/dd date partition");
        }
        String head = pattern.substring(0, pattern.length() - "{yyyy}/{MM}/{dd}/".length());
        if (head.contains("{*}") || head.contains("{org}") || head.contains("{HH}")) {
            throw new IllegalArgumentException("layout " + name + " has levels Athena cannot project: " + pattern);
        }
        Matcher m = PLACEHOLDER.matcher(head);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String column = m.group(1).equals("account") ? "accountid" : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement("${" + column + "}"));
        }
        m.appendTail(out);
        return location + out + "${date}";
    }

    private record Compiled(Pattern regex, List<String> names) {}

    /** The regex of a pattern (or one segment), with one group per named placeholder in order. */
    private static Compiled compile(String text) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                regex.append(Pattern.quote(text.substring(at, m.start())));
            }
            String n = m.group(1);
            String shape = SHAPES.getOrDefault(n, "[^/]+");
            if (n.equals("*")) {
                regex.append(shape);
            } else {
                regex.append('(').append(shape).append(')');
                names.add(n);
            }
            at = m.end();
        }
        if (at < text.length()) {
            regex.append(Pattern.quote(text.substring(at)));
        }
        return new Compiled(Pattern.compile(regex.toString()), List.copyOf(names));
    }
}
