package dev.xacct.shell;

import java.util.Optional;

/**
 * Turns an exception from a layer below (an SDK error, say) into one line a user can act on.
 * Beans of this type are asked in order; the first answer wins.
 */
@FunctionalInterface
public interface ErrorTranslator {

    Optional<String> translate(Throwable error);
}
