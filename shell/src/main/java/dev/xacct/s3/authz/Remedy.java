package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A fix (formats.md §2): a catalogue id ({@link RemedyCatalogue}), what it does, one step per
 * account that must act (in order, each with real commands), the RFC 6902 patch that turns the
 * evidence into the state after every command ran, and whether the engine, having applied that
 * patch and evaluated again, found the request ALLOWED ({@code resolves}). A remedy that does not
 * resolve says in its title what it leaves undone.
 */
public record Remedy(String id, String title, List<Step> steps, JsonNode patch, boolean resolves) {

    /** What one account runs: {@code runAs} is an account id, or words for an account the evidence cannot number. */
    public record Step(String runAs, List<String> commands) {
        public Step {
            commands = List.copyOf(commands);
        }
    }

    public Remedy {
        steps = List.copyOf(steps);
    }

    /** The first step's account (formats.md §2: for readers that know only {@code runAs} and {@code commands}). */
    public String runAs() {
        return steps.isEmpty() ? "" : steps.get(0).runAs();
    }

    /** Every command, in order. */
    public List<String> commands() {
        return steps.stream().flatMap(s -> s.commands().stream()).toList();
    }
}
