package dev.xacct.shell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The values an option takes, where they are not free text: a closed list of words
 * ({@code --engine athena|local}, {@code --operation GetObject|…}), or paths to files or folders.
 * Declared as beans by whoever knows the list; a word outside a closed list is a usage error
 * (exit code 2) that names the list, and Tab completes from the domain instead of from the
 * command's own completion (template names). Enum-typed options ({@code --format}) have their
 * domain from the enum without a bean.
 *
 * @param option the option's long name, without dashes
 * @param kind words, files or folders
 * @param words the accepted words (kind {@link Kind#WORDS}); asked each time, so a list may grow
 */
public record OptionDomain(String option, Kind kind, Supplier<List<String>> words) {

    public enum Kind {
        WORDS,
        FILES,
        FOLDERS
    }

    public static OptionDomain words(String option, Supplier<List<String>> words) {
        return new OptionDomain(option, Kind.WORDS, words);
    }

    public static OptionDomain files(String option) {
        return new OptionDomain(option, Kind.FILES, List::of);
    }

    public static OptionDomain folders(String option) {
        return new OptionDomain(option, Kind.FOLDERS, List::of);
    }

    /**
     * The accepted spelling of {@code value} (case-insensitive match on a word list); empty when
     * the value is not in the list. Paths are not checked here: the command says when a file is
     * missing, with the reason.
     */
    public Optional<String> accept(String value) {
        if (kind != Kind.WORDS) {
            return Optional.ofNullable(value);
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return words.get().stream()
                .filter(w -> w.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The one-line refusal of a value outside the list. */
    public UsageError refusal(String value) {
        return new UsageError(
                "unknown value '" + value + "' for --" + option + ": use one of " + String.join(", ", words.get()));
    }
}
