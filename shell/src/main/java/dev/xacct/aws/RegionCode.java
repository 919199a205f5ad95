package dev.xacct.aws;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An AWS Region code such as {@code us-east-1}, {@code cn-north-1}, {@code us-gov-west-1},
 * {@code us-isob-east-1} or {@code eusc-de-east-1}, and the partition it belongs to.
 *
 * <p>Only the shape is checked ({@link #PATTERN}); a region newer than the SDK is accepted.
 * Source: AWS General Reference, "AWS Regions" and "Partitions" (the partition of a region
 * follows from its code prefix: {@code cn-} is {@code aws-cn}, {@code us-gov-} is
 * {@code aws-us-gov}, the ISO regions and the European Sovereign Cloud have their own).
 *
 * @param value the region code, lower case
 */
public record RegionCode(String value) {

    /**
     * Area (two letters, or {@code eusc}), one or more words, a number of one or two digits:
     * {@code us-east-1}, {@code ap-southeast-2}, {@code us-gov-west-1}, {@code us-iso-east-1},
     * {@code eu-isoe-west-1}, {@code eusc-de-east-1}. Not {@code aws-global}.
     */
    public static final Pattern PATTERN = Pattern.compile("(?:[a-z]{2}|eusc)(?:-[a-z]+)+-[0-9]{1,2}");

    public RegionCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an AWS region code (e.g. us-east-1)");
        }
    }

    /** True when {@code text} has the shape of a region code; false for null. */
    public static boolean isValid(String text) {
        return text != null && PATTERN.matcher(text).matches();
    }

    /** Parses a region code; IllegalArgumentException naming the expected shape otherwise. */
    public static RegionCode of(String text) {
        return new RegionCode(text);
    }

    /** The region code, or empty when {@code text} does not have the shape of one. */
    public static Optional<RegionCode> tryParse(String text) {
        return isValid(text) ? Optional.of(new RegionCode(text)) : Optional.empty();
    }

    /**
     * The partition in ARNs of this region: {@code aws}, {@code aws-cn}, {@code aws-us-gov},
     * {@code aws-iso}, {@code aws-iso-b}, {@code aws-iso-e}, {@code aws-iso-f} or {@code aws-eusc}.
     */
    public String partition() {
        if (value.startsWith("cn-")) return "aws-cn";
        if (value.startsWith("us-gov-")) return "aws-us-gov";
        if (value.startsWith("us-isob-")) return "aws-iso-b";
        if (value.startsWith("us-isof-")) return "aws-iso-f";
        if (value.startsWith("eu-isoe-")) return "aws-iso-e";
        if (value.startsWith("us-iso-")) return "aws-iso";
        if (value.startsWith("eusc-")) return "aws-eusc";
        return "aws";
    }

    @Override
    public String toString() {
        return value;
    }
}
