package dev.xacct.session;

import dev.xacct.aws.RegionCode;
import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UsageError;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/** A region as a user types it ({@code region R}, {@code --region R}): the shape, and typos of known regions. Pure. */
final class RegionInput {

    private RegionInput() {}

    /**
     * The region named by {@code text}; a region newer than this SDK is accepted, a near miss of a
     * known one is a usage error with the suggestion.
     */
    static Region parse(String text) {
        String value = text == null ? "" : text.strip();
        List<String> known = Region.regions().stream()
                .map(Region::id)
                .filter(RegionCode::isValid)
                .toList();
        if (!RegionCode.isValid(value)) {
            throw new UsageError("'" + value + "' is not a region name"
                    + Suggestions.didYouMean(value, known, 3).orElse(": expected e.g. us-east-1, eu-west-3"));
        }
        if (!known.contains(value)) {
            Optional<String> near = Suggestions.didYouMean(value, known, 1);
            if (near.isPresent()) {
                throw new UsageError("unknown region '" + value + "'" + near.get());
            }
        }
        return Region.of(value);
    }
}
