/**
 * The query service, like the Trino CLI's {@code QueryRunner}: {@link
 * dev.xacct.query.service.QueryRunner} takes a {@link dev.xacct.query.service.QueryStatement} and
 * writes rows to a {@link dev.xacct.query.service.ResultDestination}. Around it:
 * {@link dev.xacct.query.service.QueryEngines} (which engine, over what data, {@code athena config}),
 * {@link dev.xacct.query.service.ScanGuard} (the cost guard: estimate before, scanned after),
 * {@link dev.xacct.query.service.ResultOutput} (file, pager or screen),
 * {@link dev.xacct.query.service.QueryFeedback} (the port for everything said on stderr beside the
 * rows; {@link dev.xacct.query.service.StderrQueryFeedback} draws it today), and
 * {@link dev.xacct.query.service.AthenaTables} ({@code table create}).
 *
 * <p>The runner knows engines only through {@link dev.xacct.query.Engine}: a new engine, table
 * kind or cache goes behind {@code QueryEngines}, not into the runner.
 *
 * <p>May import: {@code query.*}, {@code template}, {@code plugin} (the catalogue), {@code session},
 * {@code render}, {@code shell}, Spring (components), JLine (is this a real terminal).
 */
package dev.xacct.query.service;
