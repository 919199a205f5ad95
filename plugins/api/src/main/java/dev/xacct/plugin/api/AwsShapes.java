package dev.xacct.plugin.api;

/**
 * The shapes of the AWS names the SPI checks and matches in key layouts, as regular-expression
 * text ({@link java.util.regex.Pattern} syntax, to be matched whole), and the {@code s3://} form
 * of a location.
 *
 * <p>Why a copy: the shell's {@code dev.xacct.aws} is the home of AWS vocabulary, but a plugin
 * compiles against this module alone and it has no dependencies, so it cannot use that package.
 * The texts here are the same as those of {@code AccountId}, {@code RegionCode},
 * {@code OrganizationId} and {@code S3Uri}; the shell's {@code PluginAwsShapesTest} fails the
 * build when they differ. Sources: those classes' Javadoc (AWS account ids, Region codes,
 * Organizations ids, S3 general purpose bucket naming rules).
 */
public final class AwsShapes {

    /** A 12-digit account id. */
    public static final String ACCOUNT_ID = "[0-9]{12}";

    /** A region code: {@code us-east-1}, {@code us-gov-west-1}, {@code eusc-de-east-1}. */
    public static final String REGION = "(?:[a-z]{2}|eusc)(?:-[a-z]+)+-[0-9]{1,2}";

    /** An AWS Organizations id, {@code o-} and 10 to 32 lower-case letters or digits. */
    public static final String ORGANIZATION_ID = "o-[a-z0-9]{10,32}";

    /** A general purpose S3 bucket name (3-63 characters). */
    public static final String BUCKET = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";

    private AwsShapes() {}

    /** {@code s3://BUCKET/PREFIX}; the prefix is empty or ends in {@code /}. */
    public static String s3Url(String bucket, String prefix) {
        return "s3://" + bucket + "/" + prefix;
    }
}
