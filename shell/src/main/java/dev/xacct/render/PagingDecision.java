package dev.xacct.render;

/**
 * Whether a command's result opens in the pager or is written whole. Only an aligned table on a
 * terminal pages; a file ({@code --out}), a pipe or a machine format (csv, json, …) gets every row.
 */
public enum PagingDecision {
    PAGE,
    WRITE_ALL;

    public static PagingDecision decide(boolean outputIsTerminal, boolean writingToFile, OutputFormat format) {
        return outputIsTerminal && !writingToFile && format == OutputFormat.TABLE ? PAGE : WRITE_ALL;
    }
}
