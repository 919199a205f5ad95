/**
 * Everything drawn on the terminal, and what keeps data from driving it.
 *
 * <ul>
 *   <li>Printers of a {@link dev.xacct.render.ResultStream} (table, vertical, csv, tsv, json,
 *       markdown) through {@link dev.xacct.render.Renderer}; the table and vertical layouts
 *       ({@code TableLayout}, {@code VerticalLayout}) are shared with the pager.
 *   <li>The inline {@link dev.xacct.render.Pager}: rows pulled as the screen needs them
 *       ({@code RowWindow}), a cursor row, columns scrolled sideways with a
 *       {@code columns 1–4 of 10 →} marker, the vertical layout for one row or all ({@code
 *       PagerView}); keys through JLine's {@code KeyMap}/{@code BindingReader} ({@code PagerKeys}).
 *   <li>The one {@link dev.xacct.render.StatusLine} (pager, query progress, downloads).
 *   <li>Terminal safety: {@link dev.xacct.render.TerminalText} shows every control character of
 *       data visibly ({@code \e}, {@code \x9b}); {@link dev.xacct.render.TerminalSafeWriter} and
 *       {@link dev.xacct.render.TerminalPrintWriter} wrap the shell's output on a terminal so
 *       nothing else gets through; {@link dev.xacct.render.Styles} (JLine {@code AttributedStyle})
 *       is the only way around them, for xacct's own wording.
 * </ul>
 *
 * <p>May import: JLine, Jackson. No other {@code dev.xacct} package (everything else draws
 * through this one).
 */
package dev.xacct.render;
