package dev.xacct.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 12-digit AWS account id, e.g. {@code 111122223333}. Leading zeros are significant, so it is
 * kept as text, never as a number.
 *
 * <p>Source: AWS Account Management reference, "View AWS account identifiers" (an account id
 * is a 12-digit number).
 *
 * @param value exactly 12 ASCII digits
 */
public record AccountId(String value) {

    /** Exactly 12 ASCII digits. */
    public static final Pattern PATTERN = Pattern.compile("[0-9]{12}");

    public AccountId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an AWS account id (12 digits)");
        }
    }

    /** True when {@code text} is exactly 12 digits (no spaces, no dashes); false for null. */
    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /**
     * Parses an account id; IllegalArgumentException "'X' is not an AWS account id (12 digits)"
     * otherwise.
     */
    public static AccountId of(String text) {
        return new AccountId(text);
    }

    /** The account id, or empty when {@code text} is not 12 digits. */
    public static Optional<AccountId> tryParse(String text) {
        return isValid(text) ? Optional.of(new AccountId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
