/**
 * The shell itself: the console loop ({@link dev.xacct.shell.Console}, its line reader safe
 * against huge pastes) and the script runner ({@code -c}, {@code --file}, a script on stdin),
 * launch options, the one tokenizer ({@link dev.xacct.shell.CommandLineSyntax}, registered as
 * JLine's {@code Parser}) and the dispatcher, option binding with option domains
 * ({@link dev.xacct.shell.OptionDomain}: closed word lists, paths), help and completion, history
 * without secrets, error reporting and exit codes (130 on Ctrl-C).
 *
 * <p>It owns the error types ({@link dev.xacct.shell.UserError}, {@link dev.xacct.shell.UsageError})
 * and the ports other packages implement ({@link dev.xacct.shell.PromptSource},
 * {@link dev.xacct.shell.BannerSource}, {@link dev.xacct.shell.ErrorTranslator}), and the small
 * helpers every package uses: {@link dev.xacct.shell.Suggestions} ("did you mean"),
 * {@link dev.xacct.shell.MessageLines}, {@link dev.xacct.shell.Interrupts} (what Ctrl-C aborts),
 * {@link dev.xacct.shell.OutputFile} (exports written whole and private),
 * {@link dev.xacct.shell.PrivateFiles} (0700/0600), {@link dev.xacct.shell.FileErrors} (the OS
 * reason of a failed file operation), {@link dev.xacct.shell.CheckedOutputStream} (no write lost
 * silently) and {@link dev.xacct.shell.TerminalStreams} (which standard streams are a terminal).
 *
 * <p>May import: {@code render}, {@code aws}, Spring Shell, JLine, Jackson, Commons Text. Never
 * the packages that implement its ports (session, query, s3, …).
 */
package dev.xacct.shell;
