package dev.xacct.query.service;

import dev.xacct.render.OutputFormat;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Where a query's rows go: a file ({@code --out FILE}), else the screen (the pager for a table
 * in the interactive shell on a real terminal).
 *
 * @param screen the command's output writer (stdout)
 * @param file   {@code --out}: the file to write the whole result to; null for the screen
 * @param format {@code --format}
 */
public record ResultDestination(PrintWriter screen, String file, OutputFormat format) {

    public ResultDestination {
        Objects.requireNonNull(screen, "screen");
        format = format == null ? OutputFormat.TABLE : format;
    }
}
