package dev.xacct.template.lint;

/** ERROR: the SQL fails or scans far too much. WARNING: works, but probably not as meant. */
public enum Severity {
    ERROR,
    WARNING
}
