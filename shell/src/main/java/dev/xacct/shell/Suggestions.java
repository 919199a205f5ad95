package dev.xacct.shell;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …": the one routine that picks the names closest to what a user typed, for
 * commands, options, profiles, sessions, regions, templates and parameters alike.
 *
 * <p>One threshold: a candidate is close when its Levenshtein distance to the input (case
 * ignored) is at most {@code max(2, input length / 3)}, or when it contains an input of three
 * or more characters ({@code console-login} finds {@code console-logins}). Pure Java (Commons
 * Text); any package may use it.
 */
public final class Suggestions {
    private Suggestions() {}

    /**
     * Up to {@code max} candidates close to {@code input} (see the class comment), closest first,
     * then alphabetical. Empty when none is close.
     */
    public static List<String> closest(String input, Collection<String> candidates, int max) {
        String in = input == null ? "" : input.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, in.length() / 3);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Scored(String candidate, int score) {}
        return candidates.stream()
                .map(c -> {
                    String lc = c.toLowerCase(Locale.ROOT);
                    int d = distance.apply(in, lc);
                    return new Scored(c, in.length() >= 3 && lc.contains(in) ? Math.min(d, limit) : d);
                })
                .filter(s -> s.score() <= limit)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::candidate))
                .limit(max)
                .map(Scored::candidate)
                .toList();
    }

    /** The single closest candidate, if any is close. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        return closest(input, candidates, 1).stream().findFirst();
    }

    /**
     * {@code "; did you mean A, B?"} for names already picked with {@link #closest}, or
     * {@code otherwise} when there are none: the one wording of the suggestion.
     */
    public static String didYouMean(List<String> close, String otherwise) {
        return close.isEmpty() ? otherwise : "; did you mean " + String.join(", ", close) + "?";
    }

    /**
     * {@code "; did you mean A, B?"} for up to {@code max} close candidates, or empty when none
     * is close (the caller then lists the choices or says where to find them).
     */
    public static Optional<String> didYouMean(String input, Collection<String> candidates, int max) {
        List<String> close = closest(input, candidates, max);
        return close.isEmpty() ? Optional.empty() : Optional.of(didYouMean(close, ""));
    }
}
