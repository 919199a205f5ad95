package dev.xacct.template;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …": the candidates nearest to what a user typed. */
public final class Suggestions {
    private Suggestions() {}

    /** Up to {@code max} candidates within an edit distance that scales with length, or containing the input. */
    public static List<String> closest(String input, List<String> candidates, int max) {
        String in = input.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, in.length() / 3);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Scored(String candidate, int score) {}
        return candidates.stream()
                .map(c -> {
                    String lc = c.toLowerCase(Locale.ROOT);
                    int d = distance.apply(in, lc);
                    return new Scored(c, lc.contains(in) || in.contains(lc) ? Math.min(d, limit) : d);
                })
                .filter(s -> s.score() <= limit)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::candidate))
                .limit(max)
                .map(Scored::candidate)
                .toList();
    }
}
