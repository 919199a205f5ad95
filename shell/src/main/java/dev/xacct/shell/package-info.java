/**
 * The shell itself: the console loop and the script runner, launch options, the tokenizer
 * (JLine's {@code Parser}) and the dispatcher, help and completion, history without secrets,
 * error reporting and exit codes. It owns the error types ({@link dev.xacct.shell.UserError},
 * {@link dev.xacct.shell.UsageError}) and the ports other packages implement
 * ({@link dev.xacct.shell.PromptSource}, {@link dev.xacct.shell.BannerSource},
 * {@link dev.xacct.shell.ErrorTranslator}), and the small helpers every package uses:
 * {@link dev.xacct.shell.Suggestions} ("did you mean") and {@link dev.xacct.shell.MessageLines}.
 *
 * <p>May import: {@code render}, {@code aws}, Spring Shell, JLine, Jackson, Commons Text. Never
 * the packages that implement its ports (session, query, s3, …).
 */
package dev.xacct.shell;
