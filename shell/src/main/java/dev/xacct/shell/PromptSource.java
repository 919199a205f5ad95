package dev.xacct.shell;

import org.jline.utils.AttributedString;

/** What the interactive prompt shows; the session layer supplies the identity-aware one. */
@FunctionalInterface
public interface PromptSource {

    AttributedString prompt();
}
