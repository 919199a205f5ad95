package dev.xacct.query.local;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.RegionCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the partition values of a CloudTrail delivery file from its location: account, region
 * and delivery date. Read from the S3 key layout ({@code …/ACCOUNT/CloudTrail/REGION/Y/M/D/file},
 * with or without the {@code o-…} organization level) or, for a flat folder, from the standard
 * file name {@code ACCOUNT_CloudTrail_REGION_YYYYMMDDTHHmmZ_UNIQUE.json.gz}.
 */
public final class CloudTrailFile {

    /*
     * The patterns are written in the subset shared by java.util.regex and RE2, because the same
     * text derives the partition columns inside DuckDB (see CloudTrailView): one definition, so the
     * files we select and the values the view shows cannot disagree.
     */
    private static final String ACCOUNT = "(" + AccountId.PATTERN.pattern() + ")";
    private static final String REGION = "(" + RegionCode.PATTERN.pattern() + ")";
    /** Groups: 1 account, 2 region, 3 year, 4 month, 5 day. */
    public static final String LAYOUT_PATTERN =
            "(?:^|/)" + ACCOUNT + "/CloudTrail/" + REGION + "/([0-9]{4})/([0-9]{2})/([0-9]{2})/[^/]+$";
    /** Groups: 1 account, 2 region, 3 year, 4 month, 5 day. */
    public static final String NAME_PATTERN =
            "(?:^|/)" + ACCOUNT + "_CloudTrail_" + REGION + "_([0-9]{4})([0-9]{2})([0-9]{2})T[0-9]{4}Z[^/]*$";

    private static final Pattern LAYOUT = Pattern.compile(LAYOUT_PATTERN);
    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    private CloudTrailFile() {}

    /** The file, if its name is a JSON file and its path or name carries the partition values. */
    public static Optional<SourceFile> parse(Path path) {
        String text = path.toString().replace('\\', '/');
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!(name.endsWith(".json") || name.endsWith(".json.gz"))) {
            return Optional.empty();
        }
        return match(LAYOUT, text, path).or(() -> match(NAME, text, path));
    }

    private static Optional<SourceFile> match(Pattern pattern, String text, Path path) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            return Optional.of(new SourceFile(path, m.group(1), m.group(2), date));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
