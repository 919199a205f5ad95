package dev.xacct.template;

/**
 * Where a template came from: {@code file} as shown to users (a path, or
 * {@code classpath:…}, or {@code jar!entry}), and the file line where the SQL body starts,
 * so a finding in the SQL can name the file line.
 */
public record TemplateSource(String file, int sqlFirstLine) {

    /** The file line of a 1-based line of the SQL body. */
    public int fileLine(int sqlLine) {
        return sqlFirstLine + Math.max(sqlLine, 1) - 1;
    }
}
