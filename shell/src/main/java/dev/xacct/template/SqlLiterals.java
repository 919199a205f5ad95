package dev.xacct.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

/**
 * Renders typed values as Athena/Trino SQL literals. A value never becomes SQL text: a
 * string is always inside quotes with every {@code '} doubled (Trino string literals have
 * no backslash escapes, so doubling is complete), everything else is produced from a
 * parsed number, date or time.
 */
final class SqlLiterals {
    private static final DateTimeFormatter PARTITION = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private SqlLiterals() {}

    static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String render(ParamValue value) {
        if (value instanceof ParamValue.Text t) {
            return quoted(t.value());
        } else if (value instanceof ParamValue.Int i) {
            return Long.toString(i.value());
        } else if (value instanceof ParamValue.Day d) {
            return "DATE " + quoted(d.value().toString());
        } else if (value instanceof ParamValue.Timestamp ts) {
            return "TIMESTAMP " + quoted(TIMESTAMP.format(ts.value()) + " UTC");
        }
        return ((ParamValue.Many) value)
                .values().stream().map(SqlLiterals::render).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The literal for {@code ${name:modifier}}; the parser already checked the modifier fits. */
    static String render(String name, ParamValue value, Modifier modifier) {
        if (modifier == Modifier.PLAIN) {
            return render(value);
        }
        Instant instant;
        if (value instanceof ParamValue.Day d) {
            instant = d.value().atStartOfDay().toInstant(ZoneOffset.UTC);
        } else if (value instanceof ParamValue.Timestamp ts) {
            instant = ts.value();
        } else {
            throw new IllegalStateException("':" + modifier.word() + "' on " + name);
        }
        LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
        return switch (modifier) {
            case PARTITION -> quoted(PARTITION.format(name.equals("start") ? day.minusDays(1) : day.plusDays(1)));
            case PARTITION_LOWER -> quoted(PARTITION.format(day.minusDays(1)));
            case PARTITION_UPPER -> quoted(PARTITION.format(day.plusDays(1)));
            case ISO -> quoted(ISO_SECONDS.format(instant));
            case ISO_END ->
                quoted(ISO_SECONDS.format(
                        value instanceof ParamValue.Day
                                ? instant.plus(1, ChronoUnit.DAYS)
                                : instant.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)));
            case PLAIN -> throw new IllegalStateException();
        };
    }
}
