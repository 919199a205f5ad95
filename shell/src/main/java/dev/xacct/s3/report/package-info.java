/**
 * How a diagnosis and an explanation read: {@code xacct.s3-diagnosis/v1} and
 * {@code xacct.s3-explanation/v1} JSON, and the text report (verdict, checks, remedies as
 * steps per account marked verified or partial, unknowns, the verdict again at the end of a
 * long report), with text from AWS or files made safe for a terminal ({@code render.TerminalText}).
 *
 * <p>May import: {@code s3.authz}, {@code s3.explain} (the values it renders), {@code render.TerminalText}, Jackson. No
 * terminal: colour and paging are the shell's.
 */
package dev.xacct.s3.report;
