/**
 * Everything drawn on the terminal: the printers of a {@link dev.xacct.render.ResultStream}
 * (table, vertical, csv, tsv, json, markdown; {@link dev.xacct.render.Renderer}), the pager,
 * the one {@link dev.xacct.render.StatusLine}, styles, and terminal-safe text (control
 * characters in data made visible, never sent raw).
 *
 * <p>May import: JLine, Jackson. No other {@code dev.xacct} package (everything else draws
 * through this one).
 */
package dev.xacct.render;
