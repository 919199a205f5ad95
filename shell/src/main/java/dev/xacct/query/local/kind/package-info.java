/**
 * The local engine's tables for the kinds of log plugins bring: {@link
 * dev.xacct.query.local.kind.KindTable} adapts a {@link dev.xacct.plugin.api.TableKind} (key
 * layouts, DuckDB reader) to a {@link dev.xacct.query.local.LocalTable}; {@link
 * dev.xacct.query.local.kind.KindTables} makes the registry the engine picks from by the table
 * names in the SQL ({@link dev.xacct.query.local.LocalTables}); {@link dev.xacct.query.local.kind.DemoLogs} writes a month of each kind for
 * {@code --demo}. May import {@code dev.xacct.query.local}, {@code dev.xacct.template}, {@code shell.PrivateFiles} (the demo files are private) and the
 * plugin API; nothing above.
 */
package dev.xacct.query.local.kind;
