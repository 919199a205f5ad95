/**
 * The shell's commands: one Spring Shell {@code @Command} class per area ({@code QueryCommands},
 * {@code S3Commands}, {@code SessionCommands}…). A command parses its options, calls a service and
 * renders the answer; nothing else lives here (orchestration goes in a service such as
 * {@link dev.xacct.query.service.QueryRunner}). Names and options are the contract of
 * {@code design.md}.
 *
 * <p>May import: every other {@code dev.xacct} package, Spring Shell, Jackson. Nothing imports it.
 */
package dev.xacct.commands;
