package dev.xacct.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code --format} every data-printing command takes. */
public enum OutputFormat {
    TABLE,
    VERTICAL,
    CSV,
    TSV,
    JSON,
    MARKDOWN;

    public static OutputFormat parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (format.label().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "': use one of " + labels());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String labels() {
        return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
    }
}
