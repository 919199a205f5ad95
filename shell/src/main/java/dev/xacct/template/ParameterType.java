package dev.xacct.template;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.Arns;
import dev.xacct.aws.RegionCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a template parameter: parses a raw {@code --param} string into a
 * {@link ParamValue} or says what it expected. Types are written in headers as
 * {@code string}, {@code int}, {@code date}, {@code timestamp}, {@code account-id},
 * {@code region}, {@code arn}, {@code enum} (with {@code values}) and {@code list<…>}.
 */
public sealed interface ParameterType {

    /** The name as written in a template header, e.g. {@code list<account-id>}. */
    String name();

    /** What a user should type, for error messages. */
    String expected();

    ParamValue parse(String raw, Clock clock) throws InvalidValueException;

    /** A valid raw value, used by the linter to bind a template without a user. */
    String sample();

    /** Reads a type from a header; {@code values} is only for enum and list&lt;enum&gt;. */
    static ParameterType of(String spec, List<String> values) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("list<") && s.endsWith(">")) {
            ParameterType element = of(s.substring(5, s.length() - 1), values);
            if (element instanceof ListOf) {
                throw new IllegalArgumentException("lists of lists are not supported: " + spec);
            }
            return new ListOf(element);
        }
        if (s.equals("enum")) {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("type enum needs 'values: [...]'");
            }
            return new Enumerated(values);
        }
        for (Kind kind : Kind.values()) {
            if (kind.word.equals(s)) {
                return new Scalar(kind);
            }
        }
        throw new IllegalArgumentException("unknown type '" + spec + "' (known: string, int, date, timestamp,"
                + " account-id, region, arn, enum, list<…>)");
    }

    enum Kind {
        STRING("string", "any text", "sample"),
        INT("int", "a whole number, e.g. 1000", "100"),
        // samples inside the demo month (2025-06), so a "Run it:" example finds rows there
        DATE("date", "a date YYYY-MM-DD (or YYYY/MM/DD, today, yesterday, -7d)", "2025-06-19"),
        TIMESTAMP("timestamp", "a UTC time, e.g. 2025-06-19T03:18:09Z", "2025-06-19T03:18:09Z"),
        ACCOUNT_ID("account-id", "a 12-digit AWS account id", "111111111111"),
        REGION("region", "an AWS region code, e.g. us-east-1", "us-east-1"),
        ARN("arn", "an ARN, e.g. arn:aws:iam::111111111111:role/Name", "arn:aws:iam::111111111111:role/Sample");

        final String word;
        final String expected;
        final String sample;

        Kind(String word, String expected, String sample) {
            this.word = word;
            this.expected = expected;
            this.sample = sample;
        }
    }

    record Scalar(Kind kind) implements ParameterType {
        private static final Pattern DAYS_AGO = Pattern.compile("-(\\d{1,5})d");
        private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd");

        @Override
        public String name() {
            return kind.word;
        }

        @Override
        public String expected() {
            return kind.expected;
        }

        @Override
        public String sample() {
            return kind.sample;
        }

        @Override
        public ParamValue parse(String raw, Clock clock) throws InvalidValueException {
            String v = kind == Kind.STRING ? raw : raw.trim();
            return switch (kind) {
                case STRING -> {
                    if (v.indexOf('\0') >= 0) {
                        throw new InvalidValueException("text must not contain NUL characters");
                    }
                    yield new ParamValue.Text(v);
                }
                case INT -> {
                    try {
                        yield new ParamValue.Int(Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        throw new InvalidValueException(
                                v.matches("[-+]?\\d+")
                                        ? "out of range (-9223372036854775808 to 9223372036854775807)"
                                        : "not a whole number");
                    }
                }
                case DATE -> new ParamValue.Day(parseDate(v, clock));
                case TIMESTAMP -> new ParamValue.Timestamp(parseTimestamp(v, clock));
                case ACCOUNT_ID -> matching(AccountId.isValid(v), v);
                case REGION -> matching(RegionCode.isValid(v), v);
                case ARN -> matching(isArn(v), v);
            };
        }

        /**
         * An ARN the SDK parses, whose account is 12 digits, {@code aws} (AWS managed policies)
         * or empty (S3), with no white space.
         */
        private static boolean isArn(String v) {
            return v.chars().noneMatch(Character::isWhitespace)
                    && Arns.parse(v)
                            .filter(a -> a.accountId()
                                    .map(id -> AccountId.isValid(id) || id.equals("aws"))
                                    .orElse(true))
                            .isPresent();
        }

        private static ParamValue matching(boolean valid, String v) throws InvalidValueException {
            if (!valid) {
                throw new InvalidValueException("malformed");
            }
            return new ParamValue.Text(v);
        }

        static LocalDate parseDate(String v, Clock clock) throws InvalidValueException {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.equals("today")) {
                return today;
            }
            if (lower.equals("yesterday")) {
                return today.minusDays(1);
            }
            Matcher ago = DAYS_AGO.matcher(lower);
            if (ago.matches()) {
                return today.minusDays(Long.parseLong(ago.group(1)));
            }
            try {
                return v.contains("/") ? LocalDate.parse(v, SLASHED) : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("not a date");
            }
        }

        static Instant parseTimestamp(String v, Clock clock) throws InvalidValueException {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException ignored) {
                // fall through: no offset given means UTC
            }
            try {
                return LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // fall through: a bare date means its midnight
            }
            try {
                return parseDate(v, clock).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("not a timestamp");
            }
        }
    }

    record Enumerated(List<String> values) implements ParameterType {
        public Enumerated {
            values = List.copyOf(values);
        }

        @Override
        public String name() {
            return "enum";
        }

        @Override
        public String expected() {
            return "one of " + String.join(", ", values);
        }

        @Override
        public String sample() {
            return values.get(0);
        }

        @Override
        public ParamValue parse(String raw, Clock clock) throws InvalidValueException {
            String v = raw.trim();
            for (String allowed : values) {
                if (allowed.equalsIgnoreCase(v)) {
                    return new ParamValue.Text(allowed);
                }
            }
            throw new InvalidValueException("not one of the allowed values");
        }
    }

    /** Comma-separated on the command line; rendered as {@code ('a', 'b')} for {@code IN}. */
    record ListOf(ParameterType element) implements ParameterType {
        @Override
        public String name() {
            return "list<" + element.name() + ">";
        }

        @Override
        public String expected() {
            return "a comma-separated list of " + element.expected();
        }

        @Override
        public String sample() {
            String one = element.sample();
            if (element instanceof Enumerated e && e.values().size() > 1) {
                return one + "," + e.values().get(1);
            }
            return element instanceof Scalar s && s.kind() == Kind.ACCOUNT_ID
                    ? one + ",222222222222"
                    : element instanceof Scalar r && r.kind() == Kind.REGION ? one + ",eu-west-1" : one;
        }

        @Override
        public ParamValue parse(String raw, Clock clock) throws InvalidValueException {
            List<ParamValue> items = new ArrayList<>();
            for (String part : raw.split(",", -1)) {
                if (part.isBlank()) {
                    throw new InvalidValueException("empty item in list");
                }
                try {
                    items.add(element.parse(part.trim(), clock));
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("item '" + Shown.value(part.trim()) + "': " + e.getMessage());
                }
            }
            return new ParamValue.Many(items);
        }
    }
}
