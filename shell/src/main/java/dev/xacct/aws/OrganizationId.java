package dev.xacct.aws;

import java.util.regex.Pattern;

/**
 * An AWS Organizations organization id, {@code o-} and 10 to 32 lower-case letters or digits,
 * e.g. {@code o-abcde12345}. Source: AWS Organizations API reference, {@code Organization.Id}
 * (pattern {@code ^o-[a-z0-9]{10,32}$}).
 *
 * @param value the id, {@code o-…}
 */
public record OrganizationId(String value) {

    /** {@code o-} then 10 to 32 lower-case letters or digits. */
    public static final Pattern PATTERN = Pattern.compile("o-[a-z0-9]{10,32}");

    private static final Pattern FOLDER = Pattern.compile("o-[a-z0-9]{1,32}");

    public OrganizationId {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not an organization id (o- and 10-32 letters or digits)");
        }
    }

    /** True when {@code text} is {@code o-} and 10 to 32 lower-case letters or digits; false for null. */
    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /**
     * True for {@code o-} and 1 to 32 lower-case letters or digits: what an organization folder
     * under {@code AWSLogs/} (or a user's {@code --org}) may be called. Looser than
     * {@link #isValid} on purpose: the demo dataset and the test fixtures use shorter ids
     * ({@code o-demo12345}) than AWS issues, and a folder is only ever listed, never sent to AWS.
     */
    public static boolean looksLike(String text) {
        return text != null && FOLDER.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
